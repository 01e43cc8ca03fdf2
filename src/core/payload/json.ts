/** Reading untrusted JSON-like values without ever throwing or touching a prototype. */
import { cut } from '../untrusted-text.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a payload's prototype (`constructor`, `toString`) is never read as data. */
export function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Longer than any name, status, URL or message a payload holds: the rest is never read. */
const MAX_TEXT = 1000;

/** A field as text: strings (cut at `MAX_TEXT`), finite numbers written out, anything else undefined. */
export function textField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  if (typeof found === 'string') return cut(found, MAX_TEXT);
  return typeof found === 'number' && Number.isFinite(found) ? String(found) : undefined;
}

/**
 * The first 20 elements of an array field (no real payload holds more); otherwise none. Own
 * elements only: a hole reads as `undefined`, never as what a polluted prototype holds there.
 */
export function listField(value: unknown, key: string): unknown[] {
  const found = field(value, key);
  if (!Array.isArray(found)) return [];
  return Array.from({ length: Math.min(found.length, 20) }, (_, index) =>
    Object.hasOwn(found, index) ? found[index] : undefined,
  );
}
