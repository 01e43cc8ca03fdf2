import { PROVIDER_DEFINITIONS } from './providers.js';
import { plainText } from './untrusted-text.js';
import { PROVIDERS, type Provider } from './vocabulary.js';

/** No documented code is this long; anything longer is cut so a reference line stays readable. */
export const MAX_CODE_LENGTH = 64;

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
