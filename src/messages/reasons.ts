import { msg, str } from '../localization/msg.js';
import type { Reason } from '../core/index.js';

/** The words a borrower reads for one reason. */
export interface ReasonText {
  title: string;
  message: string;
}

/**
 * Each reason's words, with and without the bank's name: the name goes where each language's
 * grammar needs it, so the two are separate messages rather than "your bank" pasted into one.
 * `msg()` runs when a reason is rendered, never at import, so the active locale applies.
 */
const REASON_TEXT: Readonly<Record<Reason, (bank: string | null) => ReasonText>> = {
  invalid_credentials: (bank) => ({
    title: bank
      ? msg(str`We couldn't sign in to ${bank}`, {
          id: 'reason.invalid_credentials.title.named',
          desc: 'Title: the bank did not accept the username or password. The placeholder is the bank name.',
        })
      : msg(`We couldn't sign in to your bank`, {
          id: 'reason.invalid_credentials.title',
          desc: 'Title: the bank did not accept the username or password.',
        }),
    message: msg(
      `That username or password didn't work. Try again with the ones you use for online banking.`,
      {
        id: 'reason.invalid_credentials.message',
        desc: 'The bank did not accept the username or password; try again with the online-banking ones (button: Try again). Never blame the borrower.',
      },
    ),
  }),

  account_locked: (bank) => ({
    title: msg(`Your online banking is locked`, {
      id: 'reason.account_locked.title',
      desc: 'Title: the borrower’s online-banking sign-in is locked or disabled at the bank.',
    }),
    message: bank
      ? msg(
          str`${bank} has locked your online banking sign-in. You can unlock it on the bank website or by phone.`,
          {
            id: 'reason.account_locked.message.named',
            desc: 'The sign-in is locked at the bank; the borrower unlocks it there, on its website or by phone (buttons: Go to the bank, Verify another way; no Try again). The placeholder is the bank name; name it once.',
          },
        )
      : msg(
          `Your bank has locked your online banking sign-in. You can unlock it on the bank website or by phone.`,
          {
            id: 'reason.account_locked.message',
            desc: 'The sign-in is locked at the bank; the borrower unlocks it there, on its website or by phone (buttons: Go to your bank, Verify another way; no Try again).',
          },
        ),
  }),

  credentials_update_required: (bank) => ({
    title: bank
      ? msg(str`${bank} needs updated sign-in details`, {
          id: 'reason.credentials_update_required.title.named',
          desc: 'Title: the bank wants a new password or security details first. The placeholder is the bank name.',
        })
      : msg(`Your bank needs updated sign-in details`, {
          id: 'reason.credentials_update_required.title',
          desc: 'Title: the bank wants a new password or security details first.',
        }),
    message: bank
      ? msg(
          str`Sign in on the ${bank} website and update your password or security questions. Then try again with your new details.`,
          {
            id: 'reason.credentials_update_required.message.named',
            desc: 'What to do at the bank before retrying. The placeholder is the bank name.',
          },
        )
      : msg(
          `Sign in on your bank's website and update your password or security questions. Then try again with your new details.`,
          {
            id: 'reason.credentials_update_required.message',
            desc: 'What to do at the bank before retrying.',
          },
        ),
  }),

  action_required_at_institution: (bank) => ({
    title: bank
      ? msg(str`${bank} needs something from you`, {
          id: 'reason.action_required_at_institution.title.named',
          desc: 'Title: the bank shows a pending step (new terms, a notice) to finish first. The placeholder is the bank name.',
        })
      : msg(`Your bank needs something from you`, {
          id: 'reason.action_required_at_institution.title',
          desc: 'Title: the bank shows a pending step (new terms, a notice) to finish first.',
        }),
    message: bank
      ? msg(
          str`Sign in on the ${bank} website and finish the step it shows you, such as accepting new terms. Then try again.`,
          {
            id: 'reason.action_required_at_institution.message.named',
            desc: 'What to do at the bank before retrying. The placeholder is the bank name.',
          },
        )
      : msg(
          `Sign in on your bank's website and finish the step it shows you, such as accepting new terms. Then try again.`,
          {
            id: 'reason.action_required_at_institution.message',
            desc: 'What to do at the bank before retrying.',
          },
        ),
  }),

  language_not_supported: (bank) => ({
    title: msg(`Online banking must be in English`, {
      id: 'reason.language_not_supported.title',
      desc: 'Title: the connection only works when the online-banking language is English. Keep "English" as the language name.',
    }),
    message: bank
      ? msg(
          str`Sign in on the ${bank} website and switch your language to English for good. Then try again.`,
          {
            id: 'reason.language_not_supported.message.named',
            desc: 'Switch the online-banking language to English and keep it so (switching back would break the connection later), then retry. The placeholder is the bank name.',
          },
        )
      : msg(
          `Sign in on your bank's website and switch your language to English for good. Then try again.`,
          {
            id: 'reason.language_not_supported.message',
            desc: 'Switch the online-banking language to English and keep it so (switching back would break the connection later), then retry.',
          },
        ),
  }),

  mfa_failed: () => ({
    title: msg(`The security check didn't go through`, {
      id: 'reason.mfa_failed.title',
      desc: 'Title: a security question or one-time code was not answered, or the answer was not accepted.',
    }),
    message: msg(
      `Your bank asked a security question or sent a code. It wasn't answered, or the answer wasn't accepted.`,
      {
        id: 'reason.mfa_failed.message',
        desc: 'A security question or one-time code failed. Says only what happened: for some codes the borrower cannot retry, so the buttons (Try again or Verify another way, Get help) carry the next step. Never blame the borrower.',
      },
    ),
  }),

  one_time_passcode_required: (bank) => ({
    title: msg(`Enter a new one-time code`, {
      id: 'reason.one_time_passcode_required.title',
      desc: 'Title: the bank asks for a fresh one-time security code (sent by text or email).',
    }),
    message: bank
      ? msg(
          str`${bank} sends a new one-time code each time you connect. Try again and enter the newest code you received.`,
          {
            id: 'reason.one_time_passcode_required.message.named',
            desc: 'The bank needs a new one-time code every time. The placeholder is the bank name.',
          },
        )
      : msg(
          `Your bank sends a new one-time code each time you connect. Try again and enter the newest code you received.`,
          {
            id: 'reason.one_time_passcode_required.message',
            desc: 'The bank needs a new one-time code every time.',
          },
        ),
  }),

  reconnect_required: (bank) => ({
    title: msg(`Please reconnect your account`, {
      id: 'reason.reconnect_required.title',
      desc: 'Title: the bank needs the borrower to sign in again (access expired, consent or security check needed); they must connect the account again.',
    }),
    message: bank
      ? msg(str`${bank} needs you to sign in again. This isn't something you did.`, {
          id: 'reason.reconnect_required.message.named',
          desc: 'The bank needs the borrower to sign in again; not the borrower’s fault. The Reconnect button follows. The placeholder is the bank name.',
        })
      : msg(`Your bank needs you to sign in again. This isn't something you did.`, {
          id: 'reason.reconnect_required.message',
          desc: 'The bank needs the borrower to sign in again; not the borrower’s fault. The Reconnect button follows.',
        }),
  }),

  session_expired: () => ({
    title: msg(`The connection timed out`, {
      id: 'reason.session_expired.title',
      desc: 'Title: the connection timed out or no longer exists. Avoid the word "session".',
    }),
    message: msg(`For your security, the connection closed after a while. Please try again.`, {
      id: 'reason.session_expired.message',
      desc: 'The connection timed out for security; try again (button: Try again).',
    }),
  }),

  concurrent_session: () => ({
    title: msg(`Already open in another window`, {
      id: 'reason.concurrent_session.title',
      desc: 'Title: the connection is already open in another browser window or tab.',
    }),
    message: msg(
      `It looks like you're also connecting in another window or tab. Close the other one, then try again here.`,
      {
        id: 'reason.concurrent_session.message',
        desc: 'Close the other window or tab, then retry.',
      },
    ),
  }),

  account_unavailable: () => ({
    title: msg(`We couldn't find that account`, {
      id: 'reason.account_unavailable.title',
      desc: 'Title: the chosen account is closed or can no longer be found at the bank.',
    }),
    message: msg(
      `The account you chose may be closed or no longer available. Check that it's open in your online banking, or choose another account.`,
      {
        id: 'reason.account_unavailable.message',
        desc: 'The chosen account is closed or missing.',
      },
    ),
  }),

  no_eligible_accounts: (bank) => ({
    title: bank
      ? msg(str`No usable account at ${bank}`, {
          id: 'reason.no_eligible_accounts.title.named',
          desc: 'Title: no usable account was found at this bank. The placeholder is the bank name.',
        })
      : msg(`No usable account at this bank`, {
          id: 'reason.no_eligible_accounts.title',
          desc: 'Title: no usable account was found at this bank.',
        }),
    message: msg(
      `We didn't find an account we can use for your application. You can choose another bank or verify another way.`,
      {
        id: 'reason.no_eligible_accounts.message',
        desc: 'No usable account at this bank; offer another bank or another way.',
      },
    ),
  }),

  no_recent_transactions: () => ({
    title: msg(`We need your everyday account`, {
      id: 'reason.no_recent_transactions.title',
      desc: 'Title: the connected account is not the everyday one (no recent transactions, or the main chequing account is missing).',
    }),
    message: msg(`Please choose the account your pay goes into and your bills are paid from.`, {
      id: 'reason.no_recent_transactions.message',
      desc: 'Ask for the everyday (main chequing) account: where pay comes in and bills are paid from (buttons: Choose another account, Continue).',
    }),
  }),

  consent_required: (bank) => ({
    title: bank
      ? msg(str`${bank} needs your permission`, {
          id: 'reason.consent_required.title.named',
          desc: 'Title: data-sharing consent must be given at the bank. The placeholder is the bank name.',
        })
      : msg(`Your bank needs your permission`, {
          id: 'reason.consent_required.title',
          desc: 'Title: data-sharing consent must be given at the bank.',
        }),
    message: bank
      ? msg(
          str`Sign in on the ${bank} website and allow it to share your account details. Then try again.`,
          {
            id: 'reason.consent_required.message.named',
            desc: 'Give data-sharing consent at the bank. The placeholder is the bank name.',
          },
        )
      : msg(
          `Sign in on your bank's website and allow it to share your account details. Then try again.`,
          {
            id: 'reason.consent_required.message',
            desc: 'Give data-sharing consent at the bank.',
          },
        ),
  }),

  institution_not_supported: (bank) => ({
    title: bank
      ? msg(str`We can't connect to ${bank}`, {
          id: 'reason.institution_not_supported.title.named',
          desc: 'Title: this bank cannot be connected. The placeholder is the bank name.',
        })
      : msg(`We can't connect to this bank`, {
          id: 'reason.institution_not_supported.title',
          desc: 'Title: this bank cannot be connected.',
        }),
    message: msg(
      `This isn't something you did. You can choose another bank or verify another way.`,
      {
        id: 'reason.institution_not_supported.message',
        desc: 'The bank cannot be connected (and no time is known when it might be); not the borrower’s fault. Buttons: Choose another bank, Verify another way.',
      },
    ),
  }),

  institution_being_added: (bank) => ({
    title: bank
      ? msg(str`${bank} can't be connected yet`, {
          id: 'reason.institution_being_added.title.named',
          desc: 'Title: the connection to this bank is still being built, with no promise when. The placeholder is the bank name.',
        })
      : msg(`Your bank can't be connected yet`, {
          id: 'reason.institution_being_added.title',
          desc: 'Title: the connection to this bank is still being built, with no promise when.',
        }),
    message: msg(
      `The connection to this bank is still being set up. This isn't something you did, and a few more tries now help.`,
      {
        id: 'reason.institution_being_added.message',
        desc: 'The data provider (not the lender) is still building the connection to this bank; not the borrower’s fault; a few more sign-in attempts now help build it (button: Try again), then a try in about a week (shown separately as the waiting time).',
      },
    ),
  }),

  connection_being_fixed: (bank) => ({
    title: bank
      ? msg(str`The connection to ${bank} isn't working`, {
          id: 'reason.connection_being_fixed.title.named',
          desc: 'Title: the connection to this bank is broken (it is being repaired). The placeholder is the bank name.',
        })
      : msg(`The connection to your bank isn't working`, {
          id: 'reason.connection_being_fixed.title',
          desc: 'Title: the connection to this bank is broken (it is being repaired).',
        }),
    message: msg(
      `The connection is being repaired. This isn't something you did, and a few more tries now help.`,
      {
        id: 'reason.connection_being_fixed.message',
        desc: 'The data provider (not the lender) is repairing the connection; not the borrower’s fault; a few more sign-in attempts now help the repair (button: Try again), then a try in about a week (shown separately as the waiting time).',
      },
    ),
  }),

  institution_outage: (bank) => ({
    title: bank
      ? msg(str`The connection to ${bank} is down`, {
          id: 'reason.institution_outage.title.named',
          desc: 'Title: the connection to this bank is down. The placeholder is the bank name.',
        })
      : msg(`The connection to your bank is down`, {
          id: 'reason.institution_outage.title',
          desc: 'Title: the connection to this bank is down.',
        }),
    message: msg(
      `This isn't something you did. Until it's back, you can choose another bank or verify another way.`,
      {
        id: 'reason.institution_outage.message',
        desc: 'The bank connection is down; not the borrower’s fault; until it is back, offer the ways forward now (buttons: Choose another bank, Verify another way). A waiting time is shown separately where the provider gives one.',
      },
    ),
  }),

  institution_maintenance: (bank) => ({
    title: bank
      ? msg(str`${bank} is doing maintenance`, {
          id: 'reason.institution_maintenance.title.named',
          desc: 'Title: the bank’s online service is under maintenance. The placeholder is the bank name.',
        })
      : msg(`Your bank is doing maintenance`, {
          id: 'reason.institution_maintenance.title',
          desc: 'Title: the bank’s online service is under maintenance.',
        }),
    message: msg(`This isn't something you did. Please try again later, or choose another bank.`, {
      id: 'reason.institution_maintenance.message',
      desc: 'Maintenance at the bank, for a time nobody gives; not the borrower’s fault. Try again later, or choose another bank now (buttons: Choose another bank, Try again).',
    }),
  }),

  temporary_issue: (bank) => ({
    title: msg(`We had trouble connecting`, {
      id: 'reason.temporary_issue.title',
      desc: 'Title: a passing problem reaching the bank.',
    }),
    message: bank
      ? msg(str`We couldn't reach ${bank} just now. This isn't something you did.`, {
          id: 'reason.temporary_issue.message.named',
          desc: 'A passing problem reaching the bank; not the borrower’s fault. No call to retry here: a waiting time may be shown below it, and the Try again button follows. The placeholder is the bank name.',
        })
      : msg(`We couldn't reach your bank just now. This isn't something you did.`, {
          id: 'reason.temporary_issue.message',
          desc: 'A passing problem reaching the bank; not the borrower’s fault. No call to retry here: a waiting time may be shown below it, and the Try again button follows.',
        }),
  }),

  access_denied: (bank) => ({
    title: bank
      ? msg(str`${bank} didn't allow access`, {
          id: 'reason.access_denied.title.named',
          desc: 'Title: the bank refused access to the account information. The placeholder is the bank name.',
        })
      : msg(`Your bank didn't allow access`, {
          id: 'reason.access_denied.title',
          desc: 'Title: the bank refused access to the account information.',
        }),
    message: msg(
      `The bank didn't let us see your account information. Check the access settings in your online banking, or verify another way.`,
      {
        id: 'reason.access_denied.message',
        desc: 'The bank refused access; check settings there or use another way.',
      },
    ),
  }),

  connection_incomplete: () => ({
    title: msg(`The connection wasn't finished`, {
      id: 'reason.connection_incomplete.title',
      desc: 'Title: the borrower did not finish connecting the account.',
    }),
    message: msg(`Your account isn't connected yet. Please try again to finish.`, {
      id: 'reason.connection_incomplete.message',
      desc: 'The connection was not finished; retry to finish it. Never blame the borrower.',
    }),
  }),

  report_failed: () => ({
    title: msg(`We couldn't get your account details`, {
      id: 'reason.report_failed.title',
      desc: 'Title: the account connected, but its details could not be gathered. Avoid the word "report".',
    }),
    message: msg(
      `Your account is connected, but we couldn't gather its details. Please try again.`,
      {
        id: 'reason.report_failed.message',
        desc: 'Connected, but its details could not be gathered; retry.',
      },
    ),
  }),

  documents_rejected: () => ({
    title: msg(`We couldn't use your statements`, {
      id: 'reason.documents_rejected.title',
      desc: 'Title: uploaded bank statements were rejected or not supported.',
    }),
    message: msg(
      `One or more files couldn't be read or aren't supported. Please upload clear PDF statements from your bank, or verify another way.`,
      {
        id: 'reason.documents_rejected.message',
        desc: 'Uploaded statements were rejected. Keep "PDF".',
      },
    ),
  }),

  data_incomplete: (bank) => ({
    title: bank
      ? msg(str`${bank} is connected`, {
          id: 'reason.data_incomplete.title.named',
          desc: 'Title: the account is connected (some details could not be read). The placeholder is the bank name.',
        })
      : msg(`Your account is connected`, {
          id: 'reason.data_incomplete.title',
          desc: 'Title: the account is connected (some details could not be read).',
        }),
    message: msg(
      `We couldn't read a few details, but there's nothing you need to do. You can continue.`,
      {
        id: 'reason.data_incomplete.message',
        desc: 'Some details were missing; nothing for the borrower to fix.',
      },
    ),
  }),

  in_progress: () => ({
    title: msg(`We're still working on it`, {
      id: 'reason.in_progress.title',
      desc: 'Title: the connection is still being processed.',
    }),
    message: msg(
      `We're still getting your account details ready. You can continue in the meantime.`,
      {
        id: 'reason.in_progress.message',
        desc: 'Still processing (at the bank, or uploaded statements); nothing to do but continue. No time is promised.',
      },
    ),
  }),

  connected: (bank) => ({
    title: bank
      ? msg(str`${bank} is connected`, {
          id: 'reason.connected.title.named',
          desc: 'Title: the account was connected successfully. The placeholder is the bank name.',
        })
      : msg(`Your account is connected`, {
          id: 'reason.connected.title',
          desc: 'Title: the account was connected successfully.',
        }),
    message: msg(`Everything went through. You can now continue.`, {
      id: 'reason.connected.message',
      desc: 'Success; continue.',
    }),
  }),

  integration_error: () => ({
    title: msg(`Something's wrong on our side`, {
      id: 'reason.integration_error.title',
      desc: 'Title: the lender’s own system made the error (a wrong key, a bad request); not the borrower, not the bank. "Our" is the lender.',
    }),
    message: msg(
      `This is a problem with our system, not with your bank or anything you did. Please try again, or get help if it keeps happening.`,
      {
        id: 'reason.integration_error.message',
        desc: 'The lender’s system is at fault; try again, or get help. Buttons: Try again, Get help.',
      },
    ),
  }),

  generic_error: () => ({
    title: msg(`We couldn't connect your account`, {
      id: 'reason.generic_error.title',
      desc: 'Title: an error with no more specific meaning.',
    }),
    message: msg(`Something went wrong while connecting. Please try again.`, {
      id: 'reason.generic_error.message',
      desc: 'A general error; retry (buttons: Try again, Get help).',
    }),
  }),

  unknown: () => ({
    title: msg(`We couldn't connect your account`, {
      id: 'reason.unknown.title',
      desc: 'Title: an error code nobody documented.',
    }),
    message: msg(`Something we didn't expect went wrong while connecting. Please try again.`, {
      id: 'reason.unknown.message',
      desc: 'An undocumented error; retry (buttons: Try again, Get help).',
    }),
  }),
};

/** The title and message for a reason, with the bank's name when the lender's page gave one. */
export function reasonText(reason: Reason, bank: string | null): ReasonText {
  return REASON_TEXT[reason](bank);
}
