import type { CodeSource, Source } from './source.js';

// Quotes are copied from MX's pages and from MX's own Connect widget source, verbatim; a page's
// line breaks are read as single spaces. "%1" in the widget's messages is the bank's name.

const NEXUS = {
  title: 'MX Nexus API, "Members Overview" (connection statuses)',
  url: 'https://docs.mx.com/api-reference/nexus/reference/01-members-overview',
};
const ACADEMY_OVERVIEW = {
  title: 'MX Academy, "Member Connection Statuses Overview"',
  url: 'https://academy.mx.com/hc/en-us/articles/4708854368525-Member-Connection-Statuses-Overview',
};
const ACADEMY_HELP = {
  title: 'MX Academy, "Connection Status Help"',
  url: 'https://academy.mx.com/hc/en-us/sections/360010440912-Connection-Status-Help-',
};
const CONNECT_WIDGET =
  'https://github.com/mxenabled/connect-widget/blob/10780353adc3ee6fea65c3328a009582bbc3d20c';
const WIDGET_MESSAGES = {
  title: "MX Connect widget, the end user's message for each status (src/const/consts.js)",
  url: `${CONNECT_WIDGET}/src/const/consts.js`,
};
const WIDGET_STATUSES = {
  title: 'MX Connect widget, connection statuses and their numbers (src/const/Statuses.js)',
  url: `${CONNECT_WIDGET}/src/const/Statuses.js`,
};

const ACTIONABLE = `${CONNECT_WIDGET}/src/views/actionableError`;
const ERROR_CODES = {
  title: 'MX Connect widget, actionable error codes (src/views/actionableError/consts.ts)',
  url: `${ACTIONABLE}/consts.ts#L5-L26`,
};
const ERROR_MESSAGES = {
  title:
    "MX Connect widget, the end user's message for each actionable error (src/views/actionableError/useActionableErrorMap.tsx)",
  url: `${ACTIONABLE}/useActionableErrorMap.tsx#L37-L80`,
};

function cite(page: Omit<Source, 'quote'>, quote: string): Source {
  return { ...page, quote };
}

const processing = (name: string, description: string, note: string): CodeSource => ({
  description,
  source: cite(WIDGET_STATUSES, 'export const ProcessingStatuses = [0, 8, 15, 18]'),
  note: `MX's Connect widget lists ${name} among its "processing" statuses (CREATED 0, RECONNECTED 8, UPDATED 15, RESUMED 18) and keeps polling the member while it has one: aggregation runs on. ${note}`,
});

