import type { Found } from './found.js';
import { field, listField, textField, type Json } from './json.js';
import type { Reason } from '../vocabulary.js';

/**
 * Flinks' words for a fault of the lender's integration, whatever the FlinksCode says:
 * "You must provide a valid auth key" / "…authorize token" (a wrong secret key or token) and a
 * LoginId "either invalid or does not belong to the CustomerId" ("Authentication Troubleshooting").
 */
const INTEGRATION_MESSAGE = /valid auth|loginid/i;

/**
 * An HTTP status with no FlinksCode (200 to 203), read as the code Flinks lists for it: "API error
 * codes" for 200 to 202, and the Client Dashboard's 203, "The user is answering the security
 * questions.", for a response that asks `SecurityChallenges`.
 */
const STATUS_CODES = ['OK', 'CREATED', 'OPERATION_PENDING', 'Answering Security Challenge'];

/**
 * Flinks Connect's user events that are not catalog codes: the borrower closed the widget
 * (`COMPONENT_CLOSE_SESSION`), refused consent or terms (`COMPONENT_DENY_*`), used up the lender's
 * `maximumRetry` (`MAXIMUM_RETRY_REACHED`) or lost the internet connection (`APP_OFFLINE`): the
 * connection was not finished. Any other screen loaded, something submitted or selected is a step
 * forward.
 */
function stepReason(step: string): Reason | undefined {
  if (/CLOSE|DENY|MAXIMUM_RETRY|OFFLINE/.test(step)) return 'connection_incomplete';
  return /^(APP|COMPONENT|SUBMIT|ENHANCED_MFA)_|_SELECTED$/.test(step) ? 'in_progress' : undefined;
}

/** A Flinks Connect `{ step }` message; `REDIRECT` is the success only when it hands a loginId. */
function fromStep(step: string, payload: Json): Found {
  if (step === 'REDIRECT') {
    const loginId = field(payload, 'loginId') ?? /loginId=/i.exec(textField(payload, 'url') ?? '');
    return [step, loginId ? 'connected' : 'in_progress'];
  }
  return [step, stepReason(step)];
}

/**
 * Flinks. The field that tells each family apart:
 * - Flinks Connect's iframe messages: `step` (a user event, UPPER_SNAKE) or `flinksCode` (an API
 *   event, `{ requestId, flinksCode, institution }`);
 * - API responses and webhooks (webhooks add `ResponseType`): `FlinksCode` when there is one, read
 *   through the catalog unless its `Message` names the integration's fault; otherwise
 *   `HttpStatusCode` (200 connected, 202 pending, 203 with `SecurityChallenges` being answered).
 */
export function readFlinks(payload: Json): Found[] | undefined {
  const step = textField(payload, 'step');
  if (step !== undefined && /^[A-Z_]+$/.test(step)) return [fromStep(step, payload)];

  const flinksCode = field(payload, 'FlinksCode') ?? field(payload, 'flinksCode');
  const status = textField(payload, 'HttpStatusCode');
  const asked = listField(payload, 'SecurityChallenges').length;
  if (flinksCode === undefined) {
    if (status === undefined && !asked) return undefined;
    const index = asked ? 3 : Number(status) - 200;
    // Never past the list's end: what is there comes from the prototype, which a page may pollute.
    const code = Object.hasOwn(STATUS_CODES, index) ? STATUS_CODES[index] : undefined;
    return code ? [[code]] : undefined;
  }
  const message = textField(payload, 'Message') ?? '';
  return [[flinksCode, INTEGRATION_MESSAGE.test(message) && 'integration_error']];
}
