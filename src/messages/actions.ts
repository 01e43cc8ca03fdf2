import { msg, str } from '../localization/msg.js';
import type { Action } from '../core/index.js';

/** Button labels: verbs the borrower would say. */
const ACTION_LABEL: Readonly<Record<Action, (bank: string | null) => string>> = {
  retry: () => msg('Try again', { id: 'action.retry', desc: 'Button: try connecting again.' }),
  reconnect: () =>
    msg('Reconnect', { id: 'action.reconnect', desc: 'Button: connect the same account again.' }),
  visit_institution: (bank) =>
    bank
      ? msg(str`Go to ${bank}`, {
          id: 'action.visit_institution.named',
          desc: 'Button or link to the bank’s website. The placeholder is the bank name.',
        })
      : msg('Go to your bank', {
          id: 'action.visit_institution',
          desc: 'Button or link to the bank’s website.',
        }),
  choose_another_account: () =>
    msg('Choose another account', {
      id: 'action.choose_another_account',
      desc: 'Button: pick a different account at the same bank.',
    }),
  choose_another_institution: () =>
    msg('Choose another bank', {
      id: 'action.choose_another_institution',
      desc: 'Button: connect a different bank instead.',
    }),
  verify_another_way: () =>
    msg('Verify another way', {
      id: 'action.verify_another_way',
      desc: 'Button: verify income or account details without connecting, e.g. by uploading statements.',
    }),
  contact_support: () =>
    msg('Get help', {
      id: 'action.contact_support',
      desc: 'Button: contact the lender’s support.',
    }),
  continue: () =>
    msg('Continue', { id: 'action.continue', desc: 'Button: go on with the application.' }),
};

/** The label of an action's button, with the bank's name where it helps. */
export function actionLabel(action: Action, bank: string | null): string {
  return ACTION_LABEL[action](bank);
}
