import { DOCUMENTS, type CodeSource } from './source.js';

// Quotes from the document are copied as the scraped text has them (glued words included), with
// line breaks read as single spaces. Quotes from Mastercard's pages are their own lines, verbatim.

const DOC = DOCUMENTS.finicity;
const MASTERCARD_US = 'https://developer.mastercard.com/open-finance-us/documentation';
const MASTERCARD_AU = 'https://developer.mastercard.com/open-finance-au/documentation';

/** A code's own page in Mastercard's US error reference, and the line it says about the code. */
function errorCodePage(code: string, quote: string): CodeSource['source'] {
  return {
    title: `Mastercard Open Finance (US), error code "${code}"`,
    url: `${MASTERCARD_US}/errors/error-codes/${code}/`,
    quote,
  };
}

// Texts the document gives a whole group of codes.
const TEMPORARY_QUOTE =
  'Problem connecting. Please wait a few minutes and try again. Temporary Issue At The FI. Wait and try again. Submit a ticket if the issue persists.';
const BEING_ADDED_QUOTE =
  'This is a new institution connection being created. The customers attempt to add will help move the process along in creating the new connection. If the customer can attempt multiple times to log in that will assist the process further. The customer can try again in a week to see if support has been added.';
const BEING_FIXED_QUOTE =
  'Then wait and try again in a week when we have made further progress. The connection to this financial institution is being fixed. If the customer can make multiple attempts to add it will assist in the fix process.';
const BEING_FIXED_915_QUOTE =
  'Then you may wait and try again in a week when we have made further progress. The connection to this financial institution is being fixed. If the customer can make multiple attempts to add it will assist in the fix process.';
const NOT_SUPPORTED_QUOTE =
  'Your financial institution is currently not supported. Inform your institution they should contact institutions@finicity.com to resolve the issue. There could be multiple reasons that an institution does not support aggregation.';

// Mastercard's lines shared by several codes.
const ACCOUNT_NOT_FOUND =
  "This error occurs when an end user's bank account cannot be found at the financial institution.";
const SECURITY_QUESTIONS =
  'This error occurs when the end user provides inadequate response to security questions while connecting to a financial institution.';
const CONNECTION_NOT_SUPPORTED =
  'This error occurs when the connection to a financial institution is not supported.';
const CONNECTION_DOWN =
  'This error occurs when an existing connection to a financial institution is down and the end user may experience a failed attempt to add their bank accounts.';

const temporary: CodeSource = {
  description:
    'A temporary problem at the bank stopped the connection; waiting a few minutes and trying again usually works.',
  source: { title: DOC, quote: TEMPORARY_QUOTE },
};

const beingAdded: CodeSource = {
  description:
    'Finicity is still building its connection to this bank; sign-in attempts help build it, and support may be ready in about a week.',
  source: { title: DOC, quote: BEING_ADDED_QUOTE },
};

const beingFixedNote =
  'The Connect message for this code repeats the 900-series text ("working to add support"), while the error description says an existing connection is being fixed; we follow the description.';

const beingFixed: CodeSource = {
  description:
    'Finicity is repairing its connection to this bank; sign-in attempts help the fix, and the borrower can try again in about a week.',
  source: { title: DOC, quote: BEING_FIXED_QUOTE },
  note: beingFixedNote,
};

const beingFixed915: CodeSource = {
  description:
    'Finicity is repairing its connection to this bank; sign-in attempts help the fix, and the borrower can try again in about a week.',
  source: { title: DOC, quote: BEING_FIXED_915_QUOTE },
};

const notSupported: CodeSource = {
  description:
    'The bank does not support aggregation through Finicity; the bank would have to contact institutions@finicity.com to become supported.',
  source: { title: DOC, quote: NOT_SUPPORTED_QUOTE },
};

function connectionNotSupported(code: string, note?: string): CodeSource {
  return {
    description: 'Mastercard cannot connect to this bank, or to this kind of access at it.',
    source: errorCodePage(code, CONNECTION_NOT_SUPPORTED),
    ...(note && { note }),
  };
}

function accountNotFound(code: string, note?: string): CodeSource {
  return {
    description: 'The account can no longer be found at the bank under the credentials on file.',
    source: errorCodePage(code, ACCOUNT_NOT_FOUND),
    ...(note && { note }),
  };
}

const interruptedNote =
  'Mastercard files this code under "Existing Connection Interruptions": the aggregator\'s connection to the bank is down, not the borrower\'s access, so reconnecting does not help.';

