import type { CatalogEntry } from './catalog/entry.js';
import { PROVIDER_DEFINITIONS } from './providers.js';
import { REASON_RULES } from './reasons.js';
import { codeKey, codeText, providerName } from './spelling.js';
import {
  byProvider,
  PROVIDERS,
  type Provider,
  type Reason,
  type Resolution,
  type ResolveInput,
} from './vocabulary.js';

/** Every provider's catalog, as documented (`PROVIDER_DEFINITIONS`). */
export const CATALOGS: Readonly<Record<Provider, readonly CatalogEntry[]>> = byProvider(
  (provider) => PROVIDER_DEFINITIONS[provider].catalog,
);

const indexes = new Map<Provider, ReadonlyMap<string, CatalogEntry>>();

/**
 * A provider's codes by spelling-free key; the first listing of a code is its canonical form.
 * Built on first use: a page that names its provider needs only that provider's, and keying all
 * six providers' took a phone-speed CPU (Chromium, 4× slowed) about 10 ms before the first message.
 */
function codesOf(provider: Provider): ReadonlyMap<string, CatalogEntry> {
  let byKey = indexes.get(provider);
  if (!byKey) {
    const keyed = new Map<string, CatalogEntry>();
    for (const entry of CATALOGS[provider]) {
      const key = codeKey(entry.code);
      if (!keyed.has(key)) keyed.set(key, entry);
    }
    indexes.set(provider, (byKey = keyed));
  }
  return byKey;
}

/**
 * A code given without its provider: numbers are Finicity's (the bare numbers lenders meet); a
 * spelling one provider documents is that provider's; one that several document reads as their
 * common reason with no provider, or as unknown where they disagree.
 */
function detect(text: string, key: string): Resolution {
  if (/^\d+$/.test(key)) return lookUp('finicity', text, key);
  const owners = PROVIDERS.filter((provider) => codesOf(provider).has(key));
  if (owners.length === 1) return lookUp(owners[0]!, text, key);
  const [first, ...others] = owners.map((provider) => codesOf(provider).get(key)!);
  return first && others.every((entry) => entry.reason === first.reason)
    ? build(null, first.code, first.reason)
    : build(null, text, 'unknown');
}

function lookUp(provider: Provider, text: string, key: string): Resolution {
  const entry = codesOf(provider).get(key);
  return entry
    ? build(provider, entry.code, entry.reason, entry)
    : build(provider, text, 'unknown');
}

/** A resolution read as `reason`, with the catalog entry's own timing and actions if it has any. */
export function build(
  provider: Provider | null,
  code: string,
  reason: Reason,
  entry?: CatalogEntry,
): Resolution {
  const rule = REASON_RULES[reason];
  const resolution: Resolution = {
    provider,
    code,
    known: reason !== 'unknown',
    reason,
    severity: rule.severity,
    actions: [...(entry?.actions ?? rule.actions)],
  };
  if (entry?.retryAfter) resolution.retryAfter = { ...entry.retryAfter };
  return resolution;
}

function resolveUnchecked(input: ResolveInput): Resolution {
  const given = providerName(input.provider);
  const text = codeText(input.code);
  if (text === null || text === '') return build(given, text ?? '', 'unknown');

  const key = codeKey(text);
  return given ? lookUp(given, text, key) : detect(text, key);
}

/**
 * What a provider's code means for the borrower. Never throws: anything it cannot read resolves
 * to reason `unknown`. Every call returns a new object the caller may change freely.
 */
export function resolve(input: ResolveInput): Resolution {
  try {
    return resolveUnchecked(input);
  } catch {
    return build(null, '', 'unknown');
  }
}
