import { REASON_RULES } from './reasons.js';
import { resolve } from './resolve.js';
import type { Reason, Resolution } from './vocabulary.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a payload's prototype (`constructor`, `toString`) is never read as data. */
function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** An Argyle verification (`data.resource`): its errors count only while it is `PAUSED`. */
function fromArgyleVerification(verification: Json): Resolution {
  const status = field(verification, 'status');
  const state = field(status, 'state');
  const errors = field(status, 'errors');
  if (typeof state !== 'string' || state.toUpperCase() !== 'PAUSED' || !Array.isArray(errors)) {
    return resolve({ provider: 'argyle', code: '' });
  }
  // Several errors: the first one we understand is the one the borrower can act on.
  const resolutions = errors
    .slice(0, 20)
    .map((error) => resolve({ provider: 'argyle', code: field(error, 'code') as string }));
  return (
    resolutions.find((r) => r.known) ?? resolutions[0] ?? resolve({ provider: 'argyle', code: '' })
  );
}

/** The same code, read as another reason: a payload's other fields can change what a code means. */
function readAs({ provider, code }: Resolution, reason: Reason): Resolution {
  const { severity, actions } = REASON_RULES[reason];
  return { provider, code, known: true, reason, severity, actions: [...actions] };
}

/** Flinks, "Authentication Troubleshooting": the lender's secret key is wrong, not the borrower. */
const WRONG_FLINKS_KEY = /valid auth key/i;

function read(payload: unknown, provider: string | undefined): Resolution {
  if (!isObject(payload)) return resolve({ provider, code: '' });

  // Argyle `verifications.updated` webhook body, or its `data.resource`.
  const resource = field(field(payload, 'data'), 'resource');
  if (isObject(resource)) return fromArgyleVerification(resource);
  if (isObject(field(payload, 'status'))) return fromArgyleVerification(payload);

  // Flinks API response: `{ HttpStatusCode, FlinksCode, Message }`.
  const flinksCode = field(payload, 'FlinksCode');
  if (flinksCode !== undefined) {
    const resolution = resolve({ provider: 'flinks', code: flinksCode as string });
    const message = field(payload, 'Message');
    const wrongKey = typeof message === 'string' && WRONG_FLINKS_KEY.test(message.slice(0, 500));
    return wrongKey ? readAs(resolution, 'integration_error') : resolution;
  }

  // Finicity customer account: an aggregation status code, where 14020 means the connection is
  // not supported (its other use, "Bad request.", is an API error's).
  const statusCode = field(payload, 'aggregationStatusCode');
  if (statusCode !== undefined) {
    const resolution = resolve({ provider: 'finicity', code: statusCode as string });
    return resolution.code === '14020'
      ? readAs(resolution, 'institution_not_supported')
      : resolution;
  }

  // A Finicity error body `{ code, status, message, user_message }`, or one Argyle error
  // `{ code, message }`. HTTP 400 is a bad request: the integration's, whatever its code.
  const resolution = resolve({ provider, code: field(payload, 'code') as string });
  const status = field(payload, 'status');
  return resolution.code && (status === 400 || status === '400')
    ? readAs(resolution, 'integration_error')
    : resolution;
}

/**
 * What a raw provider payload means for the borrower: an Argyle `verifications.updated` webhook
 * body or its `data.resource`, one of its `status.errors`, a Finicity error body or account, or a
 * Flinks response. Anything else resolves to `unknown`. Never throws.
 */
export function fromPayload(payload: unknown, provider?: string): Resolution {
  try {
    return read(payload, provider);
  } catch {
    return resolve({ provider, code: '' });
  }
}
