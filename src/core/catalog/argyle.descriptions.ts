// The provider's own words for each code in argyle.ts, kept apart so that `resolve` ships
// without them: only `listCodes` (bank-connect-error/catalog) loads this file.

/** Argyle's API message for each code (developer-facing; only `listCodes` loads these). */
export const ARGYLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  account_closed:
    'The selected account could not be found or is no longer available at the banking institution.',
  account_not_found:
    'The selected account could not be found or is no longer available at the banking institution.',
  generic_error: 'A connection error occurred while trying to verify the account.',
  institution_not_supported:
    'The selected banking institution does not currently support connections.',
  invalid_credentials: 'The borrower provided invalid banking login credentials.',
  mfa_issue_encountered:
    'A multi-factor authentication or security verification step was not completed successfully.',
  one_time_passcode_issue:
    'There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.',
  report_generation_failed: 'We could not generate the requested banking report.',
  temporary_connection_issue:
    'There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.',
  token_invalid_or_expired:
    'The borrower needs to reconnect their account to restore access and complete verification.',
  user_action_required_at_institution:
    'The borrower must sign in directly at their banking institution and complete an account action before reconnecting.',
};
