import type { CodeSource } from './source.js';

// Yodlee documents each value of a dataset's `additionalStatus` and of a provider account's
// `status` in its own Java SDK (Yodlee/java-sdk, "Copyright (c) 2019 Yodlee, Inc."), as a
// "Description" and a "Next Action" per value: the quotes are the descriptions, verbatim, with
// the Javadoc's line breaks read as spaces. Two values have an empty description there; their
// words come from FastLink 4's "Error Handling" page, which gives the text FastLink shows.

const SDK = 'https://github.com/Yodlee/java-sdk/blob/87a010a6304a76bdfeabcf65a103da0485917780';
const MODEL = `${SDK}/yodlee-api-model/src/main/java/com/yodlee/api/model`;

/** A dataset `additionalStatus` value and its description, at its lines of AdditionalStatusType. */
function additional(lines: string, quote: string): CodeSource['source'] {
  return {
    title: 'Yodlee API v1.1, dataset additionalStatus (Yodlee Java SDK, AdditionalStatusType)',
    url: `${MODEL}/enums/AdditionalStatusType.java#${lines}`,
    quote,
  };
}

/** A provider account `status` value and its description, at its lines of ProviderAccountStatus. */
function status(lines: string, quote: string): CodeSource['source'] {
  return {
    title: 'Yodlee API v1.1, provider account status (Yodlee Java SDK, ProviderAccountStatus)',
    url: `${MODEL}/provideraccounts/enums/ProviderAccountStatus.java#${lines}`,
    quote,
  };
}

/** What FastLink 4 shows the borrower for an additional status ("Text"). */
function fastLink(quote: string): CodeSource['source'] {
  return {
    title: 'Yodlee FastLink 4, "Error Handling"',
    url: 'https://developer.envestnet.com/resources/yodlee/fastlink-4/docs/error_handling',
    quote,
  };
}

/** A row of Yodlee's table of its older API v1.0 error codes: the error description. */
function legacy(
  quote: string,
  url = 'https://developer.envestnet.com/resources/yodlee/api-v1-0-error-codes/docs',
): CodeSource['source'] {
  return { title: 'Yodlee, "Error Codes for Yodlee API v1.0"', url, quote };
}

/** A FastLink 4 deep-linking error, as "Error Handling" describes it. */
const deepLink = (parameter: string) =>
  fastLink(`An invalid ${parameter} is provided while invoking the FastLink deep-link flow.`);

const DEEP_LINK =
  'FastLink shows "a technical error page" and Yodlee\'s suggested action is the lender\'s: "Fix the error by passing the eligible or valid parameter value for the deep-linking flow."';

const TRY_LATER =
  'Next Action: "Instruct the user to try again later. If the request fails repeatedly, report the issue to the customer service team".';

