import {
  ACTIONS,
  PROVIDERS,
  REASONS,
  supportedLocales,
  type Action,
  type Locale,
  type Provider,
  type Reason,
  type Severity,
  type Variant,
} from '../../src/bank-connect-error.js';
import { presetNamed } from './theme-presets.js';
import { formatTokenValues, parseTokenValues, type TokenValues } from './theme-tokens.js';

export const VIEWS = ['gallery', 'playground', 'theme', 'support'] as const;
export type View = (typeof VIEWS)[number];

export const PAGE_THEMES = ['light', 'dark', 'auto'] as const;
export type PageTheme = (typeof PAGE_THEMES)[number];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'success'];
export const VARIANTS: readonly Variant[] = ['inline', 'panel', 'compact'];
export const SOURCES = ['code', 'payload'] as const;

/** The element's default allowlist, plus `visit_institution` since the playground has a URL. */
export const DEFAULT_PLAYGROUND_ACTIONS: readonly Action[] = [
  'retry',
  'reconnect',
  'visit_institution',
  'choose_another_institution',
  'continue',
];

/** Everything a link reproduces: the view, the page's locale and theme, and each view's inputs. */
export interface DemoState {
  view: View;
  locale: Locale;
  theme: PageTheme;
  /** Gallery and support table filters. */
  filterProvider: Provider | '';
  filterReason: Reason | '';
  filterSeverity: Severity | '';
  query: string;
  /** The bank name woven into the support table's messages. */
  supportBank: string;
  /** Playground. */
  source: (typeof SOURCES)[number];
  provider: Provider | '';
  code: string;
  payload: string;
  institution: string;
  institutionUrl: string;
  actions: readonly Action[];
  variant: Variant;
  hideReference: boolean;
  /** Theme editor: the preset started from, and the values shown (the preset's, or edited). */
  preset: string;
  tokens: TokenValues;
}

export const DEFAULT_STATE: DemoState = Object.freeze({
  view: 'gallery',
  locale: 'en',
  theme: 'light',
  filterProvider: '',
  filterReason: '',
  filterSeverity: '',
  query: '',
  supportBank: '',
  source: 'code',
  provider: 'finicity',
  code: '936',
  payload: '',
  institution: 'Tangerine',
  institutionUrl: 'https://www.tangerine.ca/',
  actions: DEFAULT_PLAYGROUND_ACTIONS,
  variant: 'inline',
  hideReference: false,
  preset: 'light',
  tokens: {},
});

interface Field<K extends keyof DemoState> {
  param: string;
  /** The value, or `undefined` when the text is not one this field can hold. */
  parse(raw: string): DemoState[K] | undefined;
  format(value: DemoState[K]): string;
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (raw: string): T | undefined =>
    options.find((option) => option.toLowerCase() === raw.trim().toLowerCase());

const oneOfOrAll =
  <T extends string>(options: readonly T[]) =>
  (raw: string): T | '' | undefined =>
    raw === '' ? '' : oneOf(options)(raw);

/** Free text, cut so a hand-made link cannot make the page do unbounded work. */
const text =
  (max: number) =>
  (raw: string): string =>
    raw.slice(0, max);

const same = <T>(value: T) => String(value);

const FIELDS: { [K in keyof DemoState]: Field<K> } = {
  view: { param: 'view', parse: oneOf(VIEWS), format: same },
  locale: { param: 'locale', parse: oneOf(supportedLocales), format: same },
  theme: { param: 'theme', parse: oneOf(PAGE_THEMES), format: same },
  filterProvider: { param: 'filter-provider', parse: oneOfOrAll(PROVIDERS), format: same },
  filterReason: { param: 'filter-reason', parse: oneOfOrAll(REASONS), format: same },
  filterSeverity: { param: 'filter-severity', parse: oneOfOrAll(SEVERITIES), format: same },
  query: { param: 'q', parse: text(200), format: same },
  supportBank: { param: 'support-bank', parse: text(100), format: same },
  source: { param: 'source', parse: oneOf(SOURCES), format: same },
  provider: { param: 'provider', parse: oneOfOrAll(PROVIDERS), format: same },
  code: { param: 'code', parse: text(200), format: same },
  payload: { param: 'payload', parse: text(20_000), format: same },
  institution: { param: 'institution', parse: text(200), format: same },
  institutionUrl: { param: 'institution-url', parse: text(2_000), format: same },
  actions: {
    param: 'actions',
    parse: (raw) => {
      const names = raw.split(/\s+/).filter(Boolean);
      return names.every((name) => (ACTIONS as readonly string[]).includes(name))
        ? ACTIONS.filter((action) => names.includes(action))
        : undefined;
    },
    format: (actions) => actions.join(' '),
  },
  variant: { param: 'variant', parse: oneOf(VARIANTS), format: same },
  hideReference: {
    param: 'hide-reference',
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (hide) => (hide ? '1' : '0'),
  },
  preset: { param: 'preset', parse: (raw) => presetNamed(raw)?.id, format: same },
  tokens: {
    param: 'vars',
    parse: (raw) => {
      const { values, rejected } = parseTokenValues(raw);
      return rejected.length ? undefined : values;
    },
    format: formatTokenValues,
  },
};

const KEYS = Object.keys(FIELDS) as (keyof DemoState)[];

function readField<K extends keyof DemoState>(
  key: K,
  params: URLSearchParams,
): DemoState[K] | undefined {
  const { param, parse } = FIELDS[key];
  const raw = params.get(param);
  if (raw === null) return undefined;
  const value = parse(raw);
  if (value === undefined) {
    console.warn(
      `demo: ignoring ?${param}=${JSON.stringify(raw.slice(0, 80))}; using the default.`,
    );
  }
  return value;
}

/**
 * The state a URL's query describes; a parameter the demo can't use is ignored with a warning,
 * never an error. Without `vars`, the theme is the preset's own values.
 */
export function readState(search: string): DemoState {
  const params = new URLSearchParams(search);
  const read = Object.fromEntries(KEYS.map((key) => [key, readField(key, params)]));
  const state = { ...DEFAULT_STATE } as Record<string, unknown>;
  for (const key of KEYS) if (read[key] !== undefined) state[key] = read[key];
  if (read.tokens === undefined) state.tokens = presetNamed(state.preset as string)!.tokens;
  return state as unknown as DemoState;
}

/** The query that reproduces a state: only what differs from the defaults, so links stay short. */
export function queryOf(state: DemoState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const { param, format } = FIELDS[key] as Field<typeof key>;
    const value = format(state[key] as never);
    // The theme's values are spelled out only where they differ from the preset's.
    const usual = key === 'tokens' ? presetNamed(state.preset)!.tokens : DEFAULT_STATE[key];
    if (value !== format(usual as never)) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
