import type { Action, Reason, Severity } from './vocabulary.js';

interface ReasonRule {
  severity: Severity;
  /** Best first. The element shows the first two the lender's flow allows. */
  actions: readonly Action[];
}

/**
 * What each reason means for the flow: how serious it is and what helps, best first.
 * Waiting is never an action: where waiting is the fix, the resolution carries `retryAfter`
 * and the actions offer a way forward now (another bank, another way to verify).
 */
export const REASON_RULES: Readonly<Record<Reason, ReasonRule>> = {
  invalid_credentials: { severity: 'error', actions: ['retry', 'visit_institution'] },
  account_locked: { severity: 'error', actions: ['visit_institution', 'verify_another_way'] },
  credentials_update_required: { severity: 'error', actions: ['visit_institution', 'retry'] },
  action_required_at_institution: { severity: 'error', actions: ['visit_institution', 'retry'] },
  language_not_supported: { severity: 'error', actions: ['visit_institution', 'retry'] },
  mfa_failed: { severity: 'error', actions: ['retry', 'verify_another_way'] },
  one_time_passcode_required: { severity: 'error', actions: ['retry', 'verify_another_way'] },
  reconnect_required: { severity: 'error', actions: ['reconnect', 'contact_support'] },
  session_expired: { severity: 'error', actions: ['retry'] },
  concurrent_session: { severity: 'error', actions: ['retry'] },
  account_unavailable: {
    severity: 'error',
    actions: ['choose_another_account', 'visit_institution', 'contact_support'],
  },
  no_eligible_accounts: {
    severity: 'warning',
    actions: ['choose_another_institution', 'verify_another_way'],
  },
  no_recent_transactions: {
    severity: 'warning',
    actions: ['choose_another_account', 'continue'],
  },
  consent_required: { severity: 'error', actions: ['visit_institution', 'retry'] },
  institution_not_supported: {
    severity: 'error',
    actions: ['choose_another_institution', 'verify_another_way'],
  },
  // Finicity asks for "several attempts to sign in" now, which help build or fix the connection.
  institution_being_added: {
    severity: 'warning',
    actions: ['retry', 'choose_another_institution', 'verify_another_way'],
  },
  connection_being_fixed: {
    severity: 'warning',
    actions: ['retry', 'choose_another_institution', 'verify_another_way'],
  },
  institution_outage: {
    severity: 'warning',
    actions: ['choose_another_institution', 'verify_another_way', 'retry'],
  },
  // No source gives a maintenance window's length: offer a way forward now before a retry.
  institution_maintenance: {
    severity: 'warning',
    actions: ['choose_another_institution', 'retry', 'verify_another_way'],
  },
  temporary_issue: {
    severity: 'warning',
    actions: ['retry', 'choose_another_institution', 'contact_support'],
  },
  access_denied: {
    severity: 'error',
    actions: ['visit_institution', 'verify_another_way', 'contact_support'],
  },
  connection_incomplete: { severity: 'warning', actions: ['retry', 'contact_support'] },
  report_failed: { severity: 'error', actions: ['retry', 'contact_support'] },
  documents_rejected: {
    severity: 'error',
    actions: ['retry', 'verify_another_way', 'contact_support'],
  },
  data_incomplete: { severity: 'info', actions: ['continue'] },
  in_progress: { severity: 'info', actions: ['continue'] },
  connected: { severity: 'success', actions: ['continue'] },
  // The lender's integration is at fault: nothing at the bank or another bank will help.
  integration_error: { severity: 'error', actions: ['retry', 'contact_support'] },
  generic_error: { severity: 'error', actions: ['retry', 'contact_support'] },
  unknown: { severity: 'error', actions: ['retry', 'contact_support'] },
};
