import type { Found } from './found.js';
import { field, isObject, listField, type Json } from './json.js';

/**
 * A provider account, an account or a FastLink site: each dataset's `additionalStatus`, or, with
 * no dataset, its own (`status` where it has none). An account's `autoRefresh` is not read: its
 * status is the refresh schedule's, not the connection's.
 */
function statusesOf(item: unknown): Found[] {
  const datasets = listField(item, 'dataset');
  const statuses = datasets.length
    ? datasets.map((dataset) => field(dataset, 'additionalStatus'))
    : [field(item, 'additionalStatus') ?? field(item, 'status')];
  return statuses.filter((status) => status !== undefined).map((status) => [status]);
}

/** An array field, or one object as a list of one. */
function itemsOf(value: unknown, key: string): unknown[] | undefined {
  const found = field(value, key);
  return isObject(found) ? [found] : Array.isArray(found) ? listField(value, key) : undefined;
}

/**
 * Envestnet | Yodlee. The field that tells each family apart:
 * - `errorCode`: an API error body `{ errorCode, errorMessage, referenceCode }`; Yodlee files its
 *   Y-codes under "API implementation errors", so they are the integration's fault.
 * - `fnToCall: 'errorHandler'`: FastLink's own error `{ code, title, message }`, its E-code read
 *   through the catalog.
 * - `providerAccount` (in a response, or in a webhook's `event.data`) or `account`: the provider
 *   accounts or accounts, each read as above.
 * - `sites`: FastLink's `onClose`; no site means the borrower left before adding one.
 * - `providerAccountId`, `additionalStatus` or `dataset`: one FastLink site (`onSuccess`,
 *   `onError`, or wrapped by the mobile SDKs in `{ type: 'POST_MESSAGE', data }`) or provider
 *   account.
 */
export function readYodlee(payload: Json): Found[] | undefined {
  // FastLink's mobile SDKs wrap a site in `{ type: 'POST_MESSAGE', data }`.
  const wrapped = field(payload, 'data');
  if (field(payload, 'type') === 'POST_MESSAGE' && isObject(wrapped)) {
    return field(wrapped, 'type') === 'POST_MESSAGE' ? [] : readYodlee(wrapped);
  }
  const error = field(payload, 'errorCode');
  if (error !== undefined) return [[error, 'integration_error']];
  if (field(payload, 'fnToCall') === 'errorHandler') return [[field(payload, 'code')]];
  const data = field(field(payload, 'event'), 'data') ?? payload;
  const items = itemsOf(data, 'providerAccount') ?? itemsOf(data, 'account');
  if (items) return items.flatMap(statusesOf);
  const sites = itemsOf(payload, 'sites');
  if (sites) return sites.length ? sites.flatMap(statusesOf) : [['exit', 'connection_incomplete']];
  const single = ['providerAccountId', 'additionalStatus', 'dataset'].some(
    (key) => field(payload, key) !== undefined,
  );
  return single ? statusesOf(payload) : undefined;
}
