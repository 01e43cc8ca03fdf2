import { defineBankConnectError } from './define.js';
import type { BankConnectError } from './element/bank-connect-error.component.js';

export { BankConnectError } from './element/bank-connect-error.component.js';
export {
  BankConnectActionEvent,
  type BankConnectActionDetail,
} from './element/bank-connect-action-event.js';
export type { Theme, Variant } from './element/bank-connect-error.component.js';
export * from './core/index.js';
export { getLocale, setLocale } from './localization/localization.js';
export { directionOf, supportedLocales, type Locale } from './localization/match-locale.js';
export { borrowerView, type BorrowerView, type ShownButton } from './view/borrower-view.js';
export type { LenderOptions } from './view/lender-options.js';

defineBankConnectError();

declare global {
  interface HTMLElementTagNameMap {
    'bank-connect-error': BankConnectError;
  }
}
