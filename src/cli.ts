/**
 * `npx bank-connect-error explain <provider> <code> [--locale es] [--institution NAME] [--json]`:
 * what a code means and what the borrower is shown, for support engineers and backend developers.
 */
import { parseArgs } from 'node:util';
import { listCodes, type DocumentedCode } from './core/list-codes.js';
import { ACTIONS, PROVIDERS, resolve, type Resolution } from './core/index.js';
import { providerName } from './core/spelling.js';
import { cut } from './core/untrusted-text.js';
import { escapeInvisible, quoted } from './quoted.js';
import { setLocale } from './localization/localization.js';
import { matchLocale } from './localization/match-locale.js';
import { borrowerView, type BorrowerView } from './view/borrower-view.js';

const USAGE = `usage: bank-connect-error explain <provider> <code> [--locale L] [--institution NAME] [--json]

  provider   ${PROVIDERS.join(', ')} (or an alias such as mastercard)
  code       the provider's code, in any spelling ("936", "INVALID_LOGIN", "Invalid Login")
  --locale       the borrower's language (default en)
  --institution  the bank's name, as the lender's page would pass it
  --json         print { resolution, shown, source, note? } as JSON

Shows the buttons of a flow that allows every action. Exit codes: 0 known code, 1 unknown code,
2 bad usage.`;

/** Longest an echoed value or message gets: enough to recognize it, never a flood. */
const MAX_ECHO = 40;

/**
 * A line about the user's input, safe for a terminal: a value or message from the arguments can
 * carry escape sequences (clearing the screen, printing a fake answer), so every control or
 * invisible character is written as an escape and the line is cut short.
 */
function echo(text: string): string {
  return escapeInvisible(cut(text, MAX_ECHO * 4));
}

/** Every action allowed, so that the output names the two best steps for the code. */
const EVERY_ACTION = ACTIONS.join(' ');

/** Where the code's meaning comes from, with our note where the source is wrong or ambiguous. */
function sourceLines(documented: DocumentedCode | undefined): string[] {
  if (!documented) return [];
  const { source, note } = documented;
  return [
    '',
    `Source: ${source.title}${source.url ? ` (${source.url})` : ''}`,
    `  “${source.quote}”`,
    ...(note ? [`Note: ${note}`] : []),
  ];
}

function asText(
  resolution: Resolution,
  view: BorrowerView,
  documented: DocumentedCode | undefined,
): string {
  const { min, max } = resolution.retryAfter ?? {};
  return [
    `${resolution.provider} ${resolution.code}: ${resolution.reason} (${resolution.severity})`,
    `actions, best first: ${resolution.actions.join(', ')}`,
    ...(min === undefined ? [] : [`retry after: ${min}${max ? `–${max}` : ''} s`]),
    '',
    `The borrower sees (${view.locale}):`,
    `  ${view.title}`,
    `  ${view.message}`,
    ...(view.wait ? [`  ${view.wait}`] : []),
    `  [${view.buttons.map((button) => button.label).join('] [')}]`,
    `  ${view.reference}`,
    ...sourceLines(documented),
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
        institution: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // Node's message names the unknown option as typed.
    err(`bank-connect-error: ${echo((error as Error).message.split('\n')[0]!)}`);
    return 2;
  }
  if (parsed.values.help) {
    out(USAGE);
    return 0;
  }
  const [command, providerArg, code, ...extra] = parsed.positionals;
  if (
    command !== 'explain' ||
    providerArg === undefined ||
    code === undefined ||
    extra.length > 0
  ) {
    err(USAGE.split('\n')[0]!);
    return 2;
  }
  const provider = providerName(providerArg);
  if (!provider) {
    err(
      `bank-connect-error: unknown provider ${quoted(providerArg, MAX_ECHO)}; use one of ${PROVIDERS.join(', ')}.`,
    );
    return 2;
  }
  const locale = matchLocale(parsed.values.locale);
  if (locale === 'en' && !/^en\b/i.test(parsed.values.locale ?? '')) {
    err(`bank-connect-error: unsupported locale ${quoted(parsed.values.locale, MAX_ECHO)}.`);
    return 2;
  }
  await setLocale(locale);

  const resolution = resolve({ provider, code });
  if (!resolution.known) {
    err(
      `bank-connect-error: ${provider} documents no code ${quoted(resolution.code)}; the borrower would see the generic message.`,
    );
  }
  const view = borrowerView(resolution, {
    institution: parsed.values.institution,
    actions: EVERY_ACTION,
  });
  const shown = { ...view, buttons: view.buttons.map((button) => button.label) };
  const documented = listCodes(provider).find((entry) => entry.code === resolution.code);
  const cited = documented && { source: documented.source, note: documented.note };
  out(
    parsed.values.json
      ? JSON.stringify({ resolution, shown, ...cited }, null, 2)
      : asText(resolution, view, documented),
  );
  return resolution.known ? 0 : 1;
}
