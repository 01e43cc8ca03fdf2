import type { Found } from './found.js';
import type { Json } from './json.js';

/** Yodlee: no payload shape read yet. */
export function readYodlee(_payload: Json): Found[] | undefined {
  return undefined;
}
