import type { Found } from './found.js';
import { field, listField, textField, type Json } from './json.js';

/**
 * MX. The field that tells each family apart:
 * - `connection_status` (a name from the Platform API and webhooks, a number from the Connect
 *   widget): a member's status, read through the catalog. In a member (`{ member }`, `members[]`,
 *   a `/status` response, a member webhook), a connection-status webhook, or the `metadata` of a
 *   Connect widget message (`memberStatusUpdate`, `memberError`'s `member`). A member's
 *   `error.error_code` is read first, beside it.
 * - `type` ending `invalidData`: the widget's error step, its `code` (in `metadata` or its `member`)
 *   an error code as above.
 * - `type` beginning `mx/`: any other Connect widget message, as posted (`{ mx, type, metadata }`)
 *   or as the SDKs hand it (`{ type, ...metadata }`): `memberConnected` (and the buttons on the
 *   connected step) is the success, a name ending in `Error` (`oauthError`, `createMemberError`)
 *   or an `invalidData` without a code an error with nothing more said, any other a step.
 * - `action` `member_data_updated`: an aggregation, history or statement webhook, sent "only
 *   after a completed aggregation".
 */
export function readMx(payload: Json): Found[] | undefined {
  const type = textField(payload, 'type') ?? '';
  const data = field(payload, 'metadata') ?? payload;
  const invalidData = /invaliddata$/i.test(type);
  const found = [data, field(data, 'member'), ...listField(data, 'members')]
    .flatMap((member): Found[] => {
      const status = field(member, 'connection_status');
      if (status === undefined && !invalidData) return [];
      // The widget reads a member's error code before its status, to choose its error step.
      const code = invalidData
        ? field(member, 'code')
        : field(field(member, 'error'), 'error_code');
      return [[code], [status]];
    })
    .filter(([code]) => code !== undefined);
  if (found.length) return found;
  if (/^mx\//i.test(type)) {
    const reason = /connected/i.test(type)
      ? 'connected'
      : /(error|invaliddata)$/i.test(type)
        ? 'generic_error'
        : 'in_progress';
    return [[type, reason]];
  }
  return field(payload, 'action') === 'member_data_updated' ? [[type, 'connected']] : undefined;
}
