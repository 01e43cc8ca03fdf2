import { ARGYLE_SOURCES } from './catalog/argyle.sources.js';
import { FINICITY_SOURCES } from './catalog/finicity.sources.js';
import { FLINKS_SOURCES } from './catalog/flinks.sources.js';
import { MX_SOURCES } from './catalog/mx.sources.js';
import { PLAID_SOURCES } from './catalog/plaid.sources.js';
import { YODLEE_SOURCES } from './catalog/yodlee.sources.js';
import type { CodeSource, Source } from './catalog/source.js';
import { CATALOGS } from './resolve.js';
import { codeKey } from './spelling.js';
import { PROVIDERS, type Provider, type Reason } from './vocabulary.js';

export type { Source };

/** A documented code in its canonical spelling, with where its meaning comes from. */
export interface DocumentedCode {
  provider: Provider;
  code: string;
  reason: Reason;
  /** What the code means, in a line for developers and support staff. */
  description: string;
  /** The provider's own words about the code: verbatim from its document, or from a public page. */
  source: Source;
  /** What we concluded where the source is wrong or ambiguous, and why. */
  note?: string;
}

/** Each provider's sources table. */
export const SOURCES: Readonly<Record<Provider, Readonly<Record<string, CodeSource>>>> = {
  argyle: ARGYLE_SOURCES,
  flinks: FLINKS_SOURCES,
  finicity: FINICITY_SOURCES,
  plaid: PLAID_SOURCES,
  mx: MX_SOURCES,
  yodlee: YODLEE_SOURCES,
};

/** Every documented code of one provider (or all), each once, in the providers' order. */
export function listCodes(provider?: Provider): DocumentedCode[] {
  const providers = provider && PROVIDERS.includes(provider) ? [provider] : PROVIDERS;
  return providers.flatMap((name) => {
    const seen = new Set<string>();
    return CATALOGS[name]
      .filter((entry) => !seen.has(codeKey(entry.code)) && seen.add(codeKey(entry.code)))
      .map(({ code, reason }) => {
        const cited = SOURCES[name][code];
        if (!cited) throw new Error(`${name} ${code} has no source in catalog/${name}.sources.ts`);
        const { description, source, note } = cited;
        return {
          provider: name,
          code,
          reason,
          description,
          source: { ...source },
          ...(note && { note }),
        };
      });
  });
}
