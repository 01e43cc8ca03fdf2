import type { Action, Resolution } from '../core/index.js';
import { getLocale } from '../localization/localization.js';
import type { Locale } from '../localization/match-locale.js';
import { actionLabel } from '../messages/actions.js';
import { referenceText } from '../messages/labels.js';
import { reasonText } from '../messages/reasons.js';
import { retryAfterText } from '../messages/retry-after.js';
import { readLenderOptions, type LenderChoices, type LenderOptions } from './lender-options.js';

/** At most this many buttons: one clear next step and one alternative. */
const MAX_BUTTONS = 2;

/** One button the borrower can press. */
export interface ShownButton {
  action: Action;
  label: string;
  /** For `visit_institution` with a usable `institutionUrl`: the bank's website. */
  href?: string;
}

/** Everything a borrower reads for one resolution, in the active locale. */
export interface BorrowerView {
  locale: Locale;
  /** What happened. */
  title: string;
  /** Why, and what to do. */
  message: string;
  /** How long to wait ("Try again in 3–5 days"), where waiting is the fix and a source gives the time. */
  wait?: string;
  /** Best first: the resolution's actions that the lender allows, at most `MAX_BUTTONS`. */
  buttons: ShownButton[];
  /** "Reference: Finicity 103", or '' when there is no code or the lender hid it. */
  reference: string;
}

/** What the borrower sees, from lender options already read (the element reads each once). */
export function viewFor(resolution: Resolution, choices: LenderChoices): BorrowerView {
  const locale = getLocale();
  const { bank, bankUrl, allowed, hideReference } = choices;
  const buttons = resolution.actions
    .filter((action) => allowed.has(action))
    .slice(0, MAX_BUTTONS)
    .map((action): ShownButton => {
      const label = actionLabel(action, bank);
      return action === 'visit_institution' && bankUrl
        ? { action, label, href: bankUrl }
        : { action, label };
    });
  return {
    locale,
    ...reasonText(resolution.reason, bank),
    ...(resolution.retryAfter && { wait: retryAfterText(resolution.retryAfter, locale) }),
    buttons,
    reference: hideReference ? '' : referenceText(resolution),
  };
}

/**
 * What `<bank-connect-error>` shows the borrower for a resolution, in the active locale: title,
 * message, waiting time, buttons and reference. For support tools, previews, emails and tests.
 *
 * @example
 * borrowerView(resolve({ provider: 'finicity', code: 936 }), { institution: 'Tangerine' }).title
 */
export function borrowerView(resolution: Resolution, options?: LenderOptions): BorrowerView {
  return viewFor(resolution, readLenderOptions(options));
}
