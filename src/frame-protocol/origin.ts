/**
 * An exact web origin such as `https://lender.example`, or `null` for anything else: `*`, a path
 * or trailing slash, a default port written out, other schemes (`javascript:`, `data:`, `file:`),
 * the opaque origin `null`, an empty string. Both ends of a connect-flow bridge name the other side
 * this way, so a message can only ever go to, or be taken from, the one origin that was meant.
 */
export function exactOrigin(value: unknown): string | null {
  // No origin is this long; a runaway value is not worth trimming or parsing.
  if (typeof value !== 'string' || value.length > 2048) return null;
  const text = value.trim();
  if (text.length === 0) return null;
  try {
    const url = new URL(text);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && url.origin === text ? text : null;
  } catch {
    return null;
  }
}
