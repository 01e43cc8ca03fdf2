import { DOCUMENTS, type CodeSource } from './source.js';

// Flinks pages beyond the document in test/fixtures/provider-docs, for the codes it leaves out.
const HANDLED_ERRORS = {
  title: 'Flinks, "Handled Errors"',
  url: 'https://docs.flinks.com/guides/connect/flinks-connect/handled-errors',
} as const;
const ERROR_CODES = {
  title: 'Flinks, "Error Codes"',
  url: 'https://docs.flinks.com/api/authorize/error-codes',
} as const;
const EARLIER_ERROR_CODES = {
  title: 'Flinks, "Error Codes" (earlier API reference)',
  url: 'https://docs.flinks.com/reference/error-codes',
} as const;

/** Where each Flinks code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const FLINKS_SOURCES: Readonly<Record<string, CodeSource>> = {
  // "API error codes"
  OK: {
    description: 'The API request succeeded and returned the updated resource.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'Settings applied; returns the updated resource. Reproduced by completing a successful request.',
    },
  },
  CREATED: {
    description: 'The API request succeeded and created a new resource.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'The request has been fulfilled and a new resource has been created. Reproduced by completing a successful request.',
    },
  },
  OPERATION_PENDING: {
    description:
      'The request is still being processed in the background; the integration must poll the async endpoint for the result.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'The process is ongoing in the background. At this point your flow must change to the async endpoint. Reproduced by performing a cached flow immediately after Authorizing a new account.',
    },
  },
  OPERATION_DISPATCHED: {
    description:
      'A live request ran longer than 210 seconds and was moved to background processing; it is still in progress.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'Your sync request took more than 210 seconds and it was dispatched in the background. Reproduced by having a live request to gather GetAccountDetails in more than 210 seconds.',
    },
    note: 'The 210 seconds is how long the request had already run, not a time to wait before retrying.',
  },

  // "Errors in the Client Dashboard"
  'Answering Security Challenge': {
    description:
      'The borrower is answering the bank’s security questions; the connection is in progress.',
    source: { title: DOCUMENTS.flinks, quote: 'The user is answering the security questions.' },
  },
  'Partially Completed': {
    description: 'The account summary is done and the account details are still being processed.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Account summary was completed. We are still processing the account details.',
    },
  },
  'Session Expired': {
    description: 'The borrower’s session expired before the connection finished.',
    source: { title: DOCUMENTS.flinks, quote: 'The user’s session expired.' },
  },
  Completed: {
    description: 'The request completed successfully.',
    source: { title: DOCUMENTS.flinks, quote: 'The request was completed successfully.' },
  },
  'Invalid Password': {
    description: 'The bank did not accept the password the borrower entered.',
    source: { title: DOCUMENTS.flinks, quote: 'The request was completed successfully.' },
    note: 'Flinks’ table gives this row the text of "Completed", an evident copy error. We follow the code’s name and Flinks’ "Handled Errors" page, which says of INVALID_PASSWORD: "The password provided was different from what the bank expected."',
  },
  'Invalid Username': {
    description: 'The bank did not accept the username the borrower entered.',
    source: { title: DOCUMENTS.flinks, quote: 'The user entered an invalid username.' },
  },
  'Not Completed': {
    description: 'The connection request was not completed.',
    source: { title: DOCUMENTS.flinks, quote: 'The request was not completed.' },
  },
  'Invalid Login': {
    description: 'The bank did not accept the username and password the borrower entered.',
    source: { title: DOCUMENTS.flinks, quote: 'The credentials the user provided were incorrect.' },
    note: 'Flinks’ API error page also returns INVALID_LOGIN for a LoginId that does not exist ("The provided LoginId is invalid."), which is the integration’s fault, not the borrower’s; only the credentials meaning is catalogued.',
  },
  'New Account': {
    description:
      'The bank needs the borrower to finish a step on its online-banking site (for example accepting new terms) before connecting.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The user needs to perform an action on the online banking site and try again later.',
    },
  },
  'Disabled Login': {
    description:
      'The borrower’s online-banking login is locked; the password must be reset on the bank’s website.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'The user account is locked out. The user needs to reset his password directly on the online banking website.',
    },
  },
  'Retry Later': {
    description:
      'Flinks could not open a connection to the bank and log in after several attempts; the borrower should try again later.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'After several attempts, we were unable to log into the user account. The user needs to try again later.',
    },
    note: 'Flinks states no waiting time for this code, here or on its "Handled Errors" page ("Customer should try again later.").',
  },
  'Invalid Security Response': {
    description: 'The answer to the bank’s security question was wrong.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The security answer(s) the user entered are invalid.',
    },
  },
  'Unknown Challenge Key': {
    description:
      'The request that answered the bank’s security challenge did not answer the prompts the bank asked, so the challenge failed.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'One or more of the Security Challenge Prompts required are missing in the provided response.',
    },
    note: 'Flinks’ API error page says the /Authorize request "contain an answer to the wrong MFA prompt": the request carrying the answers is at fault, not the borrower’s answer.',
  },
  Unauthorized: {
    description:
      'The bank did not let Flinks reach the account summary; the borrower may need to complete a step on the bank’s website.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The institution did not authorize the access of the summary page.',
    },
    note: 'Flinks also sends UNAUTHORIZED with HTTP 401 and the message "You must provide a valid auth key" when the lender’s secret key is wrong (Flinks, "Authentication Troubleshooting"): that is an integration error, told apart by its message.',
  },
  'Get Statements Complete': {
    description: 'Flinks fetched the account’s PDF statements.',
    source: { title: DOCUMENTS.flinks, quote: 'We successfully fetched the PDF statements.' },
  },
  'Scoring Insight Completed': {
    description: 'Flinks generated the score for the connection.',
    source: { title: DOCUMENTS.flinks, quote: 'We successfully generated the score.' },
  },
  'Session Nonexistent': {
    description: 'The request named a session (RequestId) that does not exist or has expired.',
    source: { title: DOCUMENTS.flinks, quote: 'The session does not exist.' },
  },
  'Concurrent Session': {
    description: 'Two or more sessions for the same connection were started at the same time.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Two or more sessions were triggered at the same time.',
    },
  },
  'Get Details Complete Statements Still Processing': {
    description: 'The account details are done and the statements are still being processed.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Account details was completed. We are still processing the statements.',
    },
  },
  'Bank Maintenance Retry Later': {
    description: 'The bank was under maintenance; the borrower should try again later.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The institution was under maintenance. The user needs to try again later.',
    },
    note: 'Flinks states no length for the maintenance and no waiting time.',
  },
  'Ocr Files Uploaded': {
    description: 'The borrower’s statement files were uploaded and are being processed.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Files was uploaded successfully. We are processing the statements.',
    },
  },
  'Ocr Integration Started': {
    description: 'Processing of the uploaded statement files has started.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Files was uploaded successfully. We are processing the statements.',
    },
    note: 'Flinks gives this code the same text as "Ocr Files Uploaded": both mean the uploaded statements are still being processed.',
  },
  'Ocr Files Integration Failure': {
    description: 'One or more uploaded statement files were rejected or are not supported.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'One or more files uploaded are rejected or not supported. Click on the request for more details.',
    },
  },
  'Ocr Completed With Partial Error': {
    description:
      'Processing of the uploaded statements finished, but one or more files were rejected or are not supported.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'One or more files uploaded are rejected or not supported. Click on the request for more details.',
    },
    note: 'Flinks gives this code the same text as "Ocr Files Integration Failure"; the name says processing completed with only some files rejected.',
  },

  // "Warnings in the Client Dashboard": each comes with a successful connection.
  NoAccounts: {
    description: 'Flinks could not extract an account from the connection.',
    source: { title: DOCUMENTS.flinks, quote: 'We’re not able to extract the account' },
  },
  NoHolder: {
    description: 'The account holder’s name could not be read.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'We’re not able to see the name of the account holder',
    },
  },
  KycIncomplete: {
    description: 'The account holder’s identity (KYC) details are incomplete.',
    source: { title: DOCUMENTS.flinks, quote: 'KYC information is incomplete' },
  },
  NoAddress: {
    description: 'The address associated with the account could not be read.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'We’re not able to see the address that’s associated with this account',
    },
  },
  AddressIncomplete: {
    description: 'The address associated with the account is missing or incomplete.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The address that’s associated with the account is missing or incomplete',
    },
  },
  AccountIbvIncomplete: {
    description: 'Some accounts’ instant bank verification (IBV) data is incomplete.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Some accounts with IBV (instant bank verification) are incomplete',
    },
  },
  TransactionIncomplete: {
    description: 'Some transactions are missing details.',
    source: { title: DOCUMENTS.flinks, quote: 'Some transactions are missing details' },
  },
  TransactionNull: {
    description: 'The account has no transactions.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The account has no transactions that are associated with it',
    },
  },
  AccountNumberIncomplete: {
    description: 'Some account numbers are missing or incomplete.',
    source: { title: DOCUMENTS.flinks, quote: 'Some account numbers are missing or incomplete' },
  },
  TransactionsWrongOrder: {
    description: 'The transactions came back in the wrong order.',
    source: { title: DOCUMENTS.flinks, quote: 'The transactions are in the wrong order' },
  },
  AccountWithoutUrl: {
    description: 'The account details do not include the account URL.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The account URL is missing from the account details',
    },
  },
  AccountDuplicate: {
    description: 'An account number appears more than once.',
    source: { title: DOCUMENTS.flinks, quote: 'The account number is a duplicate' },
  },
  TransactionDuplicate: {
    description: 'A transaction appears more than once.',
    source: { title: DOCUMENTS.flinks, quote: 'The transaction is a duplicate' },
  },
  ValidateCurrency: {
    description: 'A balance is not a valid amount in the account’s currency.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The balance is not a valid value for an amount in this currency',
    },
  },
  MissingOperationAccounts: {
    description: 'The connection did not include the operations account.',
    source: { title: DOCUMENTS.flinks, quote: 'We’re missing the operations account' },
    note: 'Flinks does not define "operations account" here; we read it as the borrower’s everyday (chequing) account, where pay comes in and bills go out, and ask for that account as we do when an account shows no activity.',
  },
  NoTransactions: {
    description: 'No transaction was found on the account.',
    source: { title: DOCUMENTS.flinks, quote: 'We’re not seeing a transaction on the account' },
  },
  AccountIbvUnavailable: {
    description: 'Instant bank verification (IBV) is unavailable for the account.',
    source: { title: DOCUMENTS.flinks, quote: 'IBV is unavailable for the account' },
  },
  HolderIbvUnavailable: {
    description: 'Instant bank verification (IBV) is unavailable for the account holder.',
    source: { title: DOCUMENTS.flinks, quote: 'IBV is unavailable for the account holder' },
  },
  MissingStatementsPDF: {
    description: 'Some accounts have no PDF statements.',
    source: { title: DOCUMENTS.flinks, quote: 'Some accounts are missing PDF statements' },
  },
  InvalidEmail: {
    description: 'The email address in the account holder’s identity (KYC) details is invalid.',
    source: { title: DOCUMENTS.flinks, quote: 'The KYC email is invalid' },
  },
  NoLastMonthTransaction: {
    description: 'Some accounts had no transactions last month.',
    source: { title: DOCUMENTS.flinks, quote: 'Some accounts had no transactions last month' },
  },
  PciNonCompliantCardNumber: {
    description: 'A card number in the data is not PCI-compliant.',
    source: { title: DOCUMENTS.flinks, quote: 'PCI Non-Compliant card number' },
  },
  DesjardinsMissingConsent: {
    description: 'The consent Desjardins requires for sharing the account data is missing.',
    source: { title: DOCUMENTS.flinks, quote: 'Missing consent for Desjardins' },
  },
  TransactionsMisconfigured: {
    description:
      'Transactions were returned although the lender’s request set WithTransactions:false.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'Transactions for this account should not exist because the client used WithTransactions:false',
    },
  },
  WindowInUse: {
    description: 'The same browser window was used by two different Flinks requests (RequestIds).',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'The same browser window is being requested by two different requestIds',
    },
    note: 'The text speaks of one window used by two requests, not of a second window or tab, and the warning comes with a successful connection.',
  },
  NoLast15DaysTransaction: {
    description: 'No transaction was found in the past 15 days.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'We were not able to locate any transactions within the past 15 days',
    },
  },
  MFAAfterAuthorization: {
    description:
      'The bank requires further multi-factor authentication steps after the borrower signed in.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Certain financial institutions require additional MFA steps after authentication',
    },
    note: 'A warning that comes with a successful connection, not a failed security step.',
  },
  ProductDetailsMissing: {
    description: 'Product details were requested but none could be returned.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Client has requested product details but we are unable to return any',
    },
  },
  ProductDetailsIncomplete: {
    description: 'Product details were requested but only part of them could be returned.',
    source: {
      title: DOCUMENTS.flinks,
      quote: 'Client has requested product details but we are only able to return partial data',
    },
  },
  BalanceMismatch: {
    description:
      'The balance in the account summary differs from the balance after the account’s last transaction.',
    source: {
      title: DOCUMENTS.flinks,
      quote:
        'The balance in the account summary is different in the balance that’s showing at the end of the last transaction on the account',
    },
  },

  // Flinks Connect events, beyond the document.
  AGGREGATION_ERROR: {
    description: 'Flinks hit an unexpected error while processing the connection.',
    source: {
      ...HANDLED_ERRORS,
      quote: 'Flinks encountered an unexpected error during processing.',
    },
  },
  DISABLED_INSTITUTION: {
    description:
      'Flinks has made the selected bank unavailable for now; the borrower can choose another bank or try again later.',
    source: {
      ...HANDLED_ERRORS,
      quote: 'The selected financial institution is not currently available.',
    },
  },

  // API errors, beyond the document.
  CARD_IN_USE: {
    description:
      'An operation (for example /DeleteCard) was requested while Flinks was still processing the same login.',
    source: {
      ...ERROR_CODES,
      quote:
        'An operation was requested while the account is still being processed. Reproduced by calling the DeleteCard endpoint immediately after Authorizing a new account.',
    },
    note: 'The login (card) is busy with an earlier operation; the source says nothing of a second window or tab.',
  },
  ACCESS_DENIED: {
    description:
      'A call to Flinks’ Authorize endpoint was refused because the integration’s authentication credentials were missing or invalid.',
    source: {
      ...ERROR_CODES,
      quote:
        'Authentication was unsuccessful. Reproduced by calling the Authorize endpoint without having valid authentication credentials.',
    },
    note: 'The reproduction step points to the lender’s API credentials, not to a bank refusing access; a borrower’s wrong username or password is INVALID_LOGIN.',
  },
  INVALID_REQUEST: {
    description:
      'The request sent to Flinks was malformed: credentials were missing or incomplete, or its syntax was wrong.',
    source: {
      ...ERROR_CODES,
      quote:
        'Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma). Reproduced by making a typo, removing a comma, etc. while making an input.',
    },
    note: 'A fault in the request the integration built, not something the borrower or the bank did.',
  },
  INVALID_SECURITY_RESPONSE_NO_RETRY: {
    description:
      'The borrower’s security answers were wrong or incomplete and Flinks allows no further attempt.',
    source: {
      ...EARLIER_ERROR_CODES,
      quote: 'The user has provided incorrect or incomplete MFA answers and cannot retry',
    },
    note: 'Only Flinks’ earlier API reference lists this code; its current "Error Codes" page gives the same sentence to INVALID_SECURITY_RESPONSE. Since the borrower "cannot retry", the element offers another way to verify and help, never Try again.',
  },
  QUESTION_NOT_FOUND: {
    description: 'Flinks has no stored answer for the security question the bank asked.',
    source: { ...ERROR_CODES, quote: 'The MFA prompt doesn’t have a stored answer.' },
  },
  TOO_MANY_REQUESTS: {
    description: 'The Flinks endpoint received too many requests in a short time (rate limiting).',
    source: {
      ...ERROR_CODES,
      quote: 'The endpoint has received too many requests in a given amount of time.',
    },
    note: 'Flinks states neither the limit nor how long to wait.',
  },
};
