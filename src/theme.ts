/**
 * `bank-connect-error/theme`: every CSS custom property the element reads, with its default in the
 * light and the dark preset. The one place for these facts: the element's styles, the manifest,
 * the reference in docs/ and the demo's theme editor are generated from this table or held to it
 * by tests.
 */

/** One `--bank-connect-error-*` custom property. */
export interface ThemeToken {
  /** The property's full name, e.g. `--bank-connect-error-surface`. */
  readonly name: `--bank-connect-error-${string}`;
  /** What it styles. */
  readonly description: string;
  /** Its default in the light preset (`theme="light"`, the default). */
  readonly light: string;
  /** Its default in the dark preset (`theme="dark"`, or `theme="auto"` on a dark system). */
  readonly dark: string;
}

/** A token whose default is the same in both presets. */
const same = (name: ThemeToken['name'], description: string, value: string): ThemeToken => ({
  name,
  description,
  light: value,
  dark: value,
});

/** Every custom property the element reads, in the order the docs list them. */
export const THEME_TOKENS: readonly ThemeToken[] = Object.freeze([
  same('--bank-connect-error-font-family', 'Typeface.', 'inherit'),
  same('--bank-connect-error-font-size', 'Body text size.', '1rem'),
  same('--bank-connect-error-line-height', 'Line height.', '1.5'),
  same(
    '--bank-connect-error-title-font-size',
    'Title size (1.375rem in the panel variant; compact titles take the body size).',
    '1.0625rem',
  ),
  same('--bank-connect-error-title-font-weight', 'Title weight.', '600'),
  {
    name: '--bank-connect-error-surface',
    description: 'Background.',
    light: '#ffffff',
    dark: '#1a1f29',
  },
  {
    name: '--bank-connect-error-text-color',
    description: 'Text colour.',
    light: '#1d2433',
    dark: '#e8ebf0',
  },
  {
    name: '--bank-connect-error-muted-color',
    description: 'Colour of the waiting time and the reference.',
    light: '#4d5566',
    dark: '#b3bac7',
  },
  {
    name: '--bank-connect-error-border-color',
    description: 'Border colour.',
    light: '#d5d9e0',
    dark: '#3b4456',
  },
  {
    name: '--bank-connect-error-error-color',
    description: 'Accent of errors: the icon and the coloured edge.',
    light: '#b42318',
    dark: '#ff9b92',
  },
  {
    name: '--bank-connect-error-warning-color',
    description: 'Accent of warnings.',
    light: '#9a5b05',
    dark: '#f5bb5c',
  },
  {
    name: '--bank-connect-error-info-color',
    description: 'Accent of notices.',
    light: '#1d5bb8',
    dark: '#93bdff',
  },
  {
    name: '--bank-connect-error-success-color',
    description: 'Accent of success.',
    light: '#17753d',
    dark: '#6fd49a',
  },
  same('--bank-connect-error-radius', 'Corner radius.', '0.75rem'),
  same('--bank-connect-error-padding', 'Inner spacing.', '1rem'),
  same('--bank-connect-error-gap', 'Space between the icon and the text.', '0.75rem'),
  {
    name: '--bank-connect-error-button-background',
    description: 'Primary button background.',
    light: '#1d4fa8',
    dark: '#93bdff',
  },
  {
    name: '--bank-connect-error-button-color',
    description: 'Primary button text.',
    light: '#ffffff',
    dark: '#0c1527',
  },
  same(
    '--bank-connect-error-button-secondary-background',
    'Secondary button background.',
    'transparent',
  ),
  {
    name: '--bank-connect-error-button-secondary-color',
    description: 'Secondary button text and border.',
    light: '#1d4fa8',
    dark: '#c6dbff',
  },
  same('--bank-connect-error-button-radius', 'Button corner radius.', '0.5rem'),
  {
    name: '--bank-connect-error-focus-ring-color',
    description: 'Keyboard focus outline.',
    light: '#1d4fa8',
    dark: '#c6dbff',
  },
]);
