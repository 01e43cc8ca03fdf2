// The provider's own words for each code in flinks.ts, kept apart so that `resolve` ships
// without them: only `listCodes` (bank-connect-error/catalog) loads this file.

/** Flinks' description of each code (developer-facing; only `listCodes` loads these). */
export const FLINKS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  OK: 'Settings applied; returns the updated resource.',
  CREATED: 'The request has been fulfilled and a new resource has been created.',
  OPERATION_PENDING:
    'The process is ongoing in the background. At this point your flow must change to the async endpoint.',
  OPERATION_DISPATCHED:
    'Your sync request took more than 210 seconds and it was dispatched in the background.',
  'Answering Security Challenge': 'The user is answering the security questions.',
  'Partially Completed':
    'Account summary was completed. We are still processing the account details.',
  'Session Expired': 'The user’s session expired.',
  Completed: 'The request was completed successfully.',
  'Invalid Password': 'The request was completed successfully.',
  'Invalid Username': 'The user entered an invalid username.',
  'Not Completed': 'The request was not completed.',
  'Invalid Login': 'The credentials the user provided were incorrect.',
  'New Account':
    'The user needs to perform an action on the online banking site and try again later.',
  'Disabled Login':
    'The user account is locked out. The user needs to reset his password directly on the online banking website.',
  'Retry Later':
    'After several attempts, we were unable to log into the user account. The user needs to try again later.',
  'Invalid Security Response': 'The security answer(s) the user entered are invalid.',
  'Unknown Challenge Key':
    'One or more of the Security Challenge Prompts required are missing in the provided response.',
  Unauthorized: 'The institution did not authorize the access of the summary page.',
  'Operation Pending': 'The operation is still processing.',
  'Operation Dispatched': 'The operation has been dispatched and will be processed soon.',
  'Get Statements Complete': 'We successfully fetched the PDF statements.',
  'Scoring Insight Completed': 'We successfully generated the score.',
  'Session Nonexistent': 'The session does not exist.',
  'Concurrent Session': 'Two or more sessions were triggered at the same time.',
  'Get Details Complete Statements Still Processing':
    'Account details was completed. We are still processing the statements.',
  'Bank Maintenance Retry Later':
    'The institution was under maintenance. The user needs to try again later.',
  'Ocr Files Uploaded': 'Files was uploaded successfully. We are processing the statements.',
  'Ocr Integration Started': 'Files was uploaded successfully. We are processing the statements.',
  'Ocr Files Integration Failure': 'One or more files uploaded are rejected or not supported.',
  'Ocr Completed With Partial Error': 'One or more files uploaded are rejected or not supported.',
  NoAccounts: 'We’re not able to extract the account.',
  NoHolder: 'We’re not able to see the name of the account holder.',
  KycIncomplete: 'KYC information is incomplete.',
  NoAddress: 'We’re not able to see the address that’s associated with this account.',
  AddressIncomplete: 'The address that’s associated with the account is missing or incomplete.',
  AccountIbvIncomplete: 'Some accounts with IBV (instant bank verification) are incomplete.',
  TransactionIncomplete: 'Some transactions are missing details.',
  TransactionNull: 'The account has no transactions that are associated with it.',
  AccountNumberIncomplete: 'Some account numbers are missing or incomplete.',
  TransactionsWrongOrder: 'The transactions are in the wrong order.',
  AccountWithoutUrl: 'The account URL is missing from the account details.',
  AccountDuplicate: 'The account number is a duplicate.',
  TransactionDuplicate: 'The transaction is a duplicate.',
  ValidateCurrency: 'The balance is not a valid value for an amount in this currency.',
  MissingOperationAccounts: 'We’re missing the operations account.',
  NoTransactions: 'We’re not seeing a transaction on the account.',
  AccountIbvUnavailable: 'IBV is unavailable for the account.',
  HolderIbvUnavailable: 'IBV is unavailable for the account holder.',
  MissingStatementsPDF: 'Some accounts are missing PDF statements.',
  InvalidEmail: 'The KYC email is invalid.',
  NoLastMonthTransaction: 'Some accounts had no transactions last month.',
  PciNonCompliantCardNumber: 'PCI Non-Compliant card number.',
  DesjardinsMissingConsent: 'Missing consent for Desjardins.',
  TransactionsMisconfigured:
    'Transactions for this account should not exist because the client used WithTransactions:false.',
  WindowInUse: 'The same browser window is being requested by two different requestIds.',
  NoLast15DaysTransaction: 'We were not able to locate any transactions within the past 15 days.',
  MFAAfterAuthorization:
    'Certain financial institutions require additional MFA steps after authentication.',
  ProductDetailsMissing: 'Client has requested product details but we are unable to return any.',
  ProductDetailsIncomplete:
    'Client has requested product details but we are only able to return partial data.',
  BalanceMismatch:
    'The balance in the account summary is different in the balance that’s showing at the end of the last transaction on the account.',
  INVALID_USERNAME: 'Re-enter the username.',
  INVALID_PASSWORD: 'Re-enter the password.',
  INVALID_LOGIN: 'Re-enter the credentials.',
  INVALID_SECURITY_RESPONSE: 'Answer the security question again.',
  RETRY_LATER: 'Try again later.',
  UNAUTHORIZED: 'Extra steps are needed on the institution’s website.',
  NEW_ACCOUNT: 'Log in to the institution first, for example to accept its terms.',
  AGGREGATION_ERROR: 'Retry, then contact support.',
  DISABLED_INSTITUTION:
    'Connections to this institution are disabled: use another institution or retry later.',
  DISABLED_LOGIN: 'Contact the institution to reactivate access.',
  SESSION_NONEXISTENT: 'The session does not exist.',
  SESSION_EXPIRED: 'The session expired.',
  CONCURRENT_SESSION: 'Two or more sessions were triggered at once.',
  CARD_IN_USE: 'The login is already in use by another session.',
  ACCESS_DENIED: 'Access to the account information was denied.',
  INVALID_REQUEST: 'The request was not valid.',
  INVALID_SECURITY_RESPONSE_NO_RETRY:
    'The security answer was invalid and cannot be retried in this session.',
  QUESTION_NOT_FOUND: 'The security question could not be found.',
  TOO_MANY_REQUESTS: 'Too many requests were made; wait before trying again.',
  UNKNOWN_CHALLENGE_KEY: 'A required security challenge answer is missing from the response.',
};
