/**
 * `npx bank-connect-error explain <provider> <code> [--locale es] [--json]`: what a code means and
 * what the borrower is shown, for support engineers and backend developers.
 */
import { parseArgs } from 'node:util';
import { PROVIDERS, resolve, type Resolution } from './core/index.js';
import { providerName } from './core/spelling.js';
import { setLocale } from './localization/localization.js';
import { matchLocale } from './localization/match-locale.js';
import { actionLabel } from './messages/actions.js';
import { referenceText } from './messages/labels.js';
import { reasonText } from './messages/reasons.js';
import { retryAfterText } from './messages/retry-after.js';

const USAGE =
  'usage: bank-connect-error explain <argyle|flinks|finicity> <code> [--locale es] [--json]';

/** What the borrower is shown for a resolution, in the active locale. */
function shown(resolution: Resolution, locale: string) {
  const { title, message } = reasonText(resolution.reason, null);
  return {
    locale,
    title,
    message,
    ...(resolution.retryAfter && { retry: retryAfterText(resolution.retryAfter, locale) }),
    buttons: resolution.actions.slice(0, 2).map((action) => actionLabel(action, null)),
    reference: referenceText(resolution),
  };
}

function asText(resolution: Resolution, view: ReturnType<typeof shown>): string {
  return [
    `${resolution.provider} ${resolution.code}: ${resolution.reason} (${resolution.severity})`,
    `actions, best first: ${resolution.actions.join(', ')}`,
    ...(resolution.retryAfter
      ? [
          `retry after: ${resolution.retryAfter.min}${resolution.retryAfter.max ? `–${resolution.retryAfter.max}` : ''} s`,
        ]
      : []),
    '',
    `The borrower sees (${view.locale}):`,
    `  ${view.title}`,
    `  ${view.message}`,
    ...(view.retry ? [`  ${view.retry}`] : []),
    `  [${view.buttons.join('] [')}]`,
    `  ${view.reference}`,
  ].join('\n');
}

/** Runs the command line; returns the exit code. */
export async function main(
  args: readonly string[],
  out = console.log,
  err = console.error,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        locale: { type: 'string', default: 'en' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    err(`bank-connect-error: ${(error as Error).message.split('\n')[0]}`);
    return 2;
  }
  const [command, providerArg, code, ...extra] = parsed.positionals;
  if (
    command !== 'explain' ||
    providerArg === undefined ||
    code === undefined ||
    extra.length > 0
  ) {
    err(USAGE);
    return 2;
  }
  const provider = providerName(providerArg);
  if (!provider) {
    err(
      `bank-connect-error: unknown provider "${providerArg}"; use one of ${PROVIDERS.join(', ')}.`,
    );
    return 2;
  }
  const locale = matchLocale(parsed.values.locale);
  if (locale === 'en' && !/^en\b/i.test(parsed.values.locale ?? '')) {
    err(`bank-connect-error: unsupported locale "${parsed.values.locale}".`);
    return 2;
  }
  await setLocale(locale);

  const resolution = resolve({ provider, code });
  if (!resolution.known) {
    err(
      `bank-connect-error: ${provider} documents no code "${resolution.code}"; the borrower would see the generic message.`,
    );
  }
  const view = shown(resolution, locale);
  out(
    parsed.values.json
      ? JSON.stringify({ resolution, shown: view }, null, 2)
      : asText(resolution, view),
  );
  return resolution.known ? 0 : 1;
}
