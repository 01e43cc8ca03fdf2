import { entries, group, ABOUT_A_DAY, ONE_TO_TWO_DAYS } from './entry.js';

/**
 * Plaid: the codes of its errors documentation a borrower meets in Link or on a connected Item
 * (every Item, Institution, API, ReCAPTCHA, OAuth and Link web error, the micro-deposit and
 * account-number checks in Link, the invalid keys, tokens and environment that stop Link or an
 * Item, USER_PERMISSION_REVOKED and RATE_LIMIT), and the Item webhooks that say something on
 * their own. What stays out, and why: docs/integrations/plaid.md. The sources are in
 * plaid.sources.ts.
 */
export const PLAID = entries([
  ...group('invalid_credentials', 'invalid_credentials invalid_updated_username'),
  ...group('mfa_failed', 'invalid_mfa'),
  ...group('account_locked', 'item_locked'),
  ...group('credentials_update_required', 'password_reset_required'),
  ...group('action_required_at_institution', 'user_setup_required'),
  ...group('consent_required', 'access_not_granted user_account_revoked'),
  ...group('session_expired', 'user_input_timeout'),
  // The borrower left the bank's OAuth page, or one of Plaid's own checks in Link (a phone number,
  // a code Plaid sent, a reCAPTCHA, micro-deposits, account numbers): the connection was not finished.
  ...group(
    'connection_incomplete',
    'insufficient_credentials invalid_phone_number invalid_otp recaptcha_required incorrect_deposit_amounts incorrect_deposit_verification too_many_verification_attempts invalid_account_number',
  ),
  // Link web's own codes, which Plaid writes in lower case.
  ['oauth-error', 'connection_incomplete'],
  ['institution-poor-health-error', 'temporary_issue'],
  ...group('account_unavailable', 'bank_transfer_account_blocked'),
  // Update mode (Link again, on the same Item) or a new Link: the borrower reconnects.
  ...group(
    'reconnect_required',
    'item_login_required pending_expiration pending_disconnect item_not_found manual_verification_required user_permission_revoked',
  ),
  ...group(
    'no_eligible_accounts',
    'no_accounts no_auth_accounts no_investment_accounts no_investment_auth_accounts no_liability_accounts item_not_supported',
  ),
  // Another bank helps, and nothing the borrower did would: the bank's restrictions or responses,
  // Plaid's support for it, or the lender's registration with it.
  ...group(
    'institution_not_supported',
    'mfa_not_supported products_not_supported institution_no_longer_supported unsupported_response unauthorized_institution institution_registration_required',
  ),
  // "Prompt your user to retry connecting their Item in a few hours, or the following day."
  ...group(
    'institution_outage',
    'institution_down institution_not_responding institution_not_available',
    { retryAfter: ABOUT_A_DAY },
  ),
  ...group('temporary_issue', 'internal_server_error', { retryAfter: ABOUT_A_DAY }),
  ...group('temporary_issue', 'rate_limit', { retryAfter: ONE_TO_TWO_DAYS }),
  // Plaid's own maintenance, and a send method that failed between Plaid and the bank.
  ...group('temporary_issue', 'planned_maintenance invalid_send_method'),
  ...group('in_progress', 'product_not_ready'),
  ...group('connected', 'login_repaired'),
  // "An internal Plaid error occurred."
  ...group('generic_error', 'oauth_state_id_not_found recaptcha_bad'),
  ...group(
    'integration_error',
    'invalid_link_token incorrect_link_token incorrect_oauth_nonce product_not_enabled instant_match_failed item_concurrently_deleted institution_not_enabled_in_environment oauth_state_id_already_processed invalid_api_keys invalid_access_token unauthorized_environment',
  ),
]);
