/**
 * `bank-connect-error/react`: `<BankConnectError>` for React apps, made with `@lit/react`.
 * Props mirror the element's properties; `onAction` receives each `bank-connect-action` event.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { defineBankConnectError } from './define.js';
import type { BankConnectActionEvent } from './element/bank-connect-action-event.js';
import { BankConnectError as BankConnectErrorElement } from './element/bank-connect-error.component.js';

defineBankConnectError();

export const BankConnectError = createComponent({
  tagName: 'bank-connect-error',
  elementClass: BankConnectErrorElement,
  react: React,
  events: { onAction: 'bank-connect-action' as EventName<BankConnectActionEvent> },
  displayName: 'BankConnectError',
});

export type { BankConnectActionEvent };
