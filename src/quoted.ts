/**
 * How a value from input is echoed to a developer (a development warning, the command line): the
 * characters `core/untrusted-text` hides are shown as escapes instead, so nothing is hidden from
 * the reader and nothing reaches a console or terminal that it would act on.
 */
import { INVISIBLE, cut } from './core/untrusted-text.js';

/** Every invisible character written as an escape (`\u{202e}`): a reader sees it, a terminal does not act on it. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/**
 * A hostile value as a developer reads it in a warning or a terminal: in quotes, at most `max`
 * code units, every control or invisible character written as an escape.
 */
export function quoted(value: unknown, max = 80): string {
  return typeof value === 'string'
    ? escapeInvisible(JSON.stringify(cut(value, max)))
    : typeof value;
}
