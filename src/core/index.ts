/**
 * The headless core: provider codes in, borrower-facing reasons and actions out.
 * No DOM and no Lit, so it runs in browsers and in Node alike.
 */
export { resolve } from './resolve.js';
export { fromPayload, fromPayloadAll } from './from-payload.js';
export { ACTIONS, PROVIDER_NAMES, PROVIDERS, REASONS } from './vocabulary.js';
export type {
  Action,
  Provider,
  Reason,
  Resolution,
  ResolveInput,
  RetryAfter,
  Severity,
} from './vocabulary.js';
