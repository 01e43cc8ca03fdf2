import { PROVIDER_DEFINITIONS } from './providers.js';
import { REASON_RULES } from './reasons.js';

/** The aggregators whose codes this package understands. */
export type Provider = keyof typeof PROVIDER_DEFINITIONS;
export const PROVIDERS = Object.freeze(Object.keys(PROVIDER_DEFINITIONS) as Provider[]);

/** A table with one value for each provider. */
export function byProvider<T>(value: (provider: Provider) => T): Record<Provider, T> {
  return Object.fromEntries(PROVIDERS.map((provider) => [provider, value(provider)])) as Record<
    Provider,
    T
  >;
}

/** Each provider's name as borrowers and support staff know it, for references and tables. */
export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = Object.freeze(
  byProvider((provider) => PROVIDER_DEFINITIONS[provider].name),
);

/** How serious a reason is for the borrower; drives the icon and the live-region role. */
export type Severity = 'error' | 'warning' | 'info' | 'success';

/** The borrower-facing taxonomy: one reason per distinct thing the borrower should understand. */
export type Reason = keyof typeof REASON_RULES;
export const REASONS = Object.freeze(Object.keys(REASON_RULES) as Reason[]);

/** What the borrower can do next. The lender's flow allows a subset; the element shows only those. */
export const ACTIONS = Object.freeze([
  'retry',
  'reconnect',
  'visit_institution',
  'choose_another_account',
  'choose_another_institution',
  'verify_another_way',
  'contact_support',
  'continue',
] as const);
export type Action = (typeof ACTIONS)[number];

/** Seconds the borrower should wait before trying again. */
export interface RetryAfter {
  min: number;
  max?: number;
}

/** What a provider code means for the borrower. */
export interface Resolution {
  /** `null` when neither given nor detectable from the code. */
  provider: Provider | null;
  /** The code as the provider documents it ("103", "Invalid Login", "token_invalid_or_expired"). */
  code: string;
  /** `false` only for reason `unknown`. */
  known: boolean;
  reason: Reason;
  severity: Severity;
  /** Best first; the element filters them by the lender's allowlist. */
  actions: Action[];
  retryAfter?: RetryAfter;
}

export interface ResolveInput {
  provider?: string;
  code: string | number;
}
