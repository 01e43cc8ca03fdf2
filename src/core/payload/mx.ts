import type { Found } from './found.js';
import type { Json } from './json.js';

/** MX: no payload shape read yet. */
export function readMx(_payload: Json): Found[] | undefined {
  return undefined;
}
