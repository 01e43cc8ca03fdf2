import { DOCUMENTS, type CodeSource } from './source.js';

/** Where each Argyle code's meaning comes from, in its source's own words. Only listCodes loads this. */
export const ARGYLE_SOURCES: Readonly<Record<string, CodeSource>> = {
  account_closed: {
    description: 'The selected bank account is closed or no longer available at the bank.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'The selected account could not be found or is no longer available at the banking institution.',
    },
    note: 'Argyle gives account_closed and account_not_found the same API message; only the code names tell them apart.',
  },
  account_not_found: {
    description: 'The selected bank account could not be found at the bank.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'The selected account could not be found or is no longer available at the banking institution.',
    },
  },
  generic_error: {
    description:
      'A connection error with no more specific cause occurred while verifying the account.',
    source: {
      title: DOCUMENTS.argyle,
      quote: 'A connection error occurred while trying to verify the account.',
    },
  },
  institution_not_supported: {
    description: 'The selected bank does not currently support connections.',
    source: {
      title: DOCUMENTS.argyle,
      quote: 'The selected banking institution does not currently support connections.',
    },
  },
  invalid_credentials: {
    description: 'The bank did not accept the borrower’s online-banking username or password.',
    source: {
      title: DOCUMENTS.argyle,
      quote: 'The borrower provided invalid banking login credentials.',
    },
  },
  mfa_issue_encountered: {
    description:
      'A multi-factor authentication or security verification step at the bank was not completed successfully.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'A multi-factor authentication or security verification step was not completed successfully.',
    },
  },
  one_time_passcode_issue: {
    description:
      'A problem with the bank’s one-time passcode step kept the connection from completing.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.',
    },
    note: 'Argyle’s API message for this code repeats the temporary_connection_issue text word for word; we follow the code’s name (a one-time passcode problem) and read the message as saying that a new attempt may succeed.',
  },
  report_generation_failed: {
    description: 'Argyle could not generate the requested banking report.',
    source: {
      title: DOCUMENTS.argyle,
      quote: 'We could not generate the requested banking report.',
    },
  },
  temporary_connection_issue: {
    description: 'A temporary problem is preventing a connection to the borrower’s bank.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.',
    },
  },
  token_invalid_or_expired: {
    description:
      'Access to the borrower’s bank connection is no longer valid; the borrower must reconnect the account.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'The borrower needs to reconnect their account to restore access and complete verification.',
    },
  },
  user_action_required_at_institution: {
    description:
      'The borrower must sign in at the bank and complete a pending account action before reconnecting.',
    source: {
      title: DOCUMENTS.argyle,
      quote:
        'The borrower must sign in directly at their banking institution and complete an account action before reconnecting.',
    },
  },
};
