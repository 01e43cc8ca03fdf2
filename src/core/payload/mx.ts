import type { Found } from './found.js';
import { field, listField, textField, type Json } from './json.js';

/**
 * MX. The field that tells each family apart:
 * - `connection_status` (a name from the Platform API and webhooks, a number from the Connect
 *   widget): a member's status, read through the catalog. In a member (`{ member }`, `members[]`,
 *   a `/status` response, a member webhook), a connection-status webhook, or the `metadata` of a
 *   Connect widget message (`memberStatusUpdate`, `memberError`'s `member`).
 * - `type` beginning `mx/`: any other Connect widget message, as posted (`{ mx, type, metadata }`)
 *   or as the SDKs hand it (`{ type, ...metadata }`): `memberConnected` (and the buttons on the
 *   connected step) is the success, a name ending in `Error` (`oauthError`, `createMemberError`)
 *   an error with nothing more said, any other a step in the widget.
 * - `action` `member_data_updated`: an aggregation, history or statement webhook, sent "only
 *   after a completed aggregation".
 */
export function readMx(payload: Json): Found[] | undefined {
  const type = textField(payload, 'type') ?? '';
  const data = field(payload, 'metadata') ?? payload;
  const found = [data, field(data, 'member'), ...listField(data, 'members')]
    .map((member): Found => [field(member, 'connection_status')])
    .filter(([status]) => status !== undefined);
  if (found.length) return found;
  if (/^mx\//i.test(type)) {
    const reason = /connected/i.test(type)
      ? 'connected'
      : /error$/i.test(type)
        ? 'generic_error'
        : 'in_progress';
    return [[type, reason]];
  }
  return field(payload, 'action') === 'member_data_updated' ? [[type, 'connected']] : undefined;
}
