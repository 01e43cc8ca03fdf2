import type { Action, Provider, Reason } from '../core/index.js';

export interface BankConnectActionDetail {
  action: Action;
  reason: Reason;
  provider: Provider | null;
  code: string;
}

/**
 * Fired when the borrower chooses an action. Bubbles out of shadow roots. Cancelable: for the
 * `visit_institution` link, `preventDefault()` keeps the bank's website from opening.
 */
export class BankConnectActionEvent extends CustomEvent<BankConnectActionDetail> {
  constructor(detail: BankConnectActionDetail) {
    super('bank-connect-action', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bank-connect-action': BankConnectActionEvent;
  }
}
