import { entries, group } from './entry.js';

/**
 * Flinks, "API error codes" and "Errors/Warnings in the Client Dashboard", then the further codes
 * Flinks Connect and the API send. Each code is listed once, as first documented: codes match
 * however they are spelled (`Invalid Login` = `INVALID_LOGIN`).
 */
export const FLINKS = entries([
  // "API error codes"
  ...group('connected', 'ok created'),
  ...group('in_progress', 'operation_pending operation_dispatched'),
  // "Errors in the Client Dashboard"
  ['Answering Security Challenge', 'in_progress'],
  ['Partially Completed', 'in_progress'],
  ['Session Expired', 'session_expired'],
  ['Completed', 'connected'],
  // Flinks describes this one as "completed successfully"; it is a rejected password.
  ['Invalid Password', 'invalid_credentials'],
  ['Invalid Username', 'invalid_credentials'],
  ['Not Completed', 'connection_incomplete'],
  ['Invalid Login', 'invalid_credentials'],
  ['New Account', 'action_required_at_institution'],
  ['Disabled Login', 'account_locked'],
  ['Retry Later', 'temporary_issue'],
  ['Invalid Security Response', 'mfa_failed'],
  // "The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt."
  ['Unknown Challenge Key', 'integration_error'],
  ['Unauthorized', 'action_required_at_institution'],
  ['Get Statements Complete', 'connected'],
  ['Scoring Insight Completed', 'connected'],
  ['Session Nonexistent', 'session_expired'],
  ['Concurrent Session', 'concurrent_session'],
  ['Get Details Complete Statements Still Processing', 'in_progress'],
  ['Bank Maintenance Retry Later', 'institution_maintenance'],
  ['Ocr Files Uploaded', 'in_progress'],
  ['Ocr Integration Started', 'in_progress'],
  ['Ocr Files Integration Failure', 'documents_rejected'],
  ['Ocr Completed With Partial Error', 'documents_rejected'],
  // Warnings come with a successful connection: mostly data the borrower can't fix, except where
  // connecting another account or giving consent does.
  // "Warnings in the Client Dashboard"
  ['NoAccounts', 'no_eligible_accounts'],
  ['NoHolder', 'data_incomplete'],
  ['KycIncomplete', 'data_incomplete'],
  ['NoAddress', 'data_incomplete'],
  ['AddressIncomplete', 'data_incomplete'],
  ['AccountIbvIncomplete', 'data_incomplete'],
  ['TransactionIncomplete', 'data_incomplete'],
  ['TransactionNull', 'no_recent_transactions'],
  ['AccountNumberIncomplete', 'data_incomplete'],
  ['TransactionsWrongOrder', 'data_incomplete'],
  ['AccountWithoutUrl', 'data_incomplete'],
  ['AccountDuplicate', 'data_incomplete'],
  ['TransactionDuplicate', 'data_incomplete'],
  ['ValidateCurrency', 'data_incomplete'],
  // The operations account is the everyday account: ask for it, as for an account with no activity.
  ['MissingOperationAccounts', 'no_recent_transactions'],
  ['NoTransactions', 'no_recent_transactions'],
  ['AccountIbvUnavailable', 'data_incomplete'],
  ['HolderIbvUnavailable', 'data_incomplete'],
  ['MissingStatementsPDF', 'data_incomplete'],
  ['InvalidEmail', 'data_incomplete'],
  ['NoLastMonthTransaction', 'no_recent_transactions'],
  ['PciNonCompliantCardNumber', 'data_incomplete'],
  ['DesjardinsMissingConsent', 'consent_required'],
  ['TransactionsMisconfigured', 'data_incomplete'],
  // Two request ids on one browser window, on a connection that succeeded: not two windows.
  ['WindowInUse', 'data_incomplete'],
  ['NoLast15DaysTransaction', 'no_recent_transactions'],
  ['MFAAfterAuthorization', 'data_incomplete'],
  ['ProductDetailsMissing', 'data_incomplete'],
  ['ProductDetailsIncomplete', 'data_incomplete'],
  ['BalanceMismatch', 'data_incomplete'],
  // Flinks Connect events: it shows its own screen and fires a JS event of the same name.
  ...group('generic_error', 'aggregation_error'),
  ...group('institution_outage', 'disabled_institution'),
  // API errors of the integration's own: an operation asked for while the account was still being
  // processed (CARD_IN_USE), its own credentials refused (ACCESS_DENIED: the borrower's come back
  // as INVALID_LOGIN), a malformed request.
  ...group('integration_error', 'card_in_use access_denied invalid_request'),
  // "cannot retry": no Try again; another way to verify first.
  [
    'INVALID_SECURITY_RESPONSE_NO_RETRY',
    'mfa_failed',
    { actions: ['verify_another_way', 'contact_support'] },
  ],
  ...group('mfa_failed', 'question_not_found'),
  // The lender's backend sent too many requests; Flinks gives no time to wait.
  ...group('integration_error', 'too_many_requests'),
]);
