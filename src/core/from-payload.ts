import { readArgyle } from './payload/argyle.js';
import { readFinicity } from './payload/finicity.js';
import { readFlinks } from './payload/flinks.js';
import { readMx } from './payload/mx.js';
import { readPlaid } from './payload/plaid.js';
import { readYodlee } from './payload/yodlee.js';
import type { Found, Reader } from './payload/found.js';
import { field, isObject } from './payload/json.js';
import { build, resolve } from './resolve.js';
import { providerName } from './spelling.js';
import { PROVIDERS, type Provider, type Resolution, type Severity } from './vocabulary.js';

/** Each provider's reader (`src/core/payload/`): the codes its payload holds, if it is its shape. */
const READERS: Readonly<Record<Provider, Reader>> = {
  argyle: readArgyle,
  flinks: readFlinks,
  finicity: readFinicity,
  plaid: readPlaid,
  mx: readMx,
  yodlee: readYodlee,
};

/**
 * The order readers are tried in: the providers' own, but Finicity's last, since its shapes
 * (`{ code, status }`, `{ reason }`, `{ status }`) are the loosest.
 */
const TRIAL_ORDER: readonly Provider[] = [
  ...PROVIDERS.filter((provider) => provider !== 'finicity'),
  'finicity',
];

/** JSON text longer than this is not parsed: no real event, webhook or response comes close. */
const MAX_JSON_LENGTH = 1_000_000;

/** JSON text parsed (white space around it is JSON's own); anything else as it is. */
function parse(payload: unknown): unknown {
  if (typeof payload !== 'string') return payload;
  if (payload.length > MAX_JSON_LENGTH) return undefined;
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/** A found code, cleaned and read through the catalog, then as the payload decides. */
function resolutionOf(provider: Provider | null, [code, reason]: Found): Resolution {
  const resolution = resolve({ provider: provider ?? undefined, code: code as string });
  return reason ? build(provider, resolution.code, reason) : resolution;
}

/** The provider whose shape the payload is in (or the one given), and the codes it holds. */
type Reading = [Provider | null, readonly Found[]];

function read(payload: unknown, given: Provider | null): Reading {
  const value = parse(payload);
  if (!isObject(value)) return [given, []];
  // The given provider's shapes first: its name is a hint, and a payload in another's shape is
  // still that one's.
  const order = given ? [given, ...TRIAL_ORDER.filter((p) => p !== given)] : TRIAL_ORDER;
  for (const provider of order) {
    const found = READERS[provider](value);
    if (found) return [provider, found];
  }
  // A bare `{ code }`: one element of Argyle's `status.errors`, or a lender's own shape.
  const code = field(value, 'code');
  return [given, code === undefined ? [] : [[code]]];
}

/** The borrower acts on errors first, then warnings; a code we understand before one we don't. */
const URGENCY: readonly Severity[] = ['error', 'warning', 'info', 'success'];

function urgency({ known, severity }: Resolution): number {
  return URGENCY.indexOf(severity) * 2 + (known ? 0 : 1);
}

/**
 * Every code a raw provider payload holds, most urgent first (see `docs/headless-core.md`): the one
 * the borrower must act on leads. A code held twice counts once. Never throws; an unreadable
 * payload gives one `unknown` resolution.
 */
export function fromPayloadAll(payload: unknown, provider?: string): Resolution[] {
  let [given, found]: Reading = [providerName(provider), []];
  try {
    [given, found] = read(payload, given);
  } catch {
    // A hostile payload (a throwing getter, a revoked proxy) reads as unknown.
  }
  // Most urgent first (a stable sort: the payload's own order among equals); then, one payload
  // being one provider's, a code held twice counts once, as its most urgent reading.
  const seen = new Set<string>();
  const unique = found
    .filter(([code]) => code != null)
    .map((item) => resolutionOf(given, item))
    .sort((a, b) => urgency(a) - urgency(b))
    .filter(({ code }) => !seen.has(code) && !!seen.add(code));
  return unique.length ? unique : [resolutionOf(given, [''])];
}

/**
 * What a raw provider payload means for the borrower: a connect widget's event, a webhook, an
 * API error body or status response, as an object or as JSON text. When it holds several codes,
 * the most urgent one. Anything unreadable resolves to `unknown`. Never throws.
 */
export function fromPayload(payload: unknown, provider?: string): Resolution {
  return fromPayloadAll(payload, provider)[0]!;
}
