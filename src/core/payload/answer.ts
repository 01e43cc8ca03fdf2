import { build, resolve } from '../resolve.js';
import type { Provider, Reason, Resolution } from '../vocabulary.js';

/**
 * A payload's answer: a code read as a reason that its other fields decide (a success event,
 * an integrator's bad request), rather than as the catalog lists the code.
 */
export function answer(provider: Provider, code: string, reason: Reason): Resolution {
  return build(provider, code, reason);
}

/** A code looked up in its provider's catalog. */
export function lookUp(provider: Provider, code: unknown): Resolution {
  return resolve({ provider, code: code as string });
}
