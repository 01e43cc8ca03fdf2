import { entries, type Row } from './entry.js';

/**
 * MX's `connection_status` values in the order of their `connection_status_id`, 0 to 21 (MX's
 * Connect widget, `src/const/Statuses.js`): a member's status comes as a name from the Platform API
 * and webhooks, and as its number from the Connect widget's messages.
 */
// Written in lower case (they pack smaller beside the reasons' names); published in upper case.
const STATUSES: Row[] = [
  // The widget's "processing" statuses (0, 8, 15, 18): aggregation runs on.
  ['created', 'in_progress'],
  // "The end user must reenter their username and password": MX stopped, not the bank.
  ['prevented', 'invalid_credentials'],
  ['denied', 'invalid_credentials'],
  // "This is not an error": waiting for the borrower's answer to the bank's challenge.
  ['challenged', 'in_progress'],
  ['rejected', 'mfa_failed'],
  ['locked', 'account_locked'],
  ['connected', 'connected'],
  ['impeded', 'action_required_at_institution'],
  ['reconnected', 'in_progress'],
  // "Connection maintenance … Please try again later": no time given.
  ['degraded', 'institution_maintenance'],
  // "cannot be imported. We are working to resolve the issue": no time given.
  ['disconnected', 'institution_outage'],
  ['discontinued', 'institution_not_supported'],
  ['closed', 'account_unavailable'],
  // Still connecting, slowly: "Check back the next day."
  ['delayed', 'in_progress'],
  ['failed', 'generic_error'],
  ['updated', 'in_progress'],
  // "momentarily paused": imports from this bank are off, not the borrower's doing.
  ['disabled', 'institution_outage'],
  // "You must re-authenticate before your data can be imported."
  ['imported', 'reconnect_required'],
  ['resumed', 'in_progress'],
  // "The answer or answers were not provided in time."
  ['expired', 'mfa_failed'],
  ['impaired', 'reconnect_required'],
  ['pending', 'in_progress'],
];

/**
 * MX: each connection status by name, then by its number, then the Connect widget's "actionable"
 * error codes, a member's `error.error_code` (the sources are in mx.sources.ts).
 */
export const MX = entries([
  ...STATUSES.map(([name, reason, extras]): Row => [name.toUpperCase(), reason, extras]),
  ...STATUSES.map(([, reason, extras], id): Row => [String(id), reason, extras]),
  ['1000', 'no_eligible_accounts'],
  ['1001', 'no_eligible_accounts'],
  // "some required permissions weren't granted": the permission is the borrower's to give.
  ['1002', 'consent_required'],
  // The widget answers these by going back to the bank's security question.
  ['2001', 'mfa_failed'],
  ['2002', 'mfa_failed'],
  ['2003', 'mfa_failed'],
  // The widget asks for the sign-in again: a reconnection, nothing the borrower got wrong.
  ['2004', 'reconnect_required'],
  ['2005', 'invalid_credentials'],
  // "Please try again later", with no time.
  ['3000', 'institution_outage'],
  ['3001', 'institution_maintenance'],
  ['3002', 'institution_outage'],
]);
