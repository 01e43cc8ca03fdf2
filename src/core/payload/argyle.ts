import type { Found } from './found.js';
import { field, isObject, listField, textField, type Json } from './json.js';
import type { Reason } from '../vocabulary.js';

/**
 * What Argyle's documentation says of a verification's `status.state`, an account's
 * `connection.status`, a webhook's `event` and a Link UI event's `name`. Read with `field`, so a
 * payload's `constructor` is no stage.
 */
const STAGES: Readonly<Record<string, Reason>> = {
  PENDING: 'in_progress',
  PROCESSING: 'in_progress',
  COMPLETED: 'connected',
  CANCELLED: 'connection_incomplete',
  connecting: 'in_progress',
  connected: 'connected',
  'accounts.connected': 'connected',
  'users.fully_synced': 'connected',
  'success - opened': 'connected',
};

/**
 * Argyle, told apart by their fields: a webhook `{ event, data }` (its event's family says what
 * `data.resource` is; `accounts.failed` carries `data.error_code`), a verification `{ status: {
 * state } }` (its errors count while `PAUSED`), an account `{ connection: { status, error_code
 * } }`, a Link UI event `{ name, properties }` (an error screen carries `errorCode`,
 * `connectionErrorCode` or `errorType`) and a Link error `{ errorType }`.
 */
export function readArgyle(payload: Json): Found[] | undefined {
  const event = textField(payload, 'event');
  const data = field(payload, 'data');
  const status = field(payload, 'status');
  const connection = field(payload, 'connection');
  const properties = field(payload, 'properties');
  const resource = field(data, 'resource');
  const webhook = event && isObject(data);
  const type = textField(payload, 'errorType') ?? textField(properties, 'errorType');
  const code =
    field(data, 'error_code') ??
    field(properties, 'errorCode') ??
    field(properties, 'connectionErrorCode') ??
    field(connection, 'error_code');
  const stage = webhook
    ? event
    : isObject(status)
      ? textField(status, 'state')?.toUpperCase()
      : isObject(connection)
        ? textField(connection, 'status')
        : properties === undefined
          ? undefined
          : textField(payload, 'name');

  if (stage === undefined && !type) return;
  if (code) return [[code]];
  // Link's own errors: an invalid or expired user token, item or config is the lender's.
  if (type)
    return [[type, /^(invalid|expired|incompatible|callback)_/.test(type) && 'integration_error']];
  if (webhook && isObject(resource) && /^(verifications|accounts)\./.test(event)) {
    // One level only: a resource that is itself a webhook is no resource.
    return field(resource, 'event') === undefined ? (readArgyle(resource) ?? []) : [];
  }
  if (stage === 'PAUSED') {
    return listField(status, 'errors').map((error) => [field(error, 'code')]);
  }
  // A Link screen: a one-time code asked for; Link closed before an account was created (after,
  // its result comes as accounts webhooks); any other screen is a step in Link.
  const reason =
    (field(STAGES, stage!) as Reason | undefined) ??
    (properties === undefined
      ? undefined
      : stage === 'mfa - opened' && /_code$/.test(textField(properties, 'mfaType') ?? '')
        ? 'one_time_passcode_required'
        : stage === 'link closed' && !field(properties, 'accountId')
          ? 'connection_incomplete'
          : 'in_progress');
  // A verification's `status.code` says more than its state (`authenticated`, `argyle_timeout`).
  return reason ? [[textField(status, 'code') ?? stage, reason]] : [];
}
