// The provider's own words for each code in finicity.ts, kept apart so that `resolve` ships
// without them: only `listCodes` (bank-connect-error/catalog) loads this file.

// Texts Finicity gives a whole group of codes.
const TEMPORARY = 'Temporary issue at the FI. Wait and try again.';
const BEING_ADDED =
  'This is a new institution connection being created. The customer can try again in a week to see if support has been added.';
const BEING_FIXED =
  'The connection to this financial institution is being fixed. If the customer can make multiple attempts to add it will assist in the fix process.';
const NOT_SUPPORTED =
  'The institution does not support aggregation; it should contact institutions@finicity.com.';
const REENTER = 'The customer must re-enter credentials.';
const NOT_FOUND = 'Account not found.';
const EXPIRED = 'The session expired.';
const SECURITY_ANSWER = 'The security question answer was not accepted.';
const CONNECTION_NOT_SUPPORTED = 'This connection is not supported.';
const INTERRUPTED = 'An existing connection was interrupted; the customer must reconnect.';

/** Finicity's error description of each code (developer-facing; only `listCodes` loads these). */
export const FINICITY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '0': 'The account is aggregating successfully.',
  '103':
    'During add account the customer entered the wrong credentials; on an added account the credentials have changed and need to be updated.',
  '108':
    'There is a prompt from the financial institution the customer must solve, such as accepting new terms.',
  '109':
    'The customer must change their username/password or update their security at the FI page.',
  '185':
    'During a non-interactive refresh MFA was needed: the FI is prompting the customer for additional authentication.',
  '187': 'During add account the customer entered the wrong MFA answer.',
  '913': 'The account has been closed at the financial institution so we can no longer pull data.',
  '914':
    'The account can no longer be located at the financial institution under the current set of credentials.',
  '931':
    'The bank requires a one time passcode every time the customer wants their financial information refreshed.',
  '936':
    'The customer has a language preference other than English at the institution; they should change it to English.',
  '102': TEMPORARY,
  '320': TEMPORARY,
  '580': TEMPORARY,
  '900': BEING_ADDED,
  '901': BEING_ADDED,
  '903': BEING_ADDED,
  '904': BEING_ADDED,
  '905': BEING_FIXED,
  '906': BEING_FIXED,
  '907': BEING_FIXED,
  '915': BEING_FIXED,
  '916': BEING_FIXED,
  '910': 'The connection is currently down and being worked on.',
  '920': NOT_SUPPORTED,
  '921': NOT_SUPPORTED,
  '922': NOT_SUPPORTED,
  '923': NOT_SUPPORTED,
  '924': NOT_SUPPORTED,
  '925': NOT_SUPPORTED,
  '926': NOT_SUPPORTED,
  '927': NOT_SUPPORTED,
  '928': NOT_SUPPORTED,
  '929': NOT_SUPPORTED,
  '945': REENTER,
  '947': REENTER,
  '948': 'The connection was upgraded; the customer must re-authorize.',
  '909': NOT_FOUND,
  '946': NOT_FOUND,
  '952': NOT_FOUND,
  '955': NOT_FOUND,
  '38003': NOT_FOUND,
  '38006': NOT_FOUND,
  '974': EXPIRED,
  '1408': EXPIRED,
  '938': SECURITY_ANSWER,
  '10814': SECURITY_ANSWER,
  '950': CONNECTION_NOT_SUPPORTED,
  '960': CONNECTION_NOT_SUPPORTED,
  '972': CONNECTION_NOT_SUPPORTED,
  '973': CONNECTION_NOT_SUPPORTED,
  '975': CONNECTION_NOT_SUPPORTED,
  '976': CONNECTION_NOT_SUPPORTED,
  '2032': CONNECTION_NOT_SUPPORTED,
  '4041': CONNECTION_NOT_SUPPORTED,
  '14020': CONNECTION_NOT_SUPPORTED,
  '101': INTERRUPTED,
  '104': INTERRUPTED,
  '105': INTERRUPTED,
};
