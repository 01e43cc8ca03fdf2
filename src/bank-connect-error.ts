import { BankConnectError } from './element/bank-connect-error.component.js';

export { BankConnectError };
export {
  BankConnectActionEvent,
  type BankConnectActionDetail,
} from './element/bank-connect-action-event.js';
export type { Theme, Variant } from './element/bank-connect-error.component.js';
export * from './core/index.js';
export { getLocale, setLocale } from './localization/localization.js';
export { supportedLocales, type Locale } from './localization/match-locale.js';

const TAG = 'bank-connect-error';

// A page may load this module twice (two bundles, two versions): the first definition wins.
if (!customElements.get(TAG)) {
  customElements.define(TAG, BankConnectError);
} else if (customElements.get(TAG) !== BankConnectError) {
  console.warn(
    `<${TAG}> is already defined by another copy of bank-connect-error; using that one.`,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-connect-error': BankConnectError;
  }
}
