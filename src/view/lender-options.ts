import { ACTIONS, type Action } from '../core/index.js';
import { plainText } from '../core/untrusted-text.js';
import { quoted } from '../quoted.js';
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

/**
 * Every action named, with room to spare for white space: what lies beyond is never read, so a
 * runaway value costs nothing.
 */
const MAX_ACTIONS_LENGTH = 500;

/** Longer than any real address; such a value is no bank's website and is not parsed. */
const MAX_URL_LENGTH = 2048;

/**
 * A property value as text: any value that is not a string is empty, so an object whose
 * conversion throws (`Object.create(null)`, a revoked proxy) can never stop an update.
 */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The lender's space-separated allowlist; unknown names are dropped with a development warning.
 * A value that is not a string allows nothing.
 */
export function allowedActions(list: unknown, hasBankUrl: boolean): Set<Action> {
  if (list === null || list === undefined) {
    return new Set(hasBankUrl ? [...DEFAULT_ACTIONS, 'visit_institution'] : DEFAULT_ACTIONS);
  }
  const allowed = new Set<Action>();
  for (const name of textOf(list).slice(0, MAX_ACTIONS_LENGTH).split(/\s+/)) {
    if ((ACTIONS as readonly string[]).includes(name)) allowed.add(name as Action);
    else if (DEV_MODE && name)
      devWarning(`ignoring unknown action ${quoted(name, 40)} in actions.`);
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
export function bankUrl(value: unknown): string | null {
  const text = textOf(value);
  // A runaway value is no bank's website: it is neither trimmed nor parsed.
  const trimmed = text.length > MAX_URL_LENGTH ? null : text.trim();
  if (trimmed === '') return null;
  const url = trimmed === null ? null : parseUrl(trimmed);
  if (url?.protocol === 'https:' && !url.username && !url.password) return url.href;
  if (DEV_MODE) {
    devWarning(
      `institution-url ${quoted(text)} is not an absolute https: URL without credentials; no link is shown.`,
    );
  }
  return null;
}

/** Bank names are display text; a runaway value is cut so it cannot break the layout. */
export function bankName(value: unknown): string | null {
  return plainText(textOf(value), 60) || null;
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
