import { entries, group } from './entry.js';

/**
 * Envestnet | Yodlee: every API v1.1 dataset `additionalStatus` and provider account `status`, the
 * older v1.0 refresh codes whose meaning Yodlee's page gives (numbers: read as Yodlee's only with
 * the provider named), and FastLink 4's E-codes (the sources are in yodlee.sources.ts). No source
 * gives a waiting time. The groups' order is the one that compresses best; it means nothing.
 */
export const YODLEE = entries([
  // Renewed through FastLink's edit flow: a reconnection, nothing the borrower did.
  ...group(
    'reconnect_required',
    'consent_expired new_authentication_required incorrect_oauth_token',
  ),
  ...group('invalid_credentials', 'incorrect_credentials 402'),
  ...group('connected', 'available_data_retrieved success 0'),
  ...group('mfa_failed', 'addl_authentication_required invalid_addl_info_provided'),
  ...group(
    'action_required_at_institution',
    'user_action_needed_at_site enrollment_required_for_dataset',
  ),
  ...group('generic_error', 'failed data_retrieval_failed tech_error e800'),
  // A home's property value (a real-estate dataset) is nothing a loan's bank connection needs.
  ...group(
    'data_incomplete',
    'partial_data_retrieved partial_success property_value_not_available',
  ),
  ...group('no_eligible_accounts', 'data_not_available'),
  ...group('account_locked', 'account_locked'),
  // "Try again later", with no time; the blocked IP is Yodlee's, not the borrower's settings.
  ...group(
    'temporary_issue',
    'unexpected_site_error site_session_invalidated site_blocking_error request_time_out 401 412',
  ),
  ...group('consent_required', 'consent_revoked consent_required'),
  // FastLink's only way forward for a beta site is "Link another account": nothing says more
  // sign-in attempts help, so not `institution_being_added`.
  ...group('institution_not_supported', 'site_not_supported beta_site_dev_in_progress 411'),
  ...group('credentials_update_required', 'credentials_update_needed 410'),
  ...group('institution_outage', 'site_unavailable 409'),
  // The lender's request asked for a dataset its configuration does not have, or its FastLink
  // deep link passed a wrong value.
  ...group('integration_error', 'dataset_not_supported e700 e701 e702 e703 e704 e705 e801'),
  // Work still running: "not a final status". The account summary is in, its details are not.
  ...group(
    'in_progress',
    'acct_summary_received in_progress migration_in_progress user_input_required data_retrieval_in_progress login_in_progress 801 802',
  ),
]);
