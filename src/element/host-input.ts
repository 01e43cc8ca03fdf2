import { ACTIONS, type Action } from '../core/index.js';
import { plainText } from '../core/spelling.js';
import { DEV_MODE, devWarning } from '../dev-warning.js';

/**
 * The actions a flow offers when the host says nothing: those every connect flow can take.
 * `visit_institution` joins them when `institution-url` gives it somewhere to go.
 */
export const DEFAULT_ACTIONS: readonly Action[] = [
  'retry',
  'reconnect',
  'choose_another_institution',
  'continue',
];

/** The host's space-separated allowlist; unknown names are dropped with a development warning. */
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