/** Where each Yodlee code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const YODLEE_SOURCES: Readonly<Record<string, CodeSource>> = {
  // Dataset additionalStatus (also a FastLink site's additionalStatus)
  LOGIN_IN_PROGRESS: {
    description:
      'Yodlee is still signing in to the bank (a dataset additional status, and a provider account status).',
    source: additional('L9-L13', 'Login to provider site is in progress'),
    note: 'Also a provider account status ("Login to provider site is in progress", ProviderAccountStatus); both read as in progress. Next Action: "Not applicable as it is not a final status".',
  },
  DATA_RETRIEVAL_IN_PROGRESS: {
    description: 'Signed in; Yodlee is still gathering the data.',
    source: additional('L16-L21', 'Data aggregation is in progress.'),
  },
  ACCT_SUMMARY_RECEIVED: {
    description:
      "The accounts' basic data is in; the rest is still being gathered. FastLink's onSuccess often carries it.",
    source: additional('L24-L29', 'Basic account data is retrieved.'),
    note: 'Next Action: "Not applicable as it is not a final status": the connection went through and its details are still coming, so it reads as in progress, not connected.',
  },
  AVAILABLE_DATA_RETRIEVED: {
    description: 'Everything the bank offers for the dataset was retrieved: connected.',
    source: additional(
      'L32-L37',
      'All the data available at the provider site is retrieved for the provided dataset.',
    ),
  },
  PARTIAL_DATA_RETRIEVED: {
    description: 'Connected, but only part of the dataset was retrieved.',
    source: additional('L40-L46', 'Partial data is retrieved for the dataset.'),
    note: 'Next Action: "Instruct the user to try again if the mandatory data is missing": whether what is missing is mandatory is the lender\'s call, so the borrower reads that the account is connected and can continue.',
  },
  DATA_RETRIEVAL_FAILED: {
    description:
      'Retrieving the data failed for unexpected reasons; trying again later may work (also a provider account status).',
    source: additional('L49-L55', 'Failed to retrieve the data due to unexpected issues.'),
    note: `${TRY_LATER} Nothing says whether the sign-in went through, so not report_failed ("Your account is connected"). Also a provider account status ("Data retrieval has failed").`,
  },
  DATA_NOT_AVAILABLE: {
    description: 'The data or document asked for does not exist at the bank for this borrower.',
    source: additional(
      'L58-L64',
      'The requested data or document is not available at the provider site.',
    ),
    note: 'Next Action: "Instruct the user to check with the respective data provider or provider site." Yodlee maps its older 414 (no account found), 422 (account canceled) and 423 (account information unavailable) here: no usable account at this bank.',
  },
  ACCOUNT_LOCKED: {
    description:
      'The online-banking sign-in is locked at the bank after too many incorrect attempts; the borrower unlocks it there.',
    source: additional(
      'L65-L70',
      'The account is locked at the provider site. The user has exceeded the maximum number of incorrect login attempts resulting in the account getting locked.',
    ),
  },
  ADDL_AUTHENTICATION_REQUIRED: {
    description:
      'The security step (a question or a code) timed out or a new one is needed; trying again answers it.',
    source: fastLink(
      'Your security authentication timed out or a new security authentication is required. Please try again.',
    ),
    note: "The SDK's description of this value is empty; FastLink's text for it is the source. FastLink's buttons are Try Again and Link Another Account.",
  },
  BETA_SITE_DEV_IN_PROGRESS: {
    description:
      'Yodlee is still building support for this bank; FastLink offers to link another account.',
    source: fastLink(
      "We're still in the process of building support for this site. Please try again later.",
    ),
    note: "The SDK's description of this value is empty; FastLink's text for it is the source. FastLink's only button is \"Link another account\", and nothing says more sign-in attempts help, so it reads as a bank that cannot be connected for now rather than institution_being_added, whose words promise that tries help.",
  },
  CREDENTIALS_UPDATE_NEEDED: {
    description:
      'The bank wants the borrower to change or verify their sign-in details on its website first.',
    source: additional(
      'L84-L90',
      'Unable to log in to the provider site due to out-dated credentials. The site may be prompting the user to change or verify the credentials.',
    ),
  },
  INCORRECT_CREDENTIALS: {
    description: 'The bank did not accept the username or password.',
    source: additional(
      'L93-L99',
      'Unable to log in to the provider site due to incorrect credentials. The credentials that the user has provided are incorrect.',
    ),
  },
  PROPERTY_VALUE_NOT_AVAILABLE: {
    description:
      "A real-estate account's property value is not available; nothing a bank connection needs.",
    source: additional('L100-L104', 'The property value is not available.'),
    note: 'Next Action: "Instruct the user to provide the property value". The value belongs to a home (real-estate) dataset, not to the bank account a loan application connects, so the borrower reads that the account is connected and can continue.',
  },
  INVALID_ADDL_INFO_PROVIDED: {
    description: 'The answer to the security question or the code was wrong or expired.',
    source: additional(
      'L107-L113',
      'The user has provided incorrect MFA information or the MFA information provided has expired.',
    ),
  },
  REQUEST_TIME_OUT: {
    description: 'The request timed out for technical reasons; trying again later may work.',
    source: additional('L116-L122', 'The request has timed-out due to technical reasons.'),
    note: `${TRY_LATER} No time is given.`,
  },
  SITE_BLOCKING_ERROR: {
    description:
      "The bank's site blocks Yodlee's IP address; nothing in the borrower's settings, and trying again later may work.",
    source: additional('L125-L131', 'The Yodlee IP is blocked by the provider site.'),
    note: `${TRY_LATER} The bank blocks Yodlee, not the borrower: not access_denied, whose words send the borrower to their own access settings.`,
  },
  UNEXPECTED_SITE_ERROR: {
    description: "Something went wrong at the bank's site; trying again later may work.",
    source: additional(
      'L134-L141',
      'All error indicating issues at the provider site, such as the site is down for maintenance.',
    ),
    note: `${TRY_LATER} No time is given.`,
  },
  SITE_NOT_SUPPORTED: {
    description:
      'The bank does not support the requested data or action (the site is gone, documents cannot be downloaded there).',
    source: additional(
      'L144-L151',
      'Indicates that the site does not support the requested data or support is not available to complete the requested action. For example, site not available, document download not supported at the site, etc.',
    ),
  },
  SITE_UNAVAILABLE: {
    description: "The bank's site is unavailable, for example down for maintenance.",
    source: additional(
      'L154-L161',
      'The provider site is unavailable due to issues such as the site is down for maintenance.',
    ),
    note: `${TRY_LATER} No time is given; maintenance is only an example, so it reads as the bank being down, not as maintenance.`,
  },
  TECH_ERROR: {
    description: 'A technical error with no more specific meaning; trying again later may work.',
    source: additional('L164-L170', 'Indicates there is a technical error.'),
    note: TRY_LATER,
  },
  USER_ACTION_NEEDED_AT_SITE: {
    description:
      "The bank's site wants the borrower to do something first, such as accept terms and conditions.",
    source: additional(
      'L171-L176',
      'The errors that require users to take action at the provider site, for example, accept T{@literal &}C, etc.',
    ),
    note: 'The quote is the Javadoc as written: "T{@literal &}C" is its markup for "T&C".',
  },
  SITE_SESSION_INVALIDATED: {
    description:
      "The bank's site ended the sign-in or found several at once; trying again later may work.",
    source: additional(
      'L179-L184',
      'Indicates if multiple sessions or a session is terminated by the provider site.',
    ),
    note: 'Next Action: "Instruct the user to try again later". Not concurrent_session: nothing says the other sign-in is the borrower\'s own window or tab here.',
  },
  NEW_AUTHENTICATION_REQUIRED: {
    description:
      'The bank now signs in through OAuth, so the borrower connects the account again through FastLink.',
    source: additional('L187-L193', 'The site has requested for OAuth authentication.'),
    note: 'Next Action: "The OAUTH based authentication sites can be added or updated only using Yodlee FastLink and not Yodlee APIs. Instruct the user to add the account using FastLink": a reconnection.',
  },
  DATASET_NOT_SUPPORTED: {
    description:
      "The lender asked for a dataset its Yodlee configuration does not have; the lender's integration must change.",
    source: additional('L196-L200', 'The requested datasets are not supported.'),
    note: 'Next Action: "Either get the dataset/attribute enabled or remove the dataset/attribute from the input": both are the lender\'s to do.',
  },
  ENROLLMENT_REQUIRED_FOR_DATASET: {
    description:
      'The borrower has not enrolled at the bank for what was asked (for example e-statements); they enroll there first.',
    source: additional(
      'L203-L208',
      'The dataset cannot be retrieved as the user has not enrolled for it.',
    ),
    note: 'Next Action: "Instruct the user to enroll for the dataset and then request for it": a step at the bank, then a new try.',
  },
  CONSENT_REQUIRED: {
    description: 'The borrower must give open-banking consent for their account information.',
    source: additional(
      'L211-L216',
      'The user has to provide consent to access the account information through Open Banking.',
    ),
    note: 'Next Action: "Instruct the user to provide the consent through the edit account flow."',
  },
  CONSENT_EXPIRED: {
    description:
      "The borrower's open-banking consent has expired; they give it again by reconnecting.",
    source: additional(
      'L219-L224',
      'The consent provided by the user to access the account information through Open Banking has expired.',
    ),
    note: 'Next Action: "Instruct the user to provide the consent through the edit account flow.": an expiry the borrower did not cause, renewed by reconnecting.',
  },
  CONSENT_REVOKED: {
    description:
      'The borrower withdrew their open-banking consent; sharing needs their permission again.',
    source: additional(
      'L227-L232',
      'The user has revoked the consent to access the account information through Open Banking.',
    ),
    note: 'Next Action: "Instruct the user to provide the consent through the add account flow." Not reconnect_required, whose words say "This isn\'t something you did": the borrower withdrew it.',
  },
  INCORRECT_OAUTH_TOKEN: {
    description:
      "Signing in to the bank's open-banking service failed on its token; the borrower reconnects.",
    source: additional(
      'L235-L240',
      'Failed to log in to the Open Banking provider site due to incorrect token.',
    ),
    note: 'Next Action: "Instruct the user to provide the consent through the edit account flow.": a reconnection.',
  },
  MIGRATION_IN_PROGRESS: {
    description:
      "Yodlee is moving the connection from screen scraping to the bank's open-banking service (a dataset and a provider account status).",
    source: additional(
      'L243-L248',
      'The account information is being migrated from the screen-scraping provider to the Open Banking provider site.',
    ),
    note: 'Next Action: "No action is required as it is a transient state." Also a provider account status ("Indicates that the migration of the provider account to the open banking provider is in progress.").',
  },

  // Provider account status (the values not also dataset additional statuses)
  USER_INPUT_REQUIRED: {
    description:
      'The bank asks for more authentication (a security question or code) and the flow is waiting for the borrower.',
    source: status('L14-L18', 'Additional authentication information is needed from the user'),
  },
  IN_PROGRESS: {
    description: 'Signed in; the data is still being gathered.',
    source: status('L19-L23', 'Login is successful and data aggregation is in progress'),
  },
  PARTIAL_SUCCESS: {
    description: 'Connected, but only part of the data was retrieved.',
    source: status('L24-L28', 'Data is partially retrieved'),
  },
  SUCCESS: {
    description: 'The data was retrieved: connected.',
    source: status('L29-L33', 'Data is retrieved successfully'),
  },
  FAILED: {
    description:
      "Retrieving the data failed; the datasets' additional statuses say why, and are read before it.",
    source: status('L34-L38', 'Data retrieval has failed'),
    note: "A provider account's status says only that it failed; its datasets' additionalStatus carries the reason, and the reader reads those.",
  },

  // API v1.0 refresh codes (numbers: Yodlee's with the provider named, Finicity's without)
  '0': {
    description: 'The account was added: connected.',
    source: legacy(
      'Your account has been successfully added. 0 indicates success. No error name will be returned as the account is successfully added.',
    ),
  },
  '801': {
    description: 'The first refresh is still running (REFRESH_NEVER_DONE).',
    source: legacy('Request In Progress: Please wait while we update your account.'),
    note: 'Error type "Not an Error", name REFRESH_NEVER_DONE.',
  },
  '802': {
    description:
      'The refresh after new sign-in details is still running (REFRESH_NEVER_DONE_AFTER_CREDENTIALS_UPDATE).',
    source: legacy(
      'Updating Account (802): We are in the process of updating your account with revised credentials',
    ),
    note: 'Error type "Not an Error".',
  },
  '402': {
    description:
      'The bank did not accept the username or password (STATUS_LOGIN_FAILED); the borrower corrects them.',
    source: {
      title: 'Yodlee Knowledge Base, "Refresh"',
      url: 'https://developer.yodlee.com/Knowledge_Base/Refresh',
      quote:
        '402 errors indicate that the credentials provided for the account are invalid. In such cases, a user action is required to correct the credentials for the account.',
    },
    note: 'The same page: "If the refresh fails due to invalid or incorrect credentials, the code is 402." Its row in Yodlee\'s v1.0 table could not be read in full; the Knowledge Base gives its meaning in Yodlee\'s own words.',
  },
  '401': {
    description: "The request to the bank's site timed out (NO_CONNECTION); trying again may work.",
    source: legacy(
      "Problem Updating Account (401): We're sorry, your request timed out. Please try again.",
    ),
    note: 'A "Site Error". No time is given.',
  },
  '409': {
    description: "The bank's site is unavailable (STATUS_SITE_UNAVAILABLE).",
    source: legacy(
      'Problem Updating Account (409): We could not update your account because the end site is experiencing technical difficulties.',
    ),
    note: "Its name, STATUS_SITE_UNAVAILABLE, says the site is unavailable: read as SITE_UNAVAILABLE is, the bank's side down, with no time given.",
  },
  '410': {
    description:
      'The password expired at the bank (POP3_SERVER_FAILED): the borrower changes it there, then updates it here.',
    source: legacy(
      'Expired Password (410): Change your password at _SITE_DISPLAY_NAME_ and edit your credentials here.',
    ),
    note: "The quote keeps Yodlee's placeholder _SITE_DISPLAY_NAME_ (the bank's name).",
  },
  '411': {
    description:
      'The bank no longer offers online services (STATUS_SITE_OUT_OF_BUSINESS): it cannot be connected.',
    source: legacy(
      'Site No Longer Available (411): The <site_name> site no longer provides online services to its customers. Please delete this account.',
    ),
  },
  '412': {
    description:
      "The bank's site had a technical problem (STATUS_SITE_APPLICATION_ERROR); trying again later may work.",
    source: legacy(
      'Problem Updating Account(412): We could not update your account because the site is experiencing technical difficulties.',
      'https://developer.yodlee.com/Yodlee_API/Status_Codes',
    ),
    note: 'Quoted from Yodlee\'s "List of Status Codes", which gives the row in full. Its name, STATUS_SITE_APPLICATION_ERROR, is an error at the site, read as UNEXPECTED_SITE_ERROR is: try again, with no time given.',
  },

  // FastLink 4 errors (onError's { code, title, message })
  E700: {
    description: "The lender's FastLink deep link passed an invalid flow.",
    source: deepLink('flow parameter'),
    note: DEEP_LINK,
  },
  E701: {
    description: "The lender's FastLink deep link passed an invalid providerId.",
    source: deepLink('providerId'),
    note: DEEP_LINK,
  },
  E702: {
    description: "The lender's FastLink deep link passed an invalid providerAccountId.",
    source: deepLink('providerAccountId'),
    note: DEEP_LINK,
  },
  E703: {
    description: "The lender's FastLink deep link passed an invalid accountId.",
    source: deepLink('accountId'),
    note: DEEP_LINK,
  },
  E704: {
    description: "The lender's FastLink deep link passed an invalid container.",
    source: deepLink('container parameter'),
    note: DEEP_LINK,
  },
  E705: {
    description: "The lender's FastLink deep link passed an invalid bankTransferCode.",
    source: deepLink('bankTransferCode'),
    note: DEEP_LINK,
  },
  E800: {
    description: 'FastLink had a technical problem while processing a deep link.',
    source: fastLink(
      "We're having technical difficulties while processing the deep-link flow. Contact Yodlee Client Services for details.",
    ),
    note: 'Its message is "Generic Application Error": nothing says the lender\'s values were wrong, so a general error (try again, or get help).',
  },
  E801: {
    description: "The lender's FastLink deep link named a bank Yodlee does not support there.",
    source: fastLink(
      'The parameters provided while invoking the FastLink deep-link flow does not support the provider in the system.',
    ),
    note: `Its message is "Provider not supported". ${DEEP_LINK}`,
  },
};
