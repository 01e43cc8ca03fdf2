import {
  PROVIDER_NAMES,
  type Provider,
  type Reason,
  type Severity,
} from '../../src/bank-connect-error.js';
import type { CodeRow } from './code-rows.js';

export interface CodeFilters {
  provider: Provider | '';
  reason: Reason | '';
  severity: Severity | '';
  /** Words or a code: every word must appear in the row (code, provider, reason or its words). */
  query: string;
}

/** Letters and digits only, so `INVALID_LOGIN`, `invalid-login` and `Invalid Login` meet. */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function matchesQuery(row: CodeRow, query: string, locale: string): boolean {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // A code in any spelling the element accepts (a support agent types what the borrower read).
  if (compact(query) !== '' && compact(row.code) === compact(query)) return true;
  const haystack = [PROVIDER_NAMES[row.provider], row.code, row.reason, row.title, row.message]
    .join(' ')
    .toLocaleLowerCase(locale);
  const codeSpelling = compact(row.code);
  return words.every(
    (word) => haystack.includes(word) || (compact(word) !== '' && codeSpelling === compact(word)),
  );
}

/** The rows that pass every filter, in their original order. */
export function filterRows(rows: readonly CodeRow[], filters: CodeFilters, locale: string) {
  return rows.filter(
    (row) =>
      (!filters.provider || row.provider === filters.provider) &&
      (!filters.reason || row.reason === filters.reason) &&
      (!filters.severity || row.severity === filters.severity) &&
      matchesQuery(row, filters.query.trim(), locale),
  );
}
