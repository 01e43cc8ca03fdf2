import type { Found } from './found.js';
import type { Json } from './json.js';

/** Plaid: no payload shape read yet. */
export function readPlaid(_payload: Json): Found[] | undefined {
  return undefined;
}
