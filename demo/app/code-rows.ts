import { getLocale, resolve, type Severity } from '../../src/bank-connect-error.js';
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

let cached: { key: string; rows: CodeRow[] } | null = null;

/**
 * Each documented code with the words the element shows for it now: in its active locale (the
 * same translations it renders), with the bank's name woven in as it would weave it.
 */
export function codeRows(institution = ''): readonly CodeRow[] {
  const locale = getLocale();
  const key = `${locale}\n${institution}`;
  if (cached?.key !== key) cached = { key, rows: buildRows(locale, institution) };
  return cached.rows;
}

function buildRows(locale: string, institution: string): CodeRow[] {
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
