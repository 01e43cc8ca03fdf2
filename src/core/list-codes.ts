import { ARGYLE_DESCRIPTIONS } from './catalog/argyle.descriptions.js';
import { FINICITY_DESCRIPTIONS } from './catalog/finicity.descriptions.js';
import { FLINKS_DESCRIPTIONS } from './catalog/flinks.descriptions.js';
import { CATALOGS } from './resolve.js';
import { codeKey } from './spelling.js';
import { PROVIDERS, type Provider, type Reason } from './vocabulary.js';

/** A documented code in its canonical spelling, for galleries and support tables. */
export interface DocumentedCode {
  provider: Provider;
  code: string;
  reason: Reason;
  /** The provider's own developer-facing description. */
  description: string;
}

const DESCRIPTIONS: Readonly<Record<Provider, Readonly<Record<string, string>>>> = {
  argyle: ARGYLE_DESCRIPTIONS,
  flinks: FLINKS_DESCRIPTIONS,
  finicity: FINICITY_DESCRIPTIONS,
};

/** Every documented code of one provider (or all three), each once, in the providers' order. */
export function listCodes(provider?: Provider): DocumentedCode[] {
  const providers = provider && PROVIDERS.includes(provider) ? [provider] : PROVIDERS;
  return providers.flatMap((name) => {
    const seen = new Set<string>();
    return CATALOGS[name]
      .filter((entry) => !seen.has(codeKey(entry.code)) && seen.add(codeKey(entry.code)))
      .map(({ code, reason }) => ({
        provider: name,
        code,
        reason,
        description: DESCRIPTIONS[name][code] ?? '',
      }));
  });
}
