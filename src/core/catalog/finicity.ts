import { entries, group, ABOUT_A_WEEK, FEW_MINUTES, THREE_TO_FIVE_DAYS } from './entry.js';

/** Finicity's codes from `first` to `last`, as a group's line. */
function range(first: number, last: number): string {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).join(' ');
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
  ...group('temporary_issue', '102 320 580', { retryAfter: FEW_MINUTES }),
  ...group('institution_being_added', '900 901 903 904', { retryAfter: ABOUT_A_WEEK }),
  ...group('connection_being_fixed', '905 906 907', { retryAfter: ABOUT_A_WEEK }),
  ['910', 'institution_outage', { retryAfter: THREE_TO_FIVE_DAYS }],
  ...group('connection_being_fixed', '915 916', { retryAfter: ABOUT_A_WEEK }),
  ...group('institution_not_supported', range(920, 929)),

  // Codes Mastercard documents on pages of their own (the sources are in finicity.sources.ts)
  // 946: one of the codes Mastercard's Data Connect Fix (a reconnection) normally resolves.
  ...group('reconnect_required', '945 946 947 948'),
  // Filed under Mastercard's remediation "Retry Later", with no time given.
  ['909', 'temporary_issue'],
  ...group('account_unavailable', '952 955 38003 38006'),
  ['974', 'session_expired'],
  ...group('mfa_failed', '938 10814'),
  ...group('institution_not_supported', '950 960 972 976 2032 4041'),
  // "not authorized for the requested resource or online access"; "Bank has blocked access".
  ...group('access_denied', '973 975'),
  // Also Mastercard's code for "Bad request.": never send the borrower to another bank for it.
  ['14020', 'integration_error'],
  // "an existing connection to a financial institution is down": the bank's side, no time given.
  ...group('institution_outage', '101 104 105'),
  // "interrupted temporarily … planned server/website maintenance": no time given.
  ['1408', 'institution_maintenance'],
  // API codes for work still running, met in refresh and account responses.
  ...group('in_progress', '325 5006 44000'),
]);
