import type { CodeSource } from './source.js';

// Quotes are Plaid's own lines on its documentation pages, as the pages render them (a code or a
// field written in code style reads as plain text; Plaid's apostrophes, straight or curly, kept).

const DOCS = 'https://plaid.com/docs';

/** A line from one of Plaid's errors pages, with the anchor of the code's section. */
function errorsPage(
  page: string,
  title: string,
  code: string,
  quote: string,
): CodeSource['source'] {
  return {
    title: `Plaid, "${title}"`,
    url: `${DOCS}/errors/${page}/#${code.toLowerCase()}`,
    quote,
  };
}

const item = (code: string, quote: string) => errorsPage('item', 'Item errors', code, quote);
const institution = (code: string, quote: string) =>
  errorsPage('institution', 'Institution errors', code, quote);
const oauth = (code: string, quote: string) => errorsPage('oauth', 'OAuth errors', code, quote);
const invalidInput = (code: string, quote: string) =>
  errorsPage('invalid-input', 'Invalid Input errors', code, quote);
const recaptcha = (code: string, quote: string) =>
  errorsPage('recaptcha', 'ReCAPTCHA errors', code, quote);
const linkWeb = (code: string, quote: string) => errorsPage('link', 'Link web errors', code, quote);

/** A line about an Item webhook on Plaid's "Items" API reference. */
function webhook(code: string, quote: string): CodeSource['source'] {
  return {
    title: `Plaid, "Items" API reference, ${code} webhook`,
    url: `${DOCS}/api/items/#${code.toLowerCase()}`,
    quote,
  };
}

const OUTAGE_TIME =
  'Plaid\'s troubleshooting step is "Prompt your user to retry connecting their Item in a few hours, or the following day.": shown as "Try again in about a day", by when both of its times have passed.';

const ownCheck =
  'A check of Plaid\'s own in Link, not the bank\'s: mfa_failed would say "Your bank asked a security question or sent a code". Read as an unfinished connection to try again.';

const notMine =
  "The borrower can do nothing about it, and another bank can be connected: the same words as a bank that cannot be connected, not those of a fault in the lender's system (which say nothing of another bank).";

