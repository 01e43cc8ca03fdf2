/**
 * How this build names its messages' ids: as written (`undefined`) in the sources, the tests and
 * development builds. Production builds name each id by its place and set this to a fingerprint of
 * those names, which each of their locale modules carries as `ids` (scripts/short-msg-ids.mjs).
 */
export const MESSAGE_IDS: string | undefined = undefined;
