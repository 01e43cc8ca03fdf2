import { THEME_TOKENS } from '../../src/theme.js';

/** What kind of control edits a token, and which values it accepts. */
export type TokenKind = 'color' | 'length' | 'number' | 'weight' | 'font';

/** One documented `--bank-connect-error-*` custom property, as the theme editor shows it. */
export interface ThemeToken {
  /** The property's name without `--bank-connect-error-`. */
  name: string;
  label: string;
  group: 'Colours' | 'Text' | 'Shape and spacing';
  kind: TokenKind;
  /** The element's defaults in its light and dark presets (from `bank-connect-error/theme`). */
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

type Control = Pick<ThemeToken, 'group' | 'kind' | 'min' | 'max' | 'step'>;

/** The editor's control for each token that is not a colour (colours all take a colour picker). */
const CONTROLS: Readonly<Record<string, Control>> = {
  'font-family': { group: 'Text', kind: 'font' },
  'font-size': { group: 'Text', kind: 'length', min: 0.75, max: 1.375, step: 0.0625 },
  'line-height': { group: 'Text', kind: 'number', min: 1.2, max: 2, step: 0.05 },
  'title-font-size': { group: 'Text', kind: 'length', min: 0.875, max: 2, step: 0.0625 },
  'title-font-weight': { group: 'Text', kind: 'weight' },
  radius: { group: 'Shape and spacing', kind: 'length', min: 0, max: 2, step: 0.125 },
  padding: { group: 'Shape and spacing', kind: 'length', min: 0.5, max: 2, step: 0.125 },
  gap: { group: 'Shape and spacing', kind: 'length', min: 0.25, max: 1.5, step: 0.125 },
  'button-radius': { group: 'Shape and spacing', kind: 'length', min: 0, max: 2, step: 0.125 },
};
const COLOUR: Control = { group: 'Colours', kind: 'color' };

const PREFIX = '--bank-connect-error-';

/** The element's tokens, each with the control that edits it, labelled with its description. */
export const TOKENS: readonly ThemeToken[] = THEME_TOKENS.map(
  ({ name, description, light, dark }) => {
    const short = name.slice(PREFIX.length);
    return {
      name: short,
      label: description.replace(/ \(.*\)|\.$/g, ''),
      ...(CONTROLS[short] ?? COLOUR),
      light,
      dark,
    };
  },
);

export const TITLE_WEIGHTS = ['400', '500', '600', '700', '800'] as const;

const byName = new Map(TOKENS.map((token) => [token.name, token]));

export function tokenNamed(name: string): ThemeToken | undefined {
  return byName.get(name);
}

/** The custom property a token sets, e.g. `--bank-connect-error-surface`. */
export function propertyName(token: ThemeToken): string {
  return `${PREFIX}${token.name}`;
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
