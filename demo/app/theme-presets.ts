import type { TokenValues } from './theme-tokens.js';

export interface ThemePreset {
  id: string;
  label: string;
  /** The element's own preset the values build on. */
  theme: 'light' | 'dark';
  tokens: TokenValues;
}

/**
 * The element's two presets, and two example lenders showing how far the custom properties go.
 * Each brand keeps text at WCAG AA contrast on its own background.
 */
export const PRESETS: readonly ThemePreset[] = [
  { id: 'light', label: 'Light (the element’s default)', theme: 'light', tokens: {} },
  { id: 'dark', label: 'Dark (theme="dark")', theme: 'dark', tokens: {} },
  {
    id: 'maple',
    label: 'Example lender: Maple Credit Union',
    theme: 'light',
    tokens: {
      surface: '#fbfaf6',
      'text-color': '#1f2a1f',
      'muted-color': '#4f5b4f',
      'border-color': '#d9d4c3',
      'error-color': '#a4262c',
      'warning-color': '#8a5a00',
      'info-color': '#245c8a',
      'success-color': '#2e6b34',
      'button-background': '#2e6b34',
      'button-color': '#ffffff',
      'button-secondary-color': '#2e6b34',
      'focus-ring-color': '#2e6b34',
      'font-family': "Georgia, 'Times New Roman', serif",
      'title-font-weight': '700',
      radius: '0.25rem',
      'button-radius': '0.25rem',
    },
  },
  {
    id: 'nightjar',
    label: 'Example lender: Nightjar Bank (dark)',
    theme: 'dark',
    tokens: {
      surface: '#15173a',
      'text-color': '#f1f0ff',
      'muted-color': '#c3c1e6',
      'border-color': '#383b7d',
      'error-color': '#ff8f8f',
      'warning-color': '#ffc46b',
      'info-color': '#9fb8ff',
      'success-color': '#72dca0',
      'button-background': '#ffc46b',
      'button-color': '#15173a',
      'button-secondary-color': '#ffd48f',
      'focus-ring-color': '#ffd48f',
      'font-family': 'system-ui, sans-serif',
      radius: '1.25rem',
      padding: '1.25rem',
      'button-radius': '2rem',
    },
  },
];

export function presetNamed(id: string): ThemePreset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
