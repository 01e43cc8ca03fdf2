import type { Severity } from '../core/index.js';

const CIRCLE = 'M22 12a10 10 0 1 1-20 0 10 10 0 1 1 20 0';

/**
 * Each severity's icon as the outline of one SVG path, drawn in a 24×24 box. Each has its own
 * shape, so meaning never rests on colour alone. One path, bound as an attribute, costs each
 * instance far less to clone than a nested SVG template.
 */
export const SEVERITY_ICONS: Readonly<Record<Severity, string>> = {
  error: `${CIRCLE}M12 7v6m0 3.5v.01`,
  warning:
    'M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0ZM12 9v4m0 4v.01',
  info: `${CIRCLE}M12 11v5m0-8.5v.01`,
  success: `${CIRCLE}M7.5 12.5l3 3 6-6`,
};
