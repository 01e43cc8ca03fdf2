import { section, WAIT } from './entry.js';

/**
 * Flinks, "API error codes" and "Errors/Warnings in the Client Dashboard", then the API spellings
 * Flinks Connect and the API use for the same errors. Codes match however they are spelled
 * (`Invalid Login` = `INVALID_LOGIN`), so a code listed twice resolves to its first listing.
 */
export const FLINKS = [
  ...section('api-codes', [
    ['OK', 'connected', 'Settings applied; returns the updated resource.'],
    ['CREATED', 'connected', 'The request has been fulfilled and a new resource has been created.'],
    [
      'OPERATION_PENDING',
      'in_progress',
      'The process is ongoing in the background. At this point your flow must change to the async endpoint.',
    ],
    [
      'OPERATION_DISPATCHED',
      'in_progress',
      'Your sync request took more than 210 seconds and it was dispatched in the background.',
    ],
  ]),

  ...section('client-dashboard-errors', [
    [
      'Answering Security Challenge',
      'in_progress',
      'The user is answering the security questions.',
    ],
    [
      'Partially Completed',
      'in_progress',
      'Account summary was completed. We are still processing the account details.',
    ],
    ['Session Expired', 'session_expired', 'The user’s session expired.'],
    ['Completed', 'connected', 'The request was completed successfully.'],
    // Flinks' page describes this one as "completed successfully"; it is a rejected password.
    ['Invalid Password', 'invalid_credentials', 'The request was completed successfully.'],
    ['Invalid Username', 'invalid_credentials', 'The user entered an invalid username.'],
    ['Not Completed', 'connection_incomplete', 'The request was not completed.'],
    ['Invalid Login', 'invalid_credentials', 'The credentials the user provided were incorrect.'],
    [
      'New Account',
      'action_required_at_institution',
      'The user needs to perform an action on the online banking site and try again later.',
    ],
    [
      'Disabled Login',
      'account_locked',
      'The user account is locked out. The user needs to reset his password directly on the online banking website.',
    ],
    [
      'Retry Later',
      'temporary_issue',
      'After several attempts, we were unable to log into the user account. The user needs to try again later.',
      { retryAfter: WAIT.afterRepeatedAttempts },
    ],
    [
      'Invalid Security Response',
      'mfa_failed',
      'The security answer(s) the user entered are invalid.',
    ],
    [
      'Unknown Challenge Key',
      'mfa_failed',
      'One or more of the Security Challenge Prompts required are missing in the provided response.',
    ],
    [
      'Unauthorized',
      'action_required_at_institution',
      'The institution did not authorize the access of the summary page.',
    ],
    ['Operation Pending', 'in_progress', 'The operation is still processing.'],
    [
      'Operation Dispatched',
      'in_progress',
      'The operation has been dispatched and will be processed soon.',
    ],
    ['Get Statements Complete', 'connected', 'We successfully fetched the PDF statements.'],
    ['Scoring Insight Completed', 'connected', 'We successfully generated the score.'],
    ['Session Nonexistent', 'session_expired', 'The session does not exist.'],
    [
      'Concurrent Session',
      'concurrent_session',
      'Two or more sessions were triggered at the same time.',
    ],
    [
      'Get Details Complete Statements Still Processing',
      'in_progress',
      'Account details was completed. We are still processing the statements.',
    ],
    [
      'Bank Maintenance Retry Later',
      'institution_maintenance',
      'The institution was under maintenance. The user needs to try again later.',
      { retryAfter: WAIT.maintenance },
    ],
    [
      'Ocr Files Uploaded',
      'in_progress',
      'Files was uploaded successfully. We are processing the statements.',
    ],
    [
      'Ocr Integration Started',
      'in_progress',
      'Files was uploaded successfully. We are processing the statements.',
    ],
    [
      'Ocr Files Integration Failure',
      'documents_rejected',
      'One or more files uploaded are rejected or not supported.',
    ],
    [
      'Ocr Completed With Partial Error',
      'documents_rejected',
      'One or more files uploaded are rejected or not supported.',
    ],
  ]),

  // Warnings come with a successful connection: mostly data the borrower can't fix, except where
  // connecting another account, giving consent or closing another window does.
  ...section('client-dashboard-warnings', [
    ['NoAccounts', 'no_eligible_accounts', 'We’re not able to extract the account.'],
    ['NoHolder', 'data_incomplete', 'We’re not able to see the name of the account holder.'],
    ['KycIncomplete', 'data_incomplete', 'KYC information is incomplete.'],
    [
      'NoAddress',
      'data_incomplete',
      'We’re not able to see the address that’s associated with this account.',
    ],
    [
      'AddressIncomplete',
      'data_incomplete',
      'The address that’s associated with the account is missing or incomplete.',
    ],
    [
      'AccountIbvIncomplete',
      'data_incomplete',
      'Some accounts with IBV (instant bank verification) are incomplete.',
    ],
    ['TransactionIncomplete', 'data_incomplete', 'Some transactions are missing details.'],
    [
      'TransactionNull',
      'no_recent_transactions',
      'The account has no transactions that are associated with it.',
    ],
    [
      'AccountNumberIncomplete',
      'data_incomplete',
      'Some account numbers are missing or incomplete.',
    ],
    ['TransactionsWrongOrder', 'data_incomplete', 'The transactions are in the wrong order.'],
    [
      'AccountWithoutUrl',
      'data_incomplete',
      'The account URL is missing from the account details.',
    ],
    ['AccountDuplicate', 'data_incomplete', 'The account number is a duplicate.'],
    ['TransactionDuplicate', 'data_incomplete', 'The transaction is a duplicate.'],
    [
      'ValidateCurrency',
      'data_incomplete',
      'The balance is not a valid value for an amount in this currency.',
    ],
    ['MissingOperationAccounts', 'data_incomplete', 'We’re missing the operations account.'],
    ['NoTransactions', 'no_recent_transactions', 'We’re not seeing a transaction on the account.'],
    ['AccountIbvUnavailable', 'data_incomplete', 'IBV is unavailable for the account.'],
    ['HolderIbvUnavailable', 'data_incomplete', 'IBV is unavailable for the account holder.'],
    ['MissingStatementsPDF', 'data_incomplete', 'Some accounts are missing PDF statements.'],
    ['InvalidEmail', 'data_incomplete', 'The KYC email is invalid.'],
    [
      'NoLastMonthTransaction',
      'no_recent_transactions',
      'Some accounts had no transactions last month.',
    ],
    ['PciNonCompliantCardNumber', 'data_incomplete', 'PCI Non-Compliant card number.'],
    ['DesjardinsMissingConsent', 'consent_required', 'Missing consent for Desjardins.'],
    [
      'TransactionsMisconfigured',
      'data_incomplete',
      'Transactions for this account should not exist because the client used WithTransactions:false.',
    ],
    [
      'WindowInUse',
      'concurrent_session',
      'The same browser window is being requested by two different requestIds.',
    ],
    [
      'NoLast15DaysTransaction',
      'no_recent_transactions',
      'We were not able to locate any transactions within the past 15 days.',
    ],
    [
      'MFAAfterAuthorization',
      'mfa_failed',
      'Certain financial institutions require additional MFA steps after authentication.',
    ],
    [
      'ProductDetailsMissing',
      'data_incomplete',
      'Client has requested product details but we are unable to return any.',
    ],
    [
      'ProductDetailsIncomplete',
      'data_incomplete',
      'Client has requested product details but we are only able to return partial data.',
    ],
    [
      'BalanceMismatch',
      'data_incomplete',
      'The balance in the account summary is different in the balance that’s showing at the end of the last transaction on the account.',
    ],
  ]),

  // Flinks Connect shows its own screen and fires a JS event of the same name for these.
  ...section('connect-events', [
    ['INVALID_USERNAME', 'invalid_credentials', 'Re-enter the username.'],
    ['INVALID_PASSWORD', 'invalid_credentials', 'Re-enter the password.'],
    ['INVALID_LOGIN', 'invalid_credentials', 'Re-enter the credentials.'],
    ['INVALID_SECURITY_RESPONSE', 'mfa_failed', 'Answer the security question again.'],
    [
      'RETRY_LATER',
      'temporary_issue',
      'Try again later.',
      { retryAfter: WAIT.afterRepeatedAttempts },
    ],
    [
      'UNAUTHORIZED',
      'action_required_at_institution',
      'Extra steps are needed on the institution’s website.',
    ],
    [
      'NEW_ACCOUNT',
      'action_required_at_institution',
      'Log in to the institution first, for example to accept its terms.',
    ],
    ['AGGREGATION_ERROR', 'generic_error', 'Retry, then contact support.'],
    [
      'DISABLED_INSTITUTION',
      'institution_outage',
      'Connections to this institution are disabled: use another institution or retry later.',
    ],
    ['DISABLED_LOGIN', 'account_locked', 'Contact the institution to reactivate access.'],
  ]),

  ...section('api-errors', [
    ['SESSION_NONEXISTENT', 'session_expired', 'The session does not exist.'],
    ['SESSION_EXPIRED', 'session_expired', 'The session expired.'],
    ['CONCURRENT_SESSION', 'concurrent_session', 'Two or more sessions were triggered at once.'],
    ['CARD_IN_USE', 'concurrent_session', 'The login is already in use by another session.'],
    ['ACCESS_DENIED', 'access_denied', 'Access to the account information was denied.'],
    ['INVALID_REQUEST', 'generic_error', 'The request was not valid.'],
    [
      'INVALID_SECURITY_RESPONSE_NO_RETRY',
      'mfa_failed',
      'The security answer was invalid and cannot be retried in this session.',
    ],
    ['QUESTION_NOT_FOUND', 'mfa_failed', 'The security question could not be found.'],
    [
      'TOO_MANY_REQUESTS',
      'temporary_issue',
      'Too many requests were made; wait before trying again.',
      { retryAfter: WAIT.fewMinutes },
    ],
    [
      'UNKNOWN_CHALLENGE_KEY',
      'mfa_failed',
      'A required security challenge answer is missing from the response.',
    ],
  ]),
];
