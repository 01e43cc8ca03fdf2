import { svg } from 'lit';
import type { Severity } from '../core/index.js';

// Each severity has its own shape, so meaning never rests on colour alone.
export const SEVERITY_ICONS: Readonly<Record<Severity, ReturnType<typeof svg>>> = {
  error: svg`<circle cx="12" cy="12" r="10"></circle><path d="M12 7v6"></path><path d="M12 16.5v.01"></path>`,
  warning: svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z"></path><path d="M12 9v4"></path><path d="M12 17v.01"></path>`,
  info: svg`<circle cx="12" cy="12" r="10"></circle><path d="M12 11v5"></path><path d="M12 7.5v.01"></path>`,
  success: svg`<circle cx="12" cy="12" r="10"></circle><path d="m7.5 12.5 3 3 6-6"></path>`,
};
