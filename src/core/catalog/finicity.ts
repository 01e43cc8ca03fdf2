import { section, WAIT, type Row } from './entry.js';
import type { Reason } from '../vocabulary.js';

/** Finicity documents some codes as a group or a range; each code still gets its own row. */
function group(codes: readonly number[], reason: Reason, extras?: Row[2]): Row[] {
  return codes.map((code): Row => [String(code), reason, extras]);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Finicity (Mastercard Open Banking), "Aggregation Status Codes", then the further codes Finicity
 * documents elsewhere.
 */
export const FINICITY = [
  ...section('aggregation-status', [['0', 'connected']]),

  ...section('user-action', [
    ['103', 'invalid_credentials'],
    ['108', 'action_required_at_institution'],
    ['109', 'credentials_update_required'],
    // On an added account: answer the security question again, through a reconnection.
    ['185', 'mfa_failed', { actions: ['reconnect', 'contact_support'] }],
    ['187', 'mfa_failed'],
    ['913', 'account_unavailable'],
    ['914', 'account_unavailable'],
    ['931', 'one_time_passcode_required'],
    ['936', 'language_not_supported'],
  ]),

  ...section('outage-maintenance', [
    ...group([102, 320, 580], 'temporary_issue', { retryAfter: WAIT.fewMinutes }),
    ...group([900, 901, 903, 904], 'institution_being_added', { retryAfter: WAIT.aboutAWeek }),
    ...group([905, 906, 907], 'connection_being_fixed', { retryAfter: WAIT.aboutAWeek }),
    ['910', 'institution_outage', { retryAfter: WAIT.threeToFiveDays }],
    ...group([915, 916], 'connection_being_fixed', { retryAfter: WAIT.aboutAWeek }),
    ...group(range(920, 929), 'institution_not_supported'),
  ]),

  ...section('further', [
    ...group([945, 947, 948], 'reconnect_required'),
    ...group([909, 946, 952, 955, 38003, 38006], 'account_unavailable'),
    ...group([974, 1408], 'session_expired'),
    ...group([938, 10814], 'mfa_failed'),
    ...group([950, 960, 972, 973, 975, 976, 2032, 4041, 14020], 'institution_not_supported'),
    ...group([101, 104, 105], 'reconnect_required'),
  ]),
];

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
