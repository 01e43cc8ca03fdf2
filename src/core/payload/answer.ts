import { REASON_RULES } from '../reasons.js';
import { resolve } from '../resolve.js';
import type { Provider, Reason, Resolution } from '../vocabulary.js';

/**
 * A payload's answer: a code read as a reason that its other fields decide (a success event,
 * an integrator's bad request), rather than as the catalog lists the code.
 */
export function answer(provider: Provider, code: string, reason: Reason): Resolution {
  const { severity, actions } = REASON_RULES[reason];
  return { provider, code, known: reason !== 'unknown', reason, severity, actions: [...actions] };
}

/** A code looked up in its provider's catalog. */
export function lookUp(provider: Provider, code: unknown): Resolution {
  return resolve({ provider, code: code as string });
}
