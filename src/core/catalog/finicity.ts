import { section, WAIT, type Row } from './entry.js';
import type { Reason } from '../vocabulary.js';

/** Finicity documents some codes as a group or a range; each code still gets its own row. */
function group(codes: readonly number[], reason: Reason, description: string, extras?: Row[3]) {
  return codes.map((code): Row => [String(code), reason, description, extras]);
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const BEING_ADDED =
  'This is a new institution connection being created. The customer can try again in a week to see if support has been added.';
const BEING_FIXED =
  'The connection to this financial institution is being fixed. If the customer can make multiple attempts to add it will assist in the fix process.';

/**
 * Finicity (Mastercard Open Banking), "Aggregation Status Codes", then the further codes Finicity
 * documents elsewhere. Descriptions are Finicity's error descriptions.
 */
export const FINICITY = [
  ...section('aggregation-status', [
    ['0', 'connected', 'The account is aggregating successfully.'],
  ]),

  ...section('user-action', [
    [
      '103',
      'invalid_credentials',
      'During add account the customer entered the wrong credentials; on an added account the credentials have changed and need to be updated.',
    ],
    [
      '108',
      'action_required_at_institution',
      'There is a prompt from the financial institution the customer must solve, such as accepting new terms.',
    ],
    [
      '109',
      'credentials_update_required',
      'The customer must change their username/password or update their security at the FI page.',
    ],
    [
      '185',
      'mfa_failed',
      'During a non-interactive refresh MFA was needed: the FI is prompting the customer for additional authentication.',
      { actions: ['reconnect', 'contact_support'] },
    ],
    ['187', 'mfa_failed', 'During add account the customer entered the wrong MFA answer.'],
    [
      '913',
      'account_unavailable',
      'The account has been closed at the financial institution so we can no longer pull data.',
    ],
    [
      '914',
      'account_unavailable',
      'The account can no longer be located at the financial institution under the current set of credentials.',
    ],
    [
      '931',
      'one_time_passcode_required',
      'The bank requires a one time passcode every time the customer wants their financial information refreshed.',
    ],
    [
      '936',
      'language_not_supported',
      'The customer has a language preference other than English at the institution; they should change it to English.',
    ],
  ]),

  ...section('outage-maintenance', [
    ...group([102, 320, 580], 'temporary_issue', 'Temporary issue at the FI. Wait and try again.', {
      retryAfter: WAIT.fewMinutes,
    }),
    ...group([900, 901, 903, 904], 'institution_being_added', BEING_ADDED, {
      retryAfter: WAIT.aboutAWeek,
    }),
    ...group([905, 906, 907], 'connection_being_fixed', BEING_FIXED, {
      retryAfter: WAIT.aboutAWeek,
    }),
    [
      '910',
      'institution_outage',
      'The connection is currently down and being worked on.',
      { retryAfter: WAIT.threeToFiveDays },
    ],
    ...group([915, 916], 'connection_being_fixed', BEING_FIXED, { retryAfter: WAIT.aboutAWeek }),
    ...group(
      range(920, 929),
      'institution_not_supported',
      'The institution does not support aggregation; it should contact institutions@finicity.com.',
    ),
  ]),

  ...section('further', [
    ...group([945, 947], 'reconnect_required', 'The customer must re-enter credentials.'),
    ['948', 'reconnect_required', 'The connection was upgraded; the customer must re-authorize.'],
    ...group([909, 946, 952, 955, 38003, 38006], 'account_unavailable', 'Account not found.'),
    ...group([974, 1408], 'session_expired', 'The session expired.'),
    ...group([938, 10814], 'mfa_failed', 'The security question answer was not accepted.'),
    ...group(
      [950, 960, 972, 973, 975, 976, 2032, 4041, 14020],
      'institution_not_supported',
      'This connection is not supported.',
    ),
    ...group(
      [101, 104, 105],
      'reconnect_required',
      'An existing connection was interrupted; the customer must reconnect.',
    ),
  ]),
];
