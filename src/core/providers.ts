import { ARGYLE } from './catalog/argyle.js';
import type { CatalogEntry } from './catalog/entry.js';
import { FINICITY } from './catalog/finicity.js';
import { FLINKS } from './catalog/flinks.js';
import { MX } from './catalog/mx.js';
import { PLAID } from './catalog/plaid.js';
import { YODLEE } from './catalog/yodlee.js';

interface ProviderDefinition {
  /** The name borrowers and support staff know, for the reference line and tables. */
  readonly name: string;
  /** Other names lenders write, in any case and spacing ("Mastercard Open Banking"). */
  readonly aliases: readonly string[];
  /** Every code the provider documents, with its reason. */
  readonly catalog: readonly CatalogEntry[];
}

/**
 * Every provider the core understands, in the order payload readers try them. Adding a provider
 * is adding its entry here, its catalog and sources, and its payload reader (see
 * docs/adding-a-provider.md); the types then ask for the rest.
 */
export const PROVIDER_DEFINITIONS = {
  argyle: { name: 'Argyle', aliases: [], catalog: ARGYLE },
  flinks: { name: 'Flinks', aliases: [], catalog: FLINKS },
  finicity: {
    name: 'Finicity',
    aliases: ['Mastercard', 'Mastercard Open Banking'],
    catalog: FINICITY,
  },
  plaid: { name: 'Plaid', aliases: [], catalog: PLAID },
  mx: { name: 'MX', aliases: ['MX Technologies'], catalog: MX },
  yodlee: { name: 'Yodlee', aliases: ['Envestnet', 'Envestnet Yodlee'], catalog: YODLEE },
} as const satisfies Record<string, ProviderDefinition>;