const stillAggregating: CodeSource = {
  description: 'The account is still being aggregated; its data is not ready yet.',
  source: {
    title: 'Finicity, "API Errors"',
    url: 'https://docs.finicity.com/api-errors/',
    quote: 'The account is currently being aggregated.',
  },
};

/** Where each Finicity code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const FINICITY_SOURCES: Readonly<Record<string, CodeSource>> = {
  // "Aggregation Status Codes"
  '0': {
    description: 'The account is aggregating successfully.',
    source: {
      title: DOC,
      quote: 'An aggregation status code of “0” means the account is aggregating successfully.',
    },
  },

  // "User Action Aggregation Status Codes"
  '103': {
    description:
      'The bank did not accept the username or password: wrong when adding the account, or changed since it was added.',
    source: {
      title: DOC,
      quote:
        'During add account process this means that the customer has entered the wrong credentials On an already added account means that the credentials have changed and need to be updated.',
    },
  },
  '108': {
    description:
      'The bank shows a prompt the borrower must deal with on its website first, such as accepting new terms.',
    source: {
      title: DOC,
      quote:
        'During add account process this means there is a prompt from the financial institution that the customer must solve before they attempt to add accounts again.',
    },
  },
  '109': {
    description:
      'The bank requires the borrower to change their username, password or security details on its website.',
    source: {
      title: DOC,
      quote:
        'During add account process this means the customer must change their username/password or update their security at the FI page.',
    },
  },
  '185': {
    description:
      'During a nightly or background refresh of an added account the bank asked for extra authentication (MFA) that no one was there to answer; it never occurs while adding an account.',
    source: {
      title: DOC,
      quote:
        'During the nightly batch aggregation or during a non-interactive refresh MFA was needed. You will not see this error on the add account process. On an already added account means that the FI is prompting the customer for additional authentication information. There may not be an answer or an incorrect answer stored for the security question.',
    },
  },
  '187': {
    description: 'The answer to the security question was wrong while adding the account.',
    source: {
      title: DOC,
      quote:
        'During add account process this means that the customer has entered the wrong MFA answer. This error only happens during the add account process',
    },
  },
  '913': {
    description: 'The account has been closed at the bank, so its data can no longer be read.',
    source: {
      title: DOC,
      quote:
        'The account has been closed at the financial institution so we can no longer pull data.',
    },
  },
  '914': {
    description:
      'The account can no longer be found at the bank under the current credentials; if the borrower still sees it in online banking, the lender should raise a support ticket with Finicity.',
    source: {
      title: DOC,
      quote:
        'The account can no longer be located at the financial institution under the current set of credentials. Customer should log into their banks website and see if the account is available through their online banking portal. If it is submit a support ticket.',
    },
    note: "The support ticket is for the lender (Finicity's client) to submit once the borrower has confirmed the account is visible in online banking; the borrower cannot file it.",
  },
  '931': {
    description:
      'The bank asks for a one-time passcode every time the data is refreshed, so the borrower has to enter a new code each time.',
    source: {
      title: DOC,
      quote:
        'The bank requires a one time passcode every time the customer wants their financial information refreshed.',
    },
  },
  '936': {
    description:
      "The borrower's online banking is set to a language other than English, which this bank's connection does not support; it must be set to English and stay so.",
    source: {
      title: DOC,
      quote:
        'The customer has a language preference other than English. This could potentially cause issues with the integration for this specific institution. Have the customer change their language preferences to English for their accounts in order to get the best experience.',
    },
    note: 'The document asks for the change "for their accounts", a lasting setting: switching back after connecting would break the later refreshes.',
  },

  // "Institution Outage or Maintenance Aggregation Status Codes"
  '102': temporary,
  '320': temporary,
  '580': temporary,
  '900': {
    description:
      'Finicity is still building its connection to this bank; sign-in attempts help build it, and support may be ready in about a week.',
    source: {
      title: DOC,
      quote:
        'This is a new institution connection being created. The customers attempt to add will help move the process along in creating the new connection. The customer can try again in a week to see if support has been added.',
    },
  },
  '901': beingAdded,
  '903': beingAdded,
  '904': beingAdded,
  '905': beingFixed,
  '906': beingFixed,
  '907': beingFixed,
  '910': {
    description:
      'The connection to this bank is down and being worked on; the Connect message says to try again in 3 to 5 days.',
    source: {
      title: DOC,
      quote:
        'Problem connecting to your institution. The problem is being worked on, so please try back in 3 to 5 days The connection is currently down and being worked on.',
    },
  },
  '915': beingFixed915,
  '916': beingFixed915,
  '920': notSupported,
  '921': notSupported,
  '922': notSupported,
  '923': notSupported,
  '924': notSupported,
  '925': notSupported,
  '926': notSupported,
  '927': notSupported,
  '928': notSupported,
  '929': notSupported,

  // Codes Finicity (Mastercard) documents beyond the document
  '945': {
    description:
      'The bank connection was migrated from a legacy (credential) connection to OAuth, so the borrower must give consent again through the connect flow.',
    source: errorCodePage(
      '945',
      'This error occurs when an account is migrated from a legacy or a non-OAuth-based connection to an OAuth connection and requires customer to provide their consent again.',
    ),
    note: 'Not a request to re-enter credentials, as summaries had it: the fix is a new OAuth consent; Mastercard lists 945 among the codes Data Connect Fix can normally resolve.',
  },
  '946': accountNotFound(
    '946',
    'Mastercard lists 946 among the codes Data Connect Fix can normally resolve: the fix flow is a reconnection, so the borrower is asked to reconnect rather than to choose another account.',
  ),
  '947': {
    description:
      "The access token for the borrower's account has expired or is invalid, so the borrower must authorize access again.",
    source: errorCodePage(
      '947',
      'This error occurs when the token associated with the end user account has expired or is invalid.',
    ),
    note: 'Not a request to re-enter credentials, as summaries had it: the token (OAuth access) must be renewed by reconnecting.',
  },
  '948': {
    description:
      "Mastercard moved the borrower's accounts from a legacy connection to the bank's new OAuth connection; the borrower must authenticate again with the new method.",
    source: {
      title: 'Mastercard Open Finance (US), "Migrate Customers"',
      url: `${MASTERCARD_US}/financial-institution/oauth-connections/migration-customers/`,
      quote:
        'The aggregation status code of the account is set to code 948. Use this status coded to prompt the customer to authenticate their accounts using the new OAuth method.',
    },
  },
  '909': accountNotFound(
    '909',
    'Mastercard files 909 under the remediation category "Retry Later", unlike the other account-not-found codes ("Verify Account or Data State"), so it reads as a passing problem: try again later. Its page gives no waiting time, so none is shown.',
  ),
  '952': accountNotFound('952'),
  '955': {
    description: 'The account can no longer be found at the bank under the credentials on file.',
    source: {
      title: 'Mastercard Open Finance (US), "Account Not Found Errors"',
      url: `${MASTERCARD_US}/errors/accounterrors/account-not-found/909-913-914-946-952/`,
      quote:
        "These errors occur when an end user's bank account cannot be found at the financial institution.",
    },
    note: 'Found only in the group page that lists 955; no page of its own was found.',
  },
  '38003': accountNotFound(
    '38003',
    'Mastercard\'s OpenAPI also returns 38003 to API calls naming an account the customer does not have ("customer does not have given account", "Customer does not have any accounts"), a request-side mismatch rather than anything at the bank.',
  ),
  '38006': accountNotFound('38006'),
  '974': {
    description: "The borrower's connect session expired or timed out; it has to be started again.",
    source: errorCodePage(
      '974',
      'This error occurs when the end user session has either expired or timed out.',
    ),
  },
  '1408': {
    description:
      'The connection to this bank is interrupted for a while, for example during the bank\'s planned maintenance ("Connect timeout error").',
    source: {
      title: 'Mastercard Open Finance (US), "1408" (institution errors)',
      url: `${MASTERCARD_US}/errors/institutionerrors/1408/`,
      quote:
        'This error occurs when connection to a specific financial institution is interrupted temporarily.',
    },
    note: 'Mastercard also publishes a second 1408 page (error-codes/1408-expiredsession) saying the end user session expired or timed out. The institution page, and its Australian twin\'s Data Connect alert ("a temporary server issue with the financial institution during a planned server/website maintenance") and message ("Connect timeout error."), describe the bank side, so we read 1408 as a temporary interruption at the bank, not an expired session.',
  },
  '938': {
    description:
      'The answer to a security question was missing or not accepted while connecting to the bank.',
    source: errorCodePage('938', SECURITY_QUESTIONS),
  },
  '10814': {
    description:
      'The answer to a security question was missing or not accepted while connecting to the bank.',
    source: errorCodePage('10814', SECURITY_QUESTIONS),
  },
  '950': connectionNotSupported(
    '950',
    'Mastercard files 950 under the remediation category "Invalid Input"; the page gives no further reason.',
  ),
  '960': connectionNotSupported(
    '960',
    'Mastercard\'s OpenAPI also uses 960 for a statement that was not found ("statement not found."), so in a statements response it means a missing document, not an unsupported bank.',
  ),
  '972': connectionNotSupported('972'),
  '973': {
    description:
      "The bank does not authorize this user for the requested data or for online access, for security reasons; Mastercard's remedy is to authenticate again.",
    source: errorCodePage(
      '973',
      'The user is not authorized for the requested resource or online access.',
    ),
    note: 'The page opens with the generic "connection to a financial institution is not supported" line, but its error message, cause ("the end user is not authorized to access their accounts due to security reasons") and remediation category ("Re-Authenticate or Provide Additional Information") describe refused access, not an unsupported bank.',
  },
  '975': {
    description:
      'The bank has blocked access to the account data for this user for security reasons; the borrower must contact the bank.',
    source: errorCodePage(
      '975',
      'Bank has blocked access to resources for the user concerning security reasons. Please contact your Bank.',
    ),
    note: 'The page opens with the generic "connection to a financial institution is not supported" line, but its error message describes the bank blocking access, not an unsupported bank.',
  },
  '976': connectionNotSupported('976'),
  '2032': {
    description: 'Mastercard cannot connect to this bank, or to this kind of access at it.',
    source: {
      title: 'Mastercard Open Finance (AU), "Connection Not Supported"',
      url: `${MASTERCARD_AU}/errors/institutionerrors/connection-not-supported/`,
      quote: 'These errors occur when the connection to a financial institution is not supported.',
    },
    note: 'Found only in the Australian group page that lists 2032; no US page of its own was found.',
  },
  '4041': connectionNotSupported(
    '4041',
    'Mastercard\'s OpenAPI also shows 4041 as a Connect Components error, "The requested entity was not found" (not recoverable), which reads as a request-side lookup failure.',
  ),
  '14020': {
    description:
      'Mastercard\'s code both for a connection it does not support and, in its API, for a malformed request ("Bad request.").',
    source: errorCodePage('14020', CONNECTION_NOT_SUPPORTED),
    note: 'Mastercard\'s OpenAPI uses 14020 far more often for a malformed request ("Bad request.", HTTP 400), the lender\'s integration error. Given alone, the code is read that way: sending the borrower to another bank for the lender\'s malformed request would be wrong, while "get help" is right either way.',
  },
  '101': {
    description:
      "The aggregator's existing connection to this bank is down, so adding or refreshing accounts fails for now; it is not the borrower's connection that expired.",
    source: errorCodePage('101', CONNECTION_DOWN),
    note: interruptedNote,
  },
  '104': {
    description:
      "The aggregator's existing connection to this bank is down, so adding or refreshing accounts fails for now; it is not the borrower's connection that expired.",
    source: errorCodePage('104', CONNECTION_DOWN),
    note: interruptedNote,
  },
  '105': {
    description:
      "The aggregator's existing connection to this bank is down, so adding or refreshing accounts fails for now; it is not the borrower's connection that expired.",
    source: {
      title: 'Mastercard Open Finance (AU), "Existing Connection Interruptions"',
      url: `${MASTERCARD_AU}/errors/institutionerrors/connection-interrupt/existing-connection-interruptions/`,
      quote:
        'The following errors occur when existing connection to a financial institution is down and the end user may experience failed attempt to add their bank accounts.',
    },
    note: `${interruptedNote} Found only in the Australian group page that lists 105; no US page of its own was found.`,
  },
  '325': stillAggregating,
  '5006': stillAggregating,
  '44000': {
    description: 'The request was accepted and is being processed.',
    source: {
      title: 'Mastercard Open Finance (US), API specification, "Refresh status" example',
      url: 'https://github.com/Mastercard/open-banking-us-openapi/blob/737832ceab87ede731d2f598b782f31b69c46336/openbanking-us.yaml#L34740-L34759',
      quote: 'The request has been accepted for processing.',
    },
    note: 'Only an example response gives this code, with this message; no page of its own was found.',
  },
};
