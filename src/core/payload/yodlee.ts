import type { Found } from './found.js';
import { field, type Json } from './json.js';

/**
 * Envestnet | Yodlee, read for as little as it costs (every byte here ships with `resolve`):
 * - `errorCode`: an API error body `{ errorCode, errorMessage, referenceCode }`. Yodlee files
 *   every Y-code under "API implementation errors": the integration's fault.
 * - every `"additionalStatus"` at any depth: a provider account's datasets (an API response
 *   `{ providerAccount: [...] }` or one provider account, a REFRESH webhook's
 *   `event.data.providerAccount`), FastLink 4's `onSuccess`/`onError` site status and `onClose`'s
 *   `sites[]`. Each is read through the catalog, so several datasets give several codes.
 * - `sites` with no status in it: FastLink's `onClose` before any site was added.
 * Anything else (a `status` with no dataset, FastLink's E-codes and `onEvent`) is not claimed.
 */
export function readYodlee(payload: Json): Found[] | undefined {
  const error = field(payload, 'errorCode');
  return error
    ? [[error, 'integration_error']]
    : (JSON.stringify(payload)
        .match(/"additionalStatus":"\w+(?!\w|","as)/g)
        ?.map((text): Found => [text.slice(20)]) ??
        ('sites' in payload ? [['exit', 'connection_incomplete']] : undefined));
}
