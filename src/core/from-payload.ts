import { readArgyle } from './payload/argyle.js';
import { readFinicity } from './payload/finicity.js';
import { readFlinks } from './payload/flinks.js';
import { field, isObject, type Json } from './payload/json.js';
import { resolve } from './resolve.js';
import { providerName } from './spelling.js';
import { PROVIDERS, type Provider, type Resolution, type Severity } from './vocabulary.js';

/**
 * Each provider's reader: the resolutions its payload holds, or `undefined` when the payload is
 * not in one of that provider's shapes.
 */
const READERS: Readonly<Record<Provider, (payload: Json) => Resolution[] | undefined>> = {
  argyle: readArgyle,
  flinks: readFlinks,
  finicity: readFinicity,
};

/** JSON text longer than this is not parsed: no real event, webhook or response comes close. */
const MAX_JSON_LENGTH = 1_000_000;

function parse(payload: unknown): unknown {
  if (typeof payload !== 'string') return payload;
  const text = payload.trim();
  if (text.length > MAX_JSON_LENGTH || !/^[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The provider whose shape the payload is in (or the one given), and the codes it holds. */
type Reading = [Provider | null, Resolution[]];

function read(payload: unknown, given: Provider | null): Reading {
  const value = parse(payload);
  if (!isObject(value)) return [given, []];
  for (const provider of given ? [given] : PROVIDERS) {
    const found = READERS[provider](value);
    if (found) return [provider, found];
  }
  // A bare `{ code }`: one element of Argyle's `status.errors`, or a lender's own shape.
  const code = field(value, 'code');
  return [
    given,
    code === undefined ? [] : [resolve({ provider: given ?? undefined, code: code as string })],
  ];
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
  // One payload is one provider's, so its codes tell its resolutions apart. A stable sort keeps
  // the payload's own order among equals.
  const unique = found
    .filter((resolution, i) => found.findIndex(({ code }) => code === resolution.code) === i)
    .sort((a, b) => urgency(a) - urgency(b));
  return unique.length ? unique : [resolve({ provider: given ?? undefined, code: '' })];
}

/**
 * What a raw provider payload means for the borrower: a connect widget's event, a webhook, an
 * API error body or status response, as an object or as JSON text. When it holds several codes,
 * the most urgent one. Anything unreadable resolves to `unknown`. Never throws.
 */
export function fromPayload(payload: unknown, provider?: string): Resolution {
  return fromPayloadAll(payload, provider)[0]!;
}
