import type { Found } from './found.js';
import { field, listField, textField, type Json } from './json.js';
import { resolve } from '../resolve.js';
import type { Reason } from '../vocabulary.js';

/**
 * What a name says on its own: Connect's event `reason`s (web SDK `onDone`, `onCancel`,
 * `onError`), its mobile SDKs' message `type`s, webhook `eventType`s and a refresh's `status`.
 */
const NAMES: Readonly<Record<string, Reason>> = {
  complete: 'connected',
  done: 'connected',
  exit: 'connection_incomplete',
  cancel: 'connection_incomplete',
  timeout: 'session_expired',
  error: 'generic_error',
  route: 'in_progress',
  user: 'in_progress',
  started: 'in_progress',
  IN_PROGRESS: 'in_progress',
};

function named(name = '', code = name): Found[] {
  const reason = field(NAMES, name) as Reason | undefined;
  return reason ? [[code, reason]] : [];
}

/**
 * The code an account, an account's error or an API error body holds. Aggregation status codes
 * come back as HTTP 500: a 400 or 401 is the integration's own fault, whatever its code. As an
 * account's aggregation status, 14020 means the connection is not supported.
 */
function codeIn(item: unknown): Found[] {
  const status = field(item, 'aggregationStatusCode');
  const code = status ?? field(item, 'code');
  const reason =
    (/^40[01]$/.test(textField(item, 'status') ?? '') && 'integration_error') ||
    (textField(item, 'aggregationStatusCode') === '14020' && 'institution_not_supported');
  return code === undefined ? [] : [[code, reason]];
}

/**
 * Finicity (Mastercard Open Banking). The field that tells each family apart:
 * - `reason`: a Connect web SDK event `{ code, reason }`; its code is Connect's, not a bank's.
 * - `type` naming a Connect message: a mobile SDK message `{ type, data }`, `data` as above.
 * - `screen` or `action`: what the web SDK hands `onRoute` or `onUser` (a message's `data`).
 * - `eventType`: a Connect webhook `{ customerId, eventType, payload }`.
 * - otherwise a response: an API error body `{ code, status, message }`, an account's
 *   `aggregationStatusCode`, or `accounts[]` (with `accountDetails` and `errors[]`) of an account
 *   list, a refresh's status or an account-details response. Claimed only when a code in it
 *   reads as something, so a bare `{ code }` stays any provider's.
 */
export function readFinicity(payload: Json): Found[] | undefined {
  const reason = textField(payload, 'reason');
  // A Connect event; a `reason` Connect doesn't name is someone else's field.
  const event = named(reason, textField(payload, 'code'));
  if (event.length) return event;
  const message = named(textField(payload, 'type'));
  const data = field(payload, 'data');
  if (message.length) return textField(data, 'reason') ? readFinicity(data as Json) : message;

  const eventType = textField(payload, 'eventType');
  // Connect names its user actions in PascalCase (`Initialize`); other providers' webhooks also
  // carry an `action` (MX: `CHANGED`, `member_data_updated`).
  const action = /^[A-Z][a-z]/.test(textField(payload, 'action') ?? '');
  const step = textField(payload, 'screen') ? 'route' : action ? 'user' : undefined;
  const found = [
    ...named(eventType ?? textField(payload, 'status') ?? step),
    ...[payload, field(payload, 'payload')]
      .flatMap((value) => [value, ...listField(value, 'accounts')])
      .flatMap((item) => [item, field(item, 'accountDetails'), ...listField(item, 'errors')])
      .flatMap(codeIn),
  ];
  const understood = found.some(
    ([code, reason]) => reason || resolve({ provider: 'finicity', code: code as string }).known,
  );
  return eventType !== undefined || understood ? found : undefined;
}