/** Where each Plaid code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const PLAID_SOURCES: Readonly<Record<string, CodeSource>> = {
  // Item errors
  INVALID_CREDENTIALS: {
    description:
      'The bank did not accept the username or password; Link sends the borrower back to enter them again.',
    source: item(
      'INVALID_CREDENTIALS',
      'The financial institution indicated that the credentials provided were invalid.',
    ),
  },
  INVALID_UPDATED_USERNAME: {
    description:
      'In update mode, the username entered is not the one the account was first connected with.',
    source: item(
      'INVALID_UPDATED_USERNAME',
      'Username incorrect: Try entering your bank account username again. If you recently changed it, you may need to un-link your account and then re-link.',
    ),
    note: 'Plaid\'s sample message asks for the username again: "That username or password didn\'t work" is true of it. A borrower who changed the username needs a new connection, which the lender\'s flow starts (Plaid: "delete the original Item and direct your user to the regular Link flow").',
  },
  INVALID_MFA: {
    description:
      'The answer to the bank’s security question or the one-time code was not accepted, or the code never arrived.',
    source: item(
      'INVALID_MFA',
      'The institution indicated that the provided response for MFA was invalid',
    ),
  },
  ITEM_LOCKED: {
    description:
      'The bank has locked the online-banking sign-in, usually after several wrong attempts; the borrower unlocks it with the bank.',
    source: item(
      'ITEM_LOCKED',
      "The financial institution indicated that the user's account is locked. The user will need to work with the institution directly to unlock their account.",
    ),
  },
  PASSWORD_RESET_REQUIRED: {
    description: 'The bank blocks access until the borrower resets their password on its website.',
    source: item(
      'PASSWORD_RESET_REQUIRED',
      'The user must log in directly to the financial institution and reset their password.',
    ),
  },
  USER_SETUP_REQUIRED: {
    description:
      'The bank wants something done on its website first: new terms to accept, the account setup to finish, third-party access to allow.',
    source: item(
      'USER_SETUP_REQUIRED',
      'The user must log in directly to the financial institution and take some action before Plaid can access their accounts.',
    ),
  },
  ACCESS_NOT_GRANTED: {
    description:
      'The borrower did not share (or has stopped sharing) the data the lender needs, in the bank’s OAuth consent or its data-sharing settings.',
    source: item(
      'ACCESS_NOT_GRANTED',
      'Insufficient Sharing Permissions: There was an error connecting to your account. Try linking your account again by selecting the required information to share with this application.',
    ),
    note: 'Plaid also says "they should adjust their security preferences on their institution\'s online banking portal": permission given at the bank, then try again.',
  },
  USER_INPUT_TIMEOUT: {
    description:
      'The borrower did not finish a step of Link in time (account selection: five minutes).',
    source: item(
      'USER_INPUT_TIMEOUT',
      'The user did not complete a step in the Link flow, and it timed out.',
    ),
  },
  INSUFFICIENT_CREDENTIALS: {
    description: 'The borrower left the bank’s OAuth sign-in before authorizing the connection.',
    source: item(
      'INSUFFICIENT_CREDENTIALS',
      'Your user abandoned the bank OAuth flow without completing it.',
    ),
  },
  INVALID_PHONE_NUMBER: {
    description:
      'The phone number given to Plaid’s returning-user step was not valid; the borrower can skip that step.',
    source: item('INVALID_PHONE_NUMBER', 'The submitted phone number was invalid.'),
    note: 'A step of Plaid\'s own, not the bank\'s: no reason names it, and "the connection wasn\'t finished; try again to finish" is true (Plaid has the borrower skip the step with its "Maybe later" button).',
  },
  INVALID_OTP: {
    description:
      'The one-time code Plaid sent to the borrower’s phone (returning-user step) was not accepted.',
    source: item('INVALID_OTP', 'The submitted OTP was invalid.'),
    note: 'The code is Plaid\'s, not the bank\'s: mfa_failed would say "Your bank asked a security question or sent a code". Read as an unfinished connection to try again.',
  },
  ITEM_LOGIN_REQUIRED: {
    description:
      'The connection needs the borrower again (a changed password or security settings, expired or revoked consent); Link’s update mode restores it.',
    source: item(
      'ITEM_LOGIN_REQUIRED',
      'Additional input from the user is required to continue getting data for this Item.',
    ),
  },
  ITEM_NOT_FOUND: {
    description:
      'The connection no longer exists: removed by the lender, by the borrower at my.plaid.com, or on a data-deletion request.',
    source: item(
      'ITEM_NOT_FOUND',
      'Launch a new instance of Plaid Link and prompt the user to create a new Item.',
    ),
    note: 'The fix is a new connection, which reconnect_required asks for; its "This isn\'t something you did" may be untrue where the borrower removed the connection.',
  },
  MANUAL_VERIFICATION_REQUIRED: {
    description:
      'The account could not be verified automatically (Investments Move); the borrower verifies it in Link’s update mode.',
    source: item(
      'MANUAL_VERIFICATION_REQUIRED',
      "Returned when a data request has been made for a product that requires the user to manually verify their Item via Link's update mode.",
    ),
  },
  NO_ACCOUNTS: {
    description:
      'Signed in, but no open, eligible account was found (or access to it was revoked) at this bank.',
    source: item(
      'NO_ACCOUNTS',
      'Returned when there are no open accounts associated with the Item.',
    ),
  },
  NO_AUTH_ACCOUNTS: {
    description:
      'No checking, savings or cash-management account whose account and routing numbers can be read.',
    source: {
      title: 'Plaid, "Item errors"',
      url: `${DOCS}/errors/item/#no_auth_accounts-or-no-depository-accounts`,
      quote:
        'Returned from POST /auth/get when there are no valid accounts for which account and routing numbers could be retrieved.',
    },
    note: 'Plaid also names this error no-depository-accounts; that spelling is not in the catalog.',
  },
  NO_INVESTMENT_ACCOUNTS: {
    description: 'No investment account was found in the connection.',
    source: item(
      'NO_INVESTMENT_ACCOUNTS',
      'Returned from POST /investments/holdings/get, POST /investments/transactions/get, or Link initialized with the Investments product, when there are no valid investment account(s) for which holdings or transactions could be retrieved.',
    ),
  },
  NO_INVESTMENT_AUTH_ACCOUNTS: {
    description: 'No investment account whose holdings or transactions can be read.',
    source: item(
      'NO_INVESTMENT_AUTH_ACCOUNTS',
      'Returned from POST /investments/holdings/get or POST /investments/transactions/get when there are no valid investment account(s) for which holdings or transactions could be retrieved.',
    ),
  },
  NO_LIABILITY_ACCOUNTS: {
    description: 'No credit card, student loan or mortgage account was found in the connection.',
    source: item(
      'NO_LIABILITY_ACCOUNTS',
      'Returned from POST /liabilities/get when there are no valid liability account(s) for which liabilities could be retrieved.',
    ),
  },
  ITEM_NOT_SUPPORTED: {
    description:
      'Plaid cannot support this login’s accounts because of the bank’s restrictions (a guest login, an unsupported account type).',
    source: item(
      'ITEM_NOT_SUPPORTED',
      "Plaid is unable to support this user's accounts due to restrictions in place at the financial institution.",
    ),
    note: 'Plaid\'s sample message, "Account not currently supported: Your account is not currently supported. Please log in using a different account", is about the accounts: no usable account at this bank.',
  },
  MFA_NOT_SUPPORTED: {
    description:
      'The login uses a kind of security check Plaid does not support at this bank (or asks for one at every sign-in).',
    source: item(
      'MFA_NOT_SUPPORTED',
      'Returned when the user requires a form of MFA that Plaid does not support for a given financial institution.',
    ),
  },
  PRODUCTS_NOT_SUPPORTED: {
    description:
      'The connection cannot provide the data the lender asked for (the bank does not support that product, or it was not requested in Link).',
    source: item(
      'PRODUCTS_NOT_SUPPORTED',
      'Returned when a data request has been made for an Item for a product that it does not support.',
    ),
    note: 'Plaid: "Receiving this error is expected if the user\'s institution does not support the requested product." Another bank or another way helps the borrower; where the lender did not request the product in Link, support can see it from the reference.',
  },
  PRODUCT_NOT_READY: {
    description:
      'The data asked for is not ready yet (first transactions, a pending verification).',
    source: item(
      'PRODUCT_NOT_READY',
      'Returned when a data request has been made for a product that is not yet ready.',
    ),
  },
  INVALID_SEND_METHOD: {
    description:
      'The bank rejected the way its security code was to be sent; Plaid links it to login problems at the bank or between Plaid and the bank.',
    source: item(
      'INVALID_SEND_METHOD',
      'Returned when the method used to send MFA credentials was deemed invalid by the institution.',
    ),
    note: 'Plaid\'s common causes are "The institution is experiencing login issues." and "The integration between Plaid and the financial institution is experiencing errors.", and Link tells the borrower "an internal error occurred": a passing problem, not a failed answer. No time is given.',
  },
  PRODUCT_NOT_ENABLED: {
    description:
      'The lender asked for a product the connection was not created with: the integration’s request.',
    source: item(
      'PRODUCT_NOT_ENABLED',
      'A requested product was not enabled for the current access token. Please ensure it is included when when initializing Link and create the Item again.',
    ),
  },
  INSTANT_MATCH_FAILED: {
    description:
      'Instant Match could not start: the lender’s Link setup (countries), or Plaid moves on to micro-deposits by itself.',
    source: item('INSTANT_MATCH_FAILED', 'Instant Match could not be initialized for the Item.'),
    note: 'Plaid\'s steps are the integration\'s ("Update the countries used to initialize Link"), and otherwise "Plaid will automatically attempt to enter a micro-deposit based verification flow": nothing for the borrower to fix.',
  },
  ITEM_CONCURRENTLY_DELETED: {
    description: 'The lender removed the connection while a request for its data was running.',
    source: item(
      'ITEM_CONCURRENTLY_DELETED',
      'This item was deleted while the operation was in progress.',
    ),
  },

  // Institution errors
  INSTITUTION_DOWN: {
    description: 'The bank is down, for maintenance or an outage of its systems.',
    source: institution(
      'INSTITUTION_DOWN',
      'The financial institution is down, either for maintenance or due to an infrastructure issue with their systems.',
    ),
    note: OUTAGE_TIME,
  },
  INSTITUTION_NOT_RESPONDING: {
    description: 'The bank is not answering some of Plaid’s requests: a temporary outage.',
    source: institution(
      'INSTITUTION_NOT_RESPONDING',
      'The financial institution is failing to respond to some of our requests. Your user may be successful if they retry another time.',
    ),
    note: `Plaid's errors overview sums it up as a "Temporary financial institution connectivity outage". ${OUTAGE_TIME}`,
  },
  INSTITUTION_NOT_AVAILABLE: {
    description: 'Plaid’s connection to the bank is down for maintenance or other planned work.',
    source: institution(
      'INSTITUTION_NOT_AVAILABLE',
      'Plaid’s connection to an institution is temporarily down for maintenance or other planned circumstances.',
    ),
    note: `Read as the connection being down, as Plaid writes, rather than as maintenance at the bank: it is Plaid's connection, and the maintenance words ("try again later") could not carry Plaid's time. ${OUTAGE_TIME}`,
  },
  INSTITUTION_NO_LONGER_SUPPORTED: {
    description:
      'Plaid no longer connects to this bank (or only through OAuth, which this lender lacks).',
    source: institution(
      'INSTITUTION_NO_LONGER_SUPPORTED',
      'Plaid no longer supports this financial institution.',
    ),
  },
  UNSUPPORTED_RESPONSE: {
    description: 'The bank returns data Plaid cannot use; only a fix by Plaid helps.',
    source: institution(
      'UNSUPPORTED_RESPONSE',
      'This error is un-retryable and requires custom updates from Plaid to resolve.',
    ),
  },
  UNAUTHORIZED_INSTITUTION: {
    description:
      'The lender is not (yet) allowed to connect to this bank: its Plaid account or OAuth registration is not complete.',
    source: institution(
      'UNAUTHORIZED_INSTITUTION',
      'You are not authorized to create Items for this institution at this time.',
    ),
    note: notMine,
  },
  INSTITUTION_REGISTRATION_REQUIRED: {
    description:
      'The lender’s application is not yet registered with this bank (registration can take weeks).',
    source: institution(
      'INSTITUTION_REGISTRATION_REQUIRED',
      'Your application is not yet registered with the institution.',
    ),
    note: notMine,
  },
  INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT: {
    description:
      'The lender’s integration used a bank not enabled in its Plaid environment (for example in Sandbox).',
    source: institution(
      'INSTITUTION_NOT_ENABLED_IN_ENVIRONMENT',
      'Institution not enabled in this environment',
    ),
  },

  // API errors
  INTERNAL_SERVER_ERROR: {
    description:
      'Plaid could not process the request: an unusable answer from the bank, or a problem at Plaid.',
    source: {
      title: 'Plaid, "API errors"',
      url: `${DOCS}/errors/api/#internal_server_error-or-plaid-internal-error`,
      quote: 'Something went wrong: You can try again later or find another bank to continue',
    },
    note: `The sample message Plaid gives for it. ${OUTAGE_TIME} Plaid also names it plaid-internal-error; that spelling is not in the catalog.`,
  },
  PLANNED_MAINTENANCE: {
    description: 'Plaid itself is under planned maintenance; its API is off for the time being.',
    source: errorsPage(
      'api',
      'API errors',
      'PLANNED_MAINTENANCE',
      "Plaid's systems are undergoing maintenance and API operations are disabled",
    ),
    note: "The maintenance is Plaid's, not the bank's: institution_maintenance would say the bank is doing maintenance. A passing problem, with no time given.",
  },

  // Invalid Input errors a borrower meets
  INVALID_LINK_TOKEN: {
    description:
      'The token the lender’s page opened Link with is expired, used, from another environment, or spent by too many wrong sign-ins.',
    source: errorsPage(
      'invalid-input',
      'Invalid Input errors',
      'INVALID_LINK_TOKEN',
      'The link_token provided to initialize Link was invalid.',
    ),
    note: 'The fix is the lender\'s page: "Generate a new link_token for initializing Link with and re-launch Link." One cause is "A user entered invalid credentials too many times during the Link flow"; Try again (with a new token) is still the step.',
  },
  USER_PERMISSION_REVOKED: {
    description:
      'The borrower revoked the lender’s access at my.plaid.com; a new connection through Link is needed.',
    source: errorsPage(
      'invalid-input',
      'Invalid Input errors',
      'USER_PERMISSION_REVOKED',
      'The end user has revoked access to their data.',
    ),
    note: 'Plaid: "prompt your user to re-enter the Link flow to re-authorize access to their data": a reconnection. The webhook of the same name carries this code. reconnect_required\'s "This isn\'t something you did" is untrue here: no reason says "you stopped sharing; connect again".',
  },

  // Invalid Input errors of Link's micro-deposit verification
  TOO_MANY_VERIFICATION_ATTEMPTS: {
    description:
      'The borrower entered wrong micro-deposit amounts more than three times; the account details must be entered again in Link.',
    source: invalidInput(
      'TOO_MANY_VERIFICATION_ATTEMPTS',
      'The user attempted to verify their Manual Same-Day micro-deposit amounts more than 3 times and their Item is now permanently locked. The user must retry submitting their account information in Link.',
    ),
    note: 'Not account_locked: nothing is locked at the bank, and the fix is Plaid\'s own ("retry submitting their account information in Link"): the connection was not finished.',
  },
  INCORRECT_DEPOSIT_AMOUNTS: {
    description:
      'The micro-deposit amounts the borrower entered in Link did not match the deposits Plaid sent.',
    source: invalidInput(
      'INCORRECT_DEPOSIT_AMOUNTS',
      'The user submitted incorrect Manual Same-Day micro-deposit amounts during Item verification in Link.',
    ),
    note: ownCheck,
  },
  INCORRECT_DEPOSIT_VERIFICATION: {
    description:
      'The code the borrower entered from the micro-deposit on their statement was not the one Plaid sent.',
    source: invalidInput(
      'INCORRECT_DEPOSIT_VERIFICATION',
      'The user submitted an incorrect Manual Same-Day micro-deposit verification input during Item verification in Link.',
    ),
    note: `Plaid's sample message: "Code is incorrect, 2 attempts remaining: Check the bank statement of your account ending in •••0000 for the $0.01 deposit and try again." ${ownCheck}`,
  },
  INVALID_ACCOUNT_NUMBER: {
    description:
      'The account number the borrower typed in Link does not match the account (Instant Match and micro-deposit flows).',
    source: errorsPage(
      'invalid-request',
      'Invalid Request errors',
      'INVALID_ACCOUNT_NUMBER',
      'The provided account number was invalid.',
    ),
    note: 'Plaid\'s sample message: "Account or routing number incorrect: Check with your bank and make sure that your account and routing numbers are entered correctly". Plaid\'s own check of what the borrower typed, as with INVALID_PHONE_NUMBER: the connection was not finished; try again.',
  },
  BANK_TRANSFER_ACCOUNT_BLOCKED: {
    description:
      'Plaid will not send micro-deposits to this account: an earlier transfer to it failed (a frozen account, a wrong account number).',
    source: errorsPage(
      'microdeposits',
      'Micro-deposits errors',
      'BANK_TRANSFER_ACCOUNT_BLOCKED',
      'The bank transfer could not be completed because a previous transfer involving the same end-user account resulted in an error.',
    ),
    note: 'Plaid: "Plaid cannot send micro-deposits to verify this account because it has flagged the account as not valid for use." Another account, or checking this one at the bank, is the way forward.',
  },

  // Invalid Input errors that stop Link or a connected Item
  INVALID_API_KEYS: {
    description:
      'The lender’s Plaid client ID or secret is wrong, missing or from another account.',
    source: {
      title: 'Plaid Support, "Error code resolution"',
      url: 'https://support.plaid.com/customer/en/portal/topics/973215-error-code-resolution',
      quote:
        'Plaid returns this error when the client_id or secret sent in your request is invalid or non-existent, or if one belongs to a different account.',
    },
  },
  INVALID_ACCESS_TOKEN: {
    description:
      'The lender’s backend asked for a connection’s data with a token that is wrong, from another environment, or removed.',
    source: invalidInput(
      'INVALID_ACCESS_TOKEN',
      'This error can happen when the access_token you provided is invalid, pertains to a different API environment, or has been removed, either via an /item/remove request or by the end user through my.plaid.com.',
    ),
    note: "Plaid files it under Invalid Input: the lender's request. Where the borrower removed the connection at my.plaid.com, support sees it from the reference; the lender's flow then starts a new connection.",
  },
  UNAUTHORIZED_ENVIRONMENT: {
    description: 'The lender’s Plaid account is not enabled for the environment it called.',
    source: invalidInput(
      'UNAUTHORIZED_ENVIRONMENT',
      'Your client ID does not have access to this API environment. See which environments you are enabled for from the Dashboard.',
    ),
  },

  // ReCAPTCHA errors
  RECAPTCHA_REQUIRED: {
    description:
      'Plaid’s fraud checks asked the borrower to solve a reCAPTCHA in Link; Link left before it was solved.',
    source: recaptcha(
      'RECAPTCHA_REQUIRED',
      "The request was flagged by Plaid's fraud system, and requires additional verification to ensure they are not a bot.",
    ),
    note: 'Plaid: "Link will automatically guide your user through reCAPTCHA verification." Met outside Link, the step was not finished: try again to finish it.',
  },
  RECAPTCHA_BAD: {
    description:
      'The borrower could not solve Plaid’s reCAPTCHA after several tries; Link sends them back to choose a bank.',
    source: recaptcha('RECAPTCHA_BAD', 'The provided challenge response was denied.'),
    note: 'Plaid\'s sample message is "Please try connecting a different account: There was a problem processing your request. Your account could not be connected at this time". Nothing is wrong with the bank, so not institution_not_supported: the account could not be connected (try again, or get help).',
  },

  // Link web errors
  'institution-poor-health-error': {
    description: 'Plaid’s connection to this bank is disrupted for now; Link warns before sign-in.',
    source: linkWeb(
      'institution-poor-health-error',
      'The user is trying to link to an institution with poor Plaid connectivity health.',
    ),
    note: 'Plaid\'s sample message: "We\'re currently experiencing connectivity issues with this bank: You can try again later or find another bank to continue". Its cause is "a temporary disruption of connectivity to Plaid"; no time is given.',
  },
  'oauth-error': {
    description:
      'The bank’s OAuth sign-in timed out (after 10 minutes) or failed; Link asks the borrower to try again.',
    source: linkWeb(
      'oauth-error',
      'Returned when the OAuth login session for a user either times out or errors out',
    ),
    note: 'Plaid: "Your user will be shown an error message indicating that their account was not successfully linked and will be prompted to retry their login attempt."',
  },

  // Rate Limit Exceeded errors
  RATE_LIMIT: {
    description:
      'Too many attempts: the lender’s traffic, Sandbox credentials in Production, or sign-ins Link took for abuse (such as repeated wrong passwords).',
    source: errorsPage(
      'rate-limit-exceeded',
      'Rate Limit Exceeded errors',
      'RATE_LIMIT',
      'Have your user wait 1-2 days and attempt to log in again later.',
    ),
  },

  // OAuth errors
  INCORRECT_LINK_TOKEN: {
    description:
      'The lender’s page reopened Link after the bank’s OAuth page with another link_token.',
    source: oauth(
      'INCORRECT_LINK_TOKEN',
      'An incorrect Link token was supplied when re-initializing Link.',
    ),
  },
  INCORRECT_OAUTH_NONCE: {
    description: 'The lender’s page reopened Link after the bank’s OAuth page with another nonce.',
    source: oauth(
      'INCORRECT_OAUTH_NONCE',
      'An incorrect OAuth nonce was supplied when re-initializing Link.',
    ),
  },
  OAUTH_STATE_ID_NOT_FOUND: {
    description: 'Plaid lost track of the OAuth sign-in: an internal Plaid error.',
    source: oauth('OAUTH_STATE_ID_NOT_FOUND', 'An internal Plaid error occurred.'),
    note: "Neither the borrower's nor the lender's fault, and Plaid gives no more: a general error (try again, or get help).",
  },
  OAUTH_STATE_ID_ALREADY_PROCESSED: {
    description:
      'The lender’s page reopened Link after the bank’s OAuth page with a state already used.',
    source: oauth(
      'OAUTH_STATE_ID_ALREADY_PROCESSED',
      'The OAuth state has already been processed.',
    ),
    note: 'Plaid\'s cause: "the OAuth state ID used during re-initialization of Link has already been used": the lender\'s page.',
  },

  // Item webhooks
  PENDING_EXPIRATION: {
    description: 'The borrower’s consent for this connection expires in 7 days (UK and EU banks).',
    source: webhook(
      'PENDING_EXPIRATION',
      'Fired when an Item’s access consent is expiring in 7 days. This can be resolved by having the user go through Link’s update mode.',
    ),
  },
  PENDING_DISCONNECT: {
    description:
      'The connection will be cut in 7 days (US and Canadian banks: expiring consent, or the bank moving to OAuth).',
    source: webhook(
      'PENDING_DISCONNECT',
      'Fired when an Item is expected to be disconnected. The webhook will currently be fired 7 days before the existing Item is scheduled for disconnection.',
    ),
    note: 'Plaid goes on: "This can be resolved by having the user go through Link’s update mode." The 7 days are a deadline, not a wait: no retry time.',
  },
  USER_ACCOUNT_REVOKED: {
    description:
      'The borrower withdrew access to one account in their bank’s own data-sharing settings; they can grant it again there.',
    source: webhook(
      'USER_ACCOUNT_REVOKED',
      "The USER_ACCOUNT_REVOKED webhook is fired when an end user has revoked access to their account on the Data Provider's portal.",
    ),
    note: 'Plaid: "Alternatively, they may re-grant access directly through the Data Provider\'s portal." (or through update mode): permission given at the bank, then try again.',
  },
  LOGIN_REPAIRED: {
    description:
      'The connection works again (it left ITEM_LOGIN_REQUIRED without the lender’s update mode).',
    source: webhook(
      'LOGIN_REPAIRED',
      'Fired when an Item has exited the ITEM_LOGIN_REQUIRED state without the user having gone through the update mode flow in your app (this can happen if the user completed the update mode in a different app).',
    ),
  },
};
