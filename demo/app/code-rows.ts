import { resolve, type Severity } from '../../src/bank-connect-error.js';
import { listCodes, type DocumentedCode } from '../../src/catalog.js';
import { bankName } from '../../src/element/host-input.js';
import { reasonText } from '../../src/messages/reasons.js';
import { retryAfterText } from '../../src/messages/retry-after.js';

/** A documented code with the words a borrower reads for it, in the active locale. */
export interface CodeRow extends DocumentedCode {
  severity: Severity;
  title: string;
  message: string;
  /** "Try again in 3–5 days", or '' where waiting is not the fix. */
  wait: string;
}

export const PROVIDER_NAMES = { argyle: 'Argyle', flinks: 'Flinks', finicity: 'Finicity' } as const;

/** Every documented code of every provider (135), in the providers' order. */
export const DOCUMENTED_CODES: readonly DocumentedCode[] = listCodes();

/**
 * Each documented code with its words in `locale`, which must be the elements' active locale
 * (the words come from the same translations the element renders), and the bank's name as the
 * element would weave it in.
 */
export function codeRows(locale: string, institution = ''): CodeRow[] {
  const bank = bankName(institution);
  return DOCUMENTED_CODES.map((entry) => {
    const { severity, retryAfter } = resolve({ provider: entry.provider, code: entry.code });
    return {
      ...entry,
      severity,
      ...reasonText(entry.reason, bank),
      wait: retryAfter ? retryAfterText(retryAfter, locale) : '',
    };
  });
}