/** By name, as the Platform API, webhooks and `connection_status` spell them. */
const BY_NAME: Readonly<Record<string, CodeSource>> = {
  CREATED: {
    description:
      'A new member that has not been aggregated yet; MX is about to connect to the bank (its message: "Connecting to …").',
    source: cite(NEXUS, 'The member is new and has not yet been aggregated.'),
    note: 'The next step MX gives is "Aggregate the member once the end user logs in; poll for a status update", and its Connect widget counts CREATED among the statuses still processing: read as in progress.',
  },
  PREVENTED: {
    description:
      'The sign-in details failed three times in a row, so MX stopped trying until the borrower enters them again.',
    source: cite(
      NEXUS,
      'The end user’s entered credentials have failed to connect three times in a row. MX has locked the account to avoid locking the end user out of their account on the financial institution’s website. The end user must reenter their username and password to continue updating their data.',
    ),
    note: 'MX, not the bank, stopped the attempts, and the fix is entering the username and password again: invalid_credentials, not account_locked.',
  },
  DENIED: {
    description: 'The bank did not accept the username or password.',
    source: cite(NEXUS, 'The credentials provided for the member were invalid.'),
  },
  CHALLENGED: {
    description:
      'The bank asked a security question or for a code, and MX is waiting for the borrower to answer it.',
    source: cite(
      NEXUS,
      'The connection is waiting for the end user to complete a multifactor authentication (MFA) challenge. This is not an error and will change to an EXPIRED status if the end user fails to complete MFA.',
    ),
    note: 'MX says it "is not an error": the connection is still under way while the borrower answers (the vocabulary files answering challenges under in_progress). If the answer never comes it becomes EXPIRED, read as mfa_failed.',
  },
  REJECTED: {
    description: 'The answer to the bank’s security question or code was not accepted.',
    source: cite(NEXUS, 'An MFA challenge was answered incorrectly.'),
  },
  LOCKED: {
    description:
      'The bank is blocking the sign-in; the borrower unlocks it on the bank’s website or by contacting the bank.',
    source: cite(
      NEXUS,
      'The financial institution is preventing authentication. The end user must go to the FI’s website or contact the financial institution.',
    ),
  },
  CONNECTED: {
    description: 'The member connected; once is_being_aggregated is false, its data can be read.',
    source: cite(
      {
        title: 'MX Atrium API, "Read Member Connection Status"',
        url: 'https://docs.mx.com/api-reference/atrium/reference/members/read-member-connection-status',
      },
      "For instance, when is_being_aggregated switches from true to false and the value of connection_status is CONNECTED, you can stop polling the status and list the member's transactions or list the transactions for a specific account.",
    ),
  },
  IMPEDED: {
    description:
      'The sign-in worked, but the bank needs the borrower to do something on its website first.',
    source: cite(
      WIDGET_MESSAGES,
      'Your login info was correct, but your attention is needed at %1 before we can proceed. You need to:',
    ),
  },
  RECONNECTED: processing(
    'RECONNECTED',
    'MX has moved this member to another way of connecting to the bank and aggregates it again.',
    'No public MX page we could read gives its own sentence for RECONNECTED; the reading rests on the widget.',
  ),
  DEGRADED: {
    description:
      'Several attempts to aggregate failed, for example during website maintenance; MX asks to try again later.',
    source: cite(
      ACADEMY_OVERVIEW,
      "If there are multiple attempts to aggregate an end user's data that have failed, the end user will get a connection status message of Degraded. This could be due to website maintenance or other factors that are preventing account aggregation.",
    ),
    note: 'MX\'s Connect widget titles it "Connection maintenance" and tells the end user "We are upgrading this connection. Please try again later.": maintenance, with no time given.',
  },
  DISCONNECTED: {
    description:
      'MX cannot import data from this bank at all just now and is working on it; nothing the borrower did.',
    source: cite(
      WIDGET_MESSAGES,
      'It looks like your data from %1 cannot be imported. We are working to resolve the issue.',
    ),
    note: 'MX Academy: "When a financial institution is not updating your data, you will get a connection status message of DISCONNECTED." No time is given: the connection is down, read like Finicity 101.',
  },
  DISCONTINUED: {
    description: 'MX no longer supports connections to this bank.',
    source: cite(
      WIDGET_MESSAGES,
      'Connections to this institution are no longer supported. You may create a manual account and use manual transactions to track data for this account.',
    ),
  },
  CLOSED: {
    description:
      'The connection (the member) has been closed; it can be connected again if reopened.',
    source: cite(
      WIDGET_MESSAGES,
      'This connection has been closed. You may track this account manually. If reopened, you may connect the institution again.',
    ),
    note: 'The widget titles this status "Closed account" and offers the bank\'s website: read as the account no longer being available.',
  },
  DELAYED: {
    description:
      'Connecting is taking longer than usual, for reasons such as problems at the bank’s website; MX says to check back the next day.',
    source: cite(
      ACADEMY_OVERVIEW,
      "The end user will get a connection status message of Delayed if connecting an account is taking longer than usual. This can be due to reasons outside of MX's control, such as internet bandwidth, problems at the financial institution's website, and other factors. Check back the next day.",
    ),
    note: 'Still connecting ("taking longer than usual"): in progress. The borrower continues meanwhile (the data comes when it is ready), so "the next day" is not shown as a time to try again.',
  },
  FAILED: {
    description: 'Aggregation failed without connecting, with no more specific reason.',
    source: cite(
      ACADEMY_HELP,
      'If we are unable to successfully pull data for your financial institution accounts, you will see a connection status message of FAILED.',
    ),
    note: 'MX\'s Connect widget says "There was a problem validating your credentials with %1. Please try again later.", with no time and no more specific cause: a general error.',
  },
  UPDATED: processing(
    'UPDATED',
    'The member’s sign-in details were updated and MX is connecting with them.',
    'No public MX page we could read gives its own sentence for UPDATED; the reading rests on the widget.',
  ),
  DISABLED: {
    description: 'MX has paused updates from this bank for now; nothing the borrower did.',
    source: cite(
      ACADEMY_HELP,
      'If aggregation has been momentarily paused but the account is still connected, you will get a connection status message of DISABLED.',
    ),
    note: 'MX\'s Connect widget tells the end user "Importing data from this institution has been disabled. Please contact us if you believe it has been disabled in error." No data can be had from this bank for now and no time is given: read like an outage.',
  },
  IMPORTED: {
    description:
      'MX has no sign-in details for this member and needs the borrower to connect again.',
    source: cite(
      WIDGET_MESSAGES,
      'You must re-authenticate before your data can be imported. Please enter your credentials for %1.',
    ),
  },
  RESUMED: processing(
    'RESUMED',
    'MX received the answer to the bank’s security question and is going on with the connection.',
    'No public MX page we could read gives its own sentence for RESUMED; the reading rests on the widget.',
  ),
  EXPIRED: {
    description: 'The bank’s security question or code was not answered in time.',
    source: cite(
      ACADEMY_HELP,
      'When the MFA answer is not provided within the time allotted by the financial institution you will get a connection status message of EXPIRED.',
    ),
    note: 'MX\'s Connect widget: "The answer or answers were not provided in time. Please try again." The security check was not answered: mfa_failed.',
  },
  IMPAIRED: {
    description:
      'MX is missing some or all of the sign-in details it needs and needs the borrower to connect again.',
    source: cite(
      WIDGET_MESSAGES,
      'You must re-authenticate before your data can be imported. Please enter your credentials for %1.',
    ),
  },
  PENDING: {
    description: 'A status MX lists without a description; read as still under way.',
    source: cite(
      {
        title:
          'MX Platform API OpenAPI specification (v20250224), MemberResponse.connection_status',
        url: 'https://github.com/mxenabled/openapi/blob/61085cf486f5ab774eb15f3b8c85102d94481815/openapi/v20250224.yml',
      },
      "The status of a user's connection to an institution.",
    ),
    note: "PENDING is in the enum of connection_status with no sentence of its own in any MX page we could read, and MX's Connect widget counts it neither among its processing nor among its error statuses. We read the word as it stands, still under way; confirm with MX.",
  },
};

