import type { Reason } from '../vocabulary.js';
import type { Json } from './json.js';

/**
 * A code a reader found in a payload, and the reason the payload's other fields decide for it (a
 * success event, an integrator's bad request); without one, the catalog's reading of the code.
 * The dispatcher turns each into a resolution through `resolve`, so every code is cleaned alike.
 */
export type Found = readonly [code: unknown, reason?: Reason | false | undefined];

/** A provider's reader: what its payload holds, or `undefined` when the shape is not its own. */
export type Reader = (payload: Json) => Found[] | undefined;
