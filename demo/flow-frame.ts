import '../src/bank-connect-error.js';
import {
  ACTIONS,
  setLocale,
  type BankConnectError,
  type Theme,
} from '../src/bank-connect-error.js';
import { otherLoopbackOrigin } from './flow-origins.js';

// A mock aggregator connect flow, at the step where the bank connection failed. In a real flow the
// error comes from the aggregator and the lender's origin from configuration, never from the URL.
const element = document.querySelector<BankConnectError>('bank-connect-error')!;
const scenario = new URLSearchParams(location.search);

element.provider = scenario.get('provider') ?? '';
element.code = scenario.get('code') ?? '';
element.institution = scenario.get('institution') ?? '';
element.institutionUrl = scenario.get('institution-url') ?? '';
element.variant = scenario.get('variant') === 'compact' ? 'compact' : 'panel';
const theme = scenario.get('theme') as Theme | null;
element.theme = theme === 'dark' || theme === 'auto' ? theme : 'light';
// The demo's language, passed on by the lender page; an unknown one falls back to English.
const locale = scenario.get('locale');
if (locale) void setLocale(locale);
// The lender's page handles every action, so the flow offers them all.
element.actions = ACTIONS.join(' ');
element.parentOrigin = otherLoopbackOrigin(location.href);