/** The statuses in the order of their connection_status_id (MX's Connect widget, Statuses.js). */
const ORDER = Object.keys(BY_NAME);

/** A member's `error.error_code`, the code MX's Connect widget reads to choose its error step. */
const ERROR_CODE_NOTE =
  "A member's error.error_code (Platform API: error { error_type: \"MEMBER\", error_code, error_message, user_message }), which MX's Connect widget reads before connection_status; its invalidData message carries it as code. Numbers are Finicity's when no provider is named: name MX.";

const errorCode = (description: string, quote: string, note: string): CodeSource => ({
  description,
  source: cite(ERROR_MESSAGES, quote),
  note: `${note} ${ERROR_CODE_NOTE}`,
});
/** A code the widget answers with one of its steps, not a message: the line that defines it. */
const routed = (line: string, description: string, note: string): CodeSource => ({
  description,
  source: cite(ERROR_CODES, line),
  note: `MX's widget shows no message of its own for it: ${note} ${ERROR_CODE_NOTE}`,
});

const BY_ERROR_CODE: Readonly<Record<string, CodeSource>> = {
  '1000': errorCode(
    'No checking, savings or money market account at this bank can be used (NO_ELIGIBLE_ACCOUNTS).',
    "We couldn't find any accounts eligible for transfers. Please link a checking or savings account.",
    'Titled "No eligible accounts", with "Connect a different institution" among its buttons. MX\'s Platform API gives its error_message: "This Member has no eligible checking, savings, or money market accounts." The widget shows it in verification mode only; its invalidData message "Triggers when there are no valid demand deposit (DDA) accounts on the member."',
  ),
  '1001': errorCode(
    'No accounts were found at this bank, for example closed accounts or revoked access (NO_ACCOUNTS).',
    'This may be due to closed accounts, revoked access, or a connection issue. Please try again later or connect a different institution.',
    'Titled "No accounts found"; its only button is "Return to institution selection": no usable account at this bank, as Plaid\'s NO_ACCOUNTS.',
  ),
  '1002': errorCode(
    'The borrower did not grant the permissions MX needs to read the accounts (ACCESS_DENIED).',
    "We can't access your accounts because some required permissions weren't granted.",
    'Titled "Additional permissions needed", with "Review instructions", which takes the borrower back to sign in and grant them: the permission is the borrower\'s to give, as Plaid\'s ACCESS_NOT_GRANTED; not access_denied, whose words are about the bank refusing access.',
  ),
  '2001': routed(
    'INCORRECT_OTP: 2001,',
    'The one-time code the borrower entered was not accepted (INCORRECT_OTP).',
    'it is in CODES_REQUIRING_MFA, so the widget goes back to the security step for another answer: mfa_failed.',
  ),
  '2002': routed(
    'INCORRECT_MFA: 2002,',
    "The answer to the bank's security question was not accepted (INCORRECT_MFA).",
    'it is in CODES_REQUIRING_MFA, so the widget goes back to the security step for another answer: mfa_failed, as REJECTED.',
  ),
  '2003': routed(
    'MFA_TIMEOUT: 2003,',
    "The bank's security question or code was not answered in time (MFA_TIMEOUT).",
    'it is in CODES_REQUIRING_MFA, so the widget goes back to the security step: mfa_failed, as EXPIRED ("The answer or answers were not provided in time").',
  ),
  '2004': routed(
    'REAUTHORIZATION_REQUIRED: 2004,',
    'The bank needs the borrower to sign in and authorize the connection again (REAUTHORIZATION_REQUIRED).',
    'it is in CODES_REQUIRING_CREDENTIALS, so the widget asks for the sign-in again. Nothing says the borrower got anything wrong: reconnect_required, as IMPAIRED ("You must re-authenticate").',
  ),
  '2005': routed(
    'INVALID_CREDENTIALS: 2005,',
    'The bank did not accept the username or password (INVALID_CREDENTIALS).',
    'it is in CODES_REQUIRING_CREDENTIALS, so the widget asks for the username and password again: invalid_credentials, as DENIED.',
  ),
  '3000': errorCode(
    'MX cannot connect to this bank right now (INSTITUTION_DOWN).',
    "We're unable to connect to this institution right now. Please try again later.",
    'Titled "Unable to connect", with "Return to institution selection"; no time is given: the bank\'s side is down.',
  ),
  '3001': errorCode(
    "The bank's site is down for maintenance (INSTITUTION_MAINTENANCE).",
    'The institution is temporarily unavailable due to maintenance. Please try again later.',
    'Titled "Maintenance in progress", with "Return to institution selection"; no time is given.',
  ),
  '3002': errorCode(
    'The bank is not responding right now (INSTITUTION_UNAVAILABLE).',
    "This institution isn't responding right now. Please try again later.",
    'Titled "Unable to connect", with "Return to institution selection"; no time is given: the bank\'s side is down.',
  ),
};

/** By number: the `connection_status_id` of webhooks and the Connect widget's messages. */
const BY_ID = Object.fromEntries(
  ORDER.map((name, id): [string, CodeSource] => [
    String(id),
    {
      description: `${name}, by its number. ${BY_NAME[name]!.description}`,
      source: cite(WIDGET_STATUSES, `${id}: '${name}',`),
      note: `MX's Connect widget posts connection_status as this number (memberStatusUpdate), and webhooks carry it as connection_status_id ("connection_status_id": 3 beside "CHALLENGED" in MX's example). Numbers are Finicity's when no provider is named: name MX.`,
    },
  ]),
);

/** Where each MX code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const MX_SOURCES: Readonly<Record<string, CodeSource>> = {
  ...BY_NAME,
  ...BY_ID,
  ...BY_ERROR_CODE,
};
