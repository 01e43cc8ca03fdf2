import { resolve } from './resolve.js';
import type { Resolution } from './vocabulary.js';

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

function read(payload: unknown, provider: string | undefined): Resolution {
  if (!isObject(payload)) return resolve({ provider, code: '' });

  // Argyle `verifications.updated` webhook body, or its `data.resource`.
  const resource = field(field(payload, 'data'), 'resource');
  if (isObject(resource)) return fromArgyleVerification(resource);
  if (isObject(field(payload, 'status'))) return fromArgyleVerification(payload);

  // Flinks API response: `{ HttpStatusCode, FlinksCode, Message }`.
  const flinksCode = field(payload, 'FlinksCode');
  if (flinksCode !== undefined) return resolve({ provider: 'flinks', code: flinksCode as string });

  // Finicity customer account.
  const statusCode = field(payload, 'aggregationStatusCode');
  if (statusCode !== undefined)
    return resolve({ provider: 'finicity', code: statusCode as string });

  // A Finicity error body `{ code, status, message, user_message }`, or one Argyle error `{ code, message }`.
  return resolve({ provider, code: field(payload, 'code') as string });
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
