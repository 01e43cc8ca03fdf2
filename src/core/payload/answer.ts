import { resolve } from '../resolve.js';
import type { Provider, Resolution } from '../vocabulary.js';

/**
 * A payload's answer, `answer(provider, code, reason)`: a code read as a reason that its other
 * fields decide (a success event, an integrator's bad request), rather than as the catalog lists
 * the code.
 */
export { build as answer } from '../resolve.js';

/** A code looked up in its provider's catalog. */
export function lookUp(provider: Provider, code: unknown): Resolution {
  return resolve({ provider, code: code as string });
}
