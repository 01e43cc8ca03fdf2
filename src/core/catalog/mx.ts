import { entries, type Row } from './entry.js';

/**
 * MX's `connection_status` values in the order of their `connection_status_id`, 0 to 21 (MX's
 * Connect widget, `src/const/Statuses.js`): a member's status comes as a name from the Platform API
 * and webhooks, and as its number from the Connect widget's messages.
 */
const STATUSES: Row[] = [
  // The widget's "processing" statuses (0, 8, 15, 18): aggregation runs on.
  ['CREATED', 'in_progress'],
  // "The end user must reenter their username and password": MX stopped, not the bank.
  ['PREVENTED', 'invalid_credentials'],
  ['DENIED', 'invalid_credentials'],
  // "This is not an error": waiting for the borrower's answer to the bank's challenge.
  ['CHALLENGED', 'in_progress'],
  ['REJECTED', 'mfa_failed'],
  ['LOCKED', 'account_locked'],
  ['CONNECTED', 'connected'],
  ['IMPEDED', 'action_required_at_institution'],
  ['RECONNECTED', 'in_progress'],
  // "Connection maintenance … Please try again later": no time given.
  ['DEGRADED', 'institution_maintenance'],
  // "cannot be imported. We are working to resolve the issue": no time given.
  ['DISCONNECTED', 'institution_outage'],
  ['DISCONTINUED', 'institution_not_supported'],
  ['CLOSED', 'account_unavailable'],
  // Still connecting, slowly: "Check back the next day."
  ['DELAYED', 'in_progress'],
  ['FAILED', 'generic_error'],
  ['UPDATED', 'in_progress'],
  // "momentarily paused": imports from this bank are off, not the borrower's doing.
  ['DISABLED', 'institution_outage'],
  // "You must re-authenticate before your data can be imported."
  ['IMPORTED', 'reconnect_required'],
  ['RESUMED', 'in_progress'],
  // "The answer or answers were not provided in time."
  ['EXPIRED', 'mfa_failed'],
  ['IMPAIRED', 'reconnect_required'],
  ['PENDING', 'in_progress'],
];

/**
 * MX: each connection status by name, then by its number, then the Connect widget's "actionable"
 * error codes, a member's `error.error_code` (the sources are in mx.sources.ts).
 */
export const MX = entries([
  ...STATUSES,
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
