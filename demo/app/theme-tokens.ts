/** What kind of control edits a token, and which values it accepts. */
export type TokenKind = 'color' | 'length' | 'number' | 'weight' | 'font';

/** One documented `--bank-connect-error-*` custom property, as the theme editor shows it. */
export interface ThemeToken {
  /** The property's name without `--bank-connect-error-`. */
  name: string;
  label: string;
  group: 'Colours' | 'Text' | 'Shape and spacing';
  kind: TokenKind;
  /** The element's defaults, as docs/element.md documents them, in its light and dark presets. */
  light: string;
  dark: string;
  /** For `length` and `number`: the slider's range; lengths are in rem. */
  min?: number;
  max?: number;
  step?: number;
}

/** Token name → value; only the properties someone chose, never the element's defaults. */
export type TokenValues = Readonly<Record<string, string>>;

export const FONT_STACKS: readonly { label: string; value: string }[] = [
  { label: 'Inherited from the page', value: 'inherit' },
  { label: 'System UI', value: 'system-ui, sans-serif' },
  { label: 'Humanist sans (Trebuchet, Segoe)', value: "'Trebuchet MS', 'Segoe UI', sans-serif" },
  { label: 'Serif (Georgia)', value: "Georgia, 'Times New Roman', serif" },
  { label: 'Monospace', value: 'ui-monospace, Menlo, Consolas, monospace' },
];

const color = (name: string, label: string, light: string, dark: string): ThemeToken => ({
  name,
  label,
  group: 'Colours',
  kind: 'color',
  light,
  dark,
});

const length = (
  name: string,
  label: string,
  group: ThemeToken['group'],
  rem: number,
  [min, max, step]: [number, number, number],
): ThemeToken => ({
  name,
  label,
  group,
  kind: 'length',
  light: `${rem}rem`,
  dark: `${rem}rem`,
  min,
  max,
  step,
});

// The element's documented custom properties and their defaults (docs/reference.md, docs/element.md).
export const TOKENS: readonly ThemeToken[] = [
  color('surface', 'Background', '#ffffff', '#1a1f29'),
  color('text-color', 'Text', '#1d2433', '#e8ebf0'),
  color('muted-color', 'Waiting time and reference', '#4d5566', '#b3bac7'),
  color('border-color', 'Border', '#d5d9e0', '#3b4456'),
  color('error-color', 'Error accent', '#b42318', '#ff9b92'),
  color('warning-color', 'Warning accent', '#9a5b05', '#f5bb5c'),
  color('info-color', 'Notice accent', '#1d5bb8', '#93bdff'),
  color('success-color', 'Success accent', '#17753d', '#6fd49a'),
  color('button-background', 'Primary button', '#1d4fa8', '#93bdff'),
  color('button-color', 'Primary button text', '#ffffff', '#0c1527'),
  color('button-secondary-background', 'Secondary button', 'transparent', 'transparent'),
  color('button-secondary-color', 'Secondary button text and border', '#1d4fa8', '#c6dbff'),
  color('focus-ring-color', 'Keyboard focus outline', '#1d4fa8', '#c6dbff'),
  {
    name: 'font-family',
    label: 'Typeface',
    group: 'Text',
    kind: 'font',
    light: 'inherit',
    dark: 'inherit',
  },
  length('font-size', 'Body text size', 'Text', 1, [0.75, 1.375, 0.0625]),
  {
    name: 'line-height',
    label: 'Line height',
    group: 'Text',
    kind: 'number',
    light: '1.5',
    dark: '1.5',
    min: 1.2,
    max: 2,
    step: 0.05,
  },
  length('title-font-size', 'Title size', 'Text', 1.0625, [0.875, 2, 0.0625]),
  {
    name: 'title-font-weight',
    label: 'Title weight',
    group: 'Text',
    kind: 'weight',
    light: '600',
    dark: '600',
  },
  length('radius', 'Corner radius', 'Shape and spacing', 0.75, [0, 2, 0.125]),
  length('padding', 'Inner spacing', 'Shape and spacing', 1, [0.5, 2, 0.125]),
  length('gap', 'Space between parts', 'Shape and spacing', 0.75, [0.25, 1.5, 0.125]),
  length('button-radius', 'Button corners', 'Shape and spacing', 0.5, [0, 2, 0.125]),
];

export const TITLE_WEIGHTS = ['400', '500', '600', '700', '800'] as const;

const byName = new Map(TOKENS.map((token) => [token.name, token]));

export function tokenNamed(name: string): ThemeToken | undefined {
  return byName.get(name);
}

/** The custom property a token sets, e.g. `--bank-connect-error-surface`. */
export function propertyName(token: ThemeToken): string {
  return `--bank-connect-error-${token.name}`;
}

/** Whether a value is one the editor's control for this token could have produced. */
export function isTokenValue(token: ThemeToken, value: string): boolean {
  switch (token.kind) {
    case 'color':
      return /^#[0-9a-f]{6}$/i.test(value) || value === 'transparent';
    case 'length':
    case 'number': {
      const number = Number(token.kind === 'length' ? value.replace(/rem$/, '') : value);
      const unitOk = token.kind === 'length' ? /^\d+(\.\d+)?rem$/.test(value) : true;
      return unitOk && Number.isFinite(number) && number >= token.min! && number <= token.max!;
    }
    case 'weight':
      return (TITLE_WEIGHTS as readonly string[]).includes(value);
    case 'font':
      return FONT_STACKS.some((font) => font.value === value);
  }
}

/** `surface:#fbfaf6;radius:0.25rem`, the compact form the URL carries. */
export function formatTokenValues(values: TokenValues): string {
  return TOKENS.filter((token) => values[token.name] !== undefined)
    .map((token) => `${token.name}:${values[token.name]}`)
    .join(';');
}

/** Reads the URL's compact form; unknown names and values the editor can't produce are dropped. */
export function parseTokenValues(raw: string): { values: TokenValues; rejected: string[] } {
  const values: Record<string, string> = {};
  const rejected: string[] = [];
  for (const pair of raw.split(';').filter(Boolean)) {
    const colon = pair.indexOf(':');
    const token = tokenNamed(pair.slice(0, colon));
    const value = pair.slice(colon + 1).trim();
    if (colon > 0 && token && isTokenValue(token, value)) values[token.name] = value;
    else rejected.push(pair.slice(0, 80));
  }
  return { values, rejected };
}
