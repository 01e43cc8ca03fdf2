import type { Found } from './found.js';
import { field, listField, textField, type Json } from './json.js';

/**
 * A Plaid error `{ error_type, error_code, … }`: its code, read through the catalog. Plaid's codes
 * are names; a number is another provider's (an MX member's `error`).
 */
function errorIn(value: unknown): Found[] {
  const code = field(value, 'error_code');
  return typeof code == 'string' && code && textField(value, 'error_type') ? [[code]] : [];
}

/**
 * Plaid. The field that tells each family apart:
 * - an error `{ error_type, error_code }` as the payload, its `error` or its `item.error`: Link's
 *   `onExit` error (alone, or as `{ error, metadata }`), an API error body, a webhook's error, an
 *   `/item/get` Item in error. Its code is read through the catalog.
 * - `webhook_type`: any other webhook, read by its `webhook_code` (PENDING_EXPIRATION, …).
 * - `item` with an `item_id`: an `/item/get` response with no error: connected.
 * - `link_session_id` on the payload or its `metadata`: Link's callbacks. `onExit`'s metadata
 *   has a `status`, the step where the borrower left Link: the connection was not finished, or
 *   `institution_not_supported`. `onSuccess`'s has `accounts`: connected, or in progress while an
 *   account awaits micro-deposit verification (`verification_status` `pending_…`). Anything else
 *   (`onEvent`'s metadata with no error) says nothing.
 */
export function readPlaid(payload: Json): Found[] | undefined {
  const meta = field(payload, 'metadata') ?? payload;
  const item = field(payload, 'item');
  const found = [payload, field(payload, 'error'), field(item, 'error')].flatMap(errorIn);
  const status = textField(meta, 'status');
  if (found.length) return found;
  if (field(payload, 'webhook_type')) return [[textField(payload, 'webhook_code')]];
  if (field(item, 'item_id')) return [['', 'connected']];
  if (!field(meta, 'link_session_id')) return undefined;
  // "User exited the Link flow after discovering their selected institution is no longer
  // supported by Plaid": that status is the reason's own name.
  if (status) {
    return [[status, status == 'institution_not_supported' ? status : 'connection_incomplete']];
  }
  if (field(meta, 'accounts')) {
    const pending = listField(meta, 'accounts').some((account) =>
      /^pending/.test(textField(account, 'verification_status') ?? ''),
    );
    return [['', pending ? 'in_progress' : 'connected']];
  }
  return [];
}
