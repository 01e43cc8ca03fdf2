import { entries } from './entry.js';

/**
 * Argyle, "Bank Connection Errors": the codes in `status.errors[].code` of a verification whose
 * `status.state` is `PAUSED`.
 */
export const ARGYLE = entries([
  ['account_closed', 'account_unavailable'],
  ['account_not_found', 'account_unavailable'],
  ['generic_error', 'generic_error'],
  ['institution_not_supported', 'institution_not_supported'],
  ['invalid_credentials', 'invalid_credentials'],
  ['mfa_issue_encountered', 'mfa_failed'],
  // Argyle's page repeats the temporary-issue text here. The code names a passcode problem, but
  // nothing says the bank asks for a new one every time: a verification step that failed.
  ['one_time_passcode_issue', 'mfa_failed'],
  ['report_generation_failed', 'report_failed'],
  ['temporary_connection_issue', 'temporary_issue'],
  ['token_invalid_or_expired', 'reconnect_required'],
  ['user_action_required_at_institution', 'action_required_at_institution'],
]);
