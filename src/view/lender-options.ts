import { ACTIONS, type Action } from '../core/index.js';
import { plainText } from '../core/untrusted-text.js';
import { DEV_MODE, devWarning } from '../dev-warning.js';

/** What the lender's page says about its flow, as attributes or options (raw, untrusted). */
export interface LenderOptions {
  /** The bank's display name; without it the text says "your bank". */
  institution?: string | null;
  /** The bank's website for `visit_institution`; only absolute `https:` URLs are used. */
  institutionUrl?: string | null;
  /** Space-separated allowlist of the actions the flow supports; absent means the defaults. */
  actions?: string | null;
  /** Leaves out the "Reference: Finicity 103" line. */
  hideReference?: boolean;
}

/** `LenderOptions` read and checked: what the words and buttons are built from. */
export interface LenderChoices {
  bank: string | null;
  bankUrl: string | null;
  allowed: ReadonlySet<Action>;
  hideReference: boolean;
}

/**
 * The actions a flow offers when the lender says nothing: those every connect flow can take.
 * `visit_institution` joins them when `institution-url` gives it somewhere to go.
 */
const DEFAULT_ACTIONS: readonly Action[] = [
  'retry',
  'reconnect',
  'choose_another_institution',
  'continue',
];

/** The lender's space-separated allowlist; unknown names are dropped with a development warning. */
export function allowedActions(list: string | null | undefined, hasBankUrl: boolean): Set<Action> {
  if (list === null || list === undefined) {
    return new Set(hasBankUrl ? [...DEFAULT_ACTIONS, 'visit_institution'] : DEFAULT_ACTIONS);
  }
  const allowed = new Set<Action>();
  for (const name of String(list).split(/\s+/).filter(Boolean).slice(0, 32)) {
    if ((ACTIONS as readonly string[]).includes(name)) allowed.add(name as Action);
    else if (DEV_MODE) devWarning(`ignoring unknown action "${name.slice(0, 40)}" in actions.`);
  }
  return allowed;
}

/** `URL.parse` without needing a 2024 browser (borrowers' phones are often older). */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** The bank's website, only when it is an absolute `https:` URL without credentials. */
export function bankUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = String(value).trim();
  const url = parseUrl(text);
  if (url?.protocol === 'https:' && !url.username && !url.password) return url.href;
  if (DEV_MODE) {
    devWarning(
      `institution-url ${JSON.stringify(text.slice(0, 80))} is not an absolute https: URL without credentials; no link is shown.`,
    );
  }
  return null;
}

/** Bank names are display text; a runaway value is cut so it cannot break the layout. */
export function bankName(value: string | null | undefined): string | null {
  return plainText(String(value ?? ''), 60) || null;
}

/** Reads every option at once, for callers that don't cache them one by one as the element does. */
export function readLenderOptions(options: LenderOptions = {}): LenderChoices {
  const url = bankUrl(options.institutionUrl);
  return {
    bank: bankName(options.institution),
    bankUrl: url,
    allowed: allowedActions(options.actions, url !== null),
    hideReference: options.hideReference === true,
  };
}
