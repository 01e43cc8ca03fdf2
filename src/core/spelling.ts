import { PROVIDER_DEFINITIONS } from './providers.js';
import { PROVIDERS, type Provider } from './vocabulary.js';

/** No documented code is this long; anything longer is cut so a reference line stays readable. */
export const MAX_CODE_LENGTH = 64;

// Control characters and bidirectional overrides could hide or reorder a reference the borrower
// reads out to support; they never belong in a code.
export const INVISIBLE =
  // Control characters and a combining mark (U+034F) are what it strips, on purpose.
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/** Display text from untrusted input: no invisible characters, one line, at most `max` characters. */
export function plainText(value: string, max: number): string {
  // A bounded prefix first: what is cut off is never cleaned.
  const text = value
    .slice(0, max * 4)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Never cut a character in two (a lone surrogate is no text).
  const cut = () =>
    text
      .slice(0, max - 1)
      .replace(/[\ud800-\udbff]$/, '')
      .trimEnd();
  return text.length > max ? `${cut()}…` : text;
}

/** A code as text, or `null` when the input is no code at all (an object, `NaN`, `Infinity`). */
export function codeText(code: unknown): string | null {
  if (typeof code === 'number') {
    return Number.isFinite(code) ? String(code) : null;
  }
  if (typeof code !== 'string') return null;
  return plainText(code, MAX_CODE_LENGTH);
}

/**
 * The form that every spelling of one code shares: `Invalid Login`, `INVALID_LOGIN`,
 * `invalid-login`, `InvalidLogin` and `Get Details Complete, Statements Still Processing` lose
 * case, spaces and punctuation; `"0103"`, `"103.0"` and full-width `"１０３"` become `103`. A text
 * with digits but no letters that is no plain number (`"-103"`, `"10.5"`) is kept as it is, so it
 * matches no code: a negative number is not a code's spelling.
 */
export function codeKey(text: string): string {
  const plain = text.normalize('NFKC');
  const number = /^(\d+)(?:\.0+)?$/.exec(plain);
  if (number) return number[1]!.replace(/^0+(?=\d)/, '');
  if (!/\p{L}/u.test(plain)) return plain;
  return plain.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** Each provider's id, name and aliases, spelled as codes are (`MX Technologies` = `mxtechnologies`). */
const PROVIDER_BY_NAME: ReadonlyMap<string, Provider> = new Map(
  PROVIDERS.flatMap((provider) =>
    [provider, ...PROVIDER_DEFINITIONS[provider].aliases].map((name) => [codeKey(name), provider]),
  ),
);

/** A provider name in any case or alias; `null` for anything unknown, as if none was given. */
export function providerName(name: unknown): Provider | null {
  if (typeof name !== 'string' || name.length > 64) return null;
  return PROVIDER_BY_NAME.get(codeKey(name.trim())) ?? null;
}
