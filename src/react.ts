/**
 * `bank-connect-error/react`: `<BankConnectError>` for React apps, made with `@lit/react`.
 * Props mirror the element's properties; `onAction` receives each `bank-connect-action` event.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { BankConnectError as BankConnectErrorElement } from './bank-connect-error.js';
import type { BankConnectActionEvent } from './element/bank-connect-action-event.js';

export const BankConnectError = createComponent({
  tagName: 'bank-connect-error',
  elementClass: BankConnectErrorElement,
  react: React,
  events: { onAction: 'bank-connect-action' as EventName<BankConnectActionEvent> },
  displayName: 'BankConnectError',
});

export type { BankConnectActionEvent };
