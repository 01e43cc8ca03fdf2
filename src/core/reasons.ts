import type { Action, Severity } from './vocabulary.js';

interface ReasonRule {
  severity: Severity;
  /** Best first. The element shows the first two the lender's flow allows. */
  actions: readonly Action[];
}

const rule = (severity: Severity, ...actions: Action[]): ReasonRule => ({ severity, actions });

/**
 * The borrower-facing taxonomy, one reason per distinct thing the borrower should understand (in
 * this order, `REASONS`), and what each means for the flow: how serious it is and what helps, best
 * first.
 * Waiting is never an action: where waiting is the fix, the resolution carries `retryAfter`
 * and the actions offer a way forward now (another bank, another way to verify).
 */
export const REASON_RULES = {
  invalid_credentials: rule('error', 'retry', 'visit_institution'),
  account_locked: rule('error', 'visit_institution', 'verify_another_way'),
  credentials_update_required: rule('error', 'visit_institution', 'retry'),
  action_required_at_institution: rule('error', 'visit_institution', 'retry'),
  language_not_supported: rule('error', 'visit_institution', 'retry'),
  mfa_failed: rule('error', 'retry', 'verify_another_way'),
  one_time_passcode_required: rule('error', 'retry', 'verify_another_way'),
  reconnect_required: rule('error', 'reconnect', 'contact_support'),
  session_expired: rule('error', 'retry'),
  concurrent_session: rule('error', 'retry'),
  account_unavailable: rule(
    'error',
    'choose_another_account',
    'visit_institution',
    'contact_support',
  ),
  no_eligible_accounts: rule('warning', 'choose_another_institution', 'verify_another_way'),
  no_recent_transactions: rule('warning', 'choose_another_account', 'continue'),
  consent_required: rule('error', 'visit_institution', 'retry'),
  institution_not_supported: rule('error', 'choose_another_institution', 'verify_another_way'),
  // Finicity asks for "several attempts to sign in" now, which help build or fix the connection.
  institution_being_added: rule(
    'warning',
    'retry',
    'choose_another_institution',
    'verify_another_way',
  ),
  connection_being_fixed: rule(
    'warning',
    'retry',
    'choose_another_institution',
    'verify_another_way',
  ),
  institution_outage: rule('warning', 'choose_another_institution', 'verify_another_way', 'retry'),
  // No source gives a maintenance window's length: offer a way forward now before a retry.
  institution_maintenance: rule(
    'warning',
    'choose_another_institution',
    'retry',
    'verify_another_way',
  ),
  temporary_issue: rule('warning', 'retry', 'choose_another_institution', 'contact_support'),
  access_denied: rule('error', 'visit_institution', 'verify_another_way', 'contact_support'),
  connection_incomplete: rule('warning', 'retry', 'contact_support'),
  report_failed: rule('error', 'retry', 'contact_support'),
  documents_rejected: rule('error', 'retry', 'verify_another_way', 'contact_support'),
  data_incomplete: rule('info', 'continue'),
  in_progress: rule('info', 'continue'),
  connected: rule('success', 'continue'),
  // The lender's integration is at fault: nothing at the bank or another bank will help.
  integration_error: rule('error', 'retry', 'contact_support'),
  generic_error: rule('error', 'retry', 'contact_support'),
  unknown: rule('error', 'retry', 'contact_support'),
} as const satisfies Readonly<Record<string, ReasonRule>>;
