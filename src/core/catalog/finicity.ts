import { entries, WAIT, type Row } from './entry.js';
import type { Reason } from '../vocabulary.js';

/** Finicity documents some codes as a group or a range; each code still gets its own row. */
function group(codes: readonly number[], reason: Reason, extras?: Row[2]): Row[] {
  return codes.map((code): Row => [String(code), reason, extras]);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Finicity (Mastercard Open Banking), "Aggregation Status Codes", then the further codes Finicity
 * documents elsewhere.
 */
export const FINICITY = entries([
  // "Aggregation Status Codes"
  ['0', 'connected'],

  // "User Action Aggregation Status Codes"
  ['103', 'invalid_credentials'],
  ['108', 'action_required_at_institution'],
  ['109', 'credentials_update_required'],
  // MFA asked for during a background refresh: the borrower answered nothing wrong, and answers
  // by reconnecting.
  ['185', 'reconnect_required'],
  ['187', 'mfa_failed'],
  ['913', 'account_unavailable'],
  // "Customer should log into their banks website and see if the account is available": the bank
  // first; the support ticket is the lender's to file.
  [
    '914',
    'account_unavailable',
    { actions: ['visit_institution', 'choose_another_account', 'contact_support'] },
  ],
  ['931', 'one_time_passcode_required'],
  ['936', 'language_not_supported'],

  // "Institution Outage or Maintenance Aggregation Status Codes"
  ...group([102, 320, 580], 'temporary_issue', { retryAfter: WAIT.fewMinutes }),
  ...group([900, 901, 903, 904], 'institution_being_added', { retryAfter: WAIT.aboutAWeek }),
  ...group([905, 906, 907], 'connection_being_fixed', { retryAfter: WAIT.aboutAWeek }),
  ['910', 'institution_outage', { retryAfter: WAIT.threeToFiveDays }],
  ...group([915, 916], 'connection_being_fixed', { retryAfter: WAIT.aboutAWeek }),
  ...group(range(920, 929), 'institution_not_supported'),

  // Codes Mastercard documents on pages of their own (the sources are in finicity.sources.ts)
  // 946: one of the codes Mastercard's Data Connect Fix (a reconnection) normally resolves.
  ...group([945, 946, 947, 948], 'reconnect_required'),
  // Filed under Mastercard's remediation "Retry Later", with no time given.
  ['909', 'temporary_issue'],
  ...group([952, 955, 38003, 38006], 'account_unavailable'),
  ['974', 'session_expired'],
  ...group([938, 10814], 'mfa_failed'),
  ...group([950, 960, 972, 976, 2032, 4041], 'institution_not_supported'),
  // "not authorized for the requested resource or online access"; "Bank has blocked access".
  ...group([973, 975], 'access_denied'),
  // Also Mastercard's code for "Bad request.": never send the borrower to another bank for it.
  ['14020', 'integration_error'],
  // "an existing connection to a financial institution is down": the bank's side, no time given.
  ...group([101, 104, 105], 'institution_outage'),
  // "interrupted temporarily … planned server/website maintenance": no time given.
  ['1408', 'institution_maintenance'],
  // API codes for work still running, met in refresh and account responses.
  ...group([325, 5006, 44000], 'in_progress'),
]);
