import { entries, type Row } from './entry.js';
import type { Reason } from '../vocabulary.js';

/** A reason's codes, written as one line of space-separated codes (each still gets its own row). */
function group(codes: string, reason: Reason): Row[] {
  return codes.split(' ').map((code): Row => [code, reason]);
}

/**
 * Envestnet | Yodlee: every API v1.1 dataset `additionalStatus` and provider account `status`, the
 * older v1.0 refresh codes whose meaning Yodlee's page gives (numbers: read as Yodlee's only with
 * the provider named), and FastLink 4's E-codes (the sources are in yodlee.sources.ts). No source
 * gives a waiting time. The groups' order is the one that compresses best; it means nothing.
 */
export const YODLEE = entries([
  // Renewed through FastLink's edit flow: a reconnection, nothing the borrower did.
  ...group(
    'CONSENT_EXPIRED NEW_AUTHENTICATION_REQUIRED INCORRECT_OAUTH_TOKEN',
    'reconnect_required',
  ),
  ...group('INCORRECT_CREDENTIALS 402', 'invalid_credentials'),
  ...group('AVAILABLE_DATA_RETRIEVED SUCCESS 0', 'connected'),
  ...group('ADDL_AUTHENTICATION_REQUIRED INVALID_ADDL_INFO_PROVIDED', 'mfa_failed'),
  ...group(
    'USER_ACTION_NEEDED_AT_SITE ENROLLMENT_REQUIRED_FOR_DATASET',
    'action_required_at_institution',
  ),
  ...group('FAILED DATA_RETRIEVAL_FAILED TECH_ERROR E800', 'generic_error'),
  // A home's property value (a real-estate dataset) is nothing a loan's bank connection needs.
  ...group(
    'PARTIAL_DATA_RETRIEVED PARTIAL_SUCCESS PROPERTY_VALUE_NOT_AVAILABLE',
    'data_incomplete',
  ),
  ...group('DATA_NOT_AVAILABLE', 'no_eligible_accounts'),
  ...group('ACCOUNT_LOCKED', 'account_locked'),
  // "Try again later", with no time; the blocked IP is Yodlee's, not the borrower's settings.
  ...group(
    'UNEXPECTED_SITE_ERROR SITE_SESSION_INVALIDATED SITE_BLOCKING_ERROR REQUEST_TIME_OUT 401 412',
    'temporary_issue',
  ),
  ...group('CONSENT_REVOKED CONSENT_REQUIRED', 'consent_required'),
  // FastLink's only way forward for a beta site is "Link another account": nothing says more
  // sign-in attempts help, so not `institution_being_added`.
  ...group('SITE_NOT_SUPPORTED BETA_SITE_DEV_IN_PROGRESS 411', 'institution_not_supported'),
  ...group('CREDENTIALS_UPDATE_NEEDED 410', 'credentials_update_required'),
  ...group('SITE_UNAVAILABLE 409', 'institution_outage'),
  // The lender's request asked for a dataset its configuration does not have, or its FastLink
  // deep link passed a wrong value.
  ...group('DATASET_NOT_SUPPORTED E700 E701 E702 E703 E704 E705 E801', 'integration_error'),
  // Work still running: "not a final status". The account summary is in, its details are not.
  ...group(
    'ACCT_SUMMARY_RECEIVED IN_PROGRESS MIGRATION_IN_PROGRESS USER_INPUT_REQUIRED DATA_RETRIEVAL_IN_PROGRESS LOGIN_IN_PROGRESS 801 802',
    'in_progress',
  ),
]);
