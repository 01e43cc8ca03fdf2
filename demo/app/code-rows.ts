import { borrowerView, getLocale, resolve, type Severity } from '../../src/bank-connect-error.js';
import { listCodes, type DocumentedCode } from '../../src/catalog.js';

/** A documented code with the words a borrower reads for it, in the active locale. */
export interface CodeRow extends DocumentedCode {
  severity: Severity;
  title: string;
  message: string;
  /** "Try again in 3–5 days", or '' where waiting is not the fix. */
  wait: string;
}

/** Every documented code of every provider, in the providers' order. */
export const DOCUMENTED_CODES: readonly DocumentedCode[] = listCodes();

let cached: { key: string; rows: CodeRow[] } | null = null;

/**
 * Each documented code with the words the element shows for it now: in its active locale (the
 * same translations it renders), with the bank's name woven in as it would weave it.
 */
export function codeRows(institution = ''): readonly CodeRow[] {
  const locale = getLocale();
  const key = `${locale}\n${institution}`;
  if (cached?.key !== key) cached = { key, rows: buildRows(institution) };
  return cached.rows;
}

function buildRows(institution: string): CodeRow[] {
  return DOCUMENTED_CODES.map((entry) => {
    const resolution = resolve({ provider: entry.provider, code: entry.code });
    const { title, message, wait = '' } = borrowerView(resolution, { institution });
    return { ...entry, severity: resolution.severity, title, message, wait };
  });
}
