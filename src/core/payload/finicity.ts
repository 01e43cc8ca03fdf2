import { answer, lookUp } from './answer.js';
import { field, textField, type Json } from './json.js';
import type { Resolution } from '../vocabulary.js';

/** Finicity (Mastercard Open Banking): a customer account, or an API error body. */
export function readFinicity(payload: Json): Resolution[] | undefined {
  // A customer account: an aggregation status code, where 14020 means the connection is not
  // supported (its other use, "Bad request.", is an API error's).
  const statusCode = field(payload, 'aggregationStatusCode');
  if (statusCode !== undefined) {
    const resolution = lookUp('finicity', statusCode);
    return [
      resolution.code === '14020'
        ? answer('finicity', '14020', 'institution_not_supported')
        : resolution,
    ];
  }

  // An error body `{ code, status, message, user_message }`. HTTP 400 is a bad request: the
  // integration's, whatever its code.
  if (field(payload, 'code') === undefined || field(payload, 'status') === undefined) {
    return undefined;
  }
  const resolution = lookUp('finicity', field(payload, 'code'));
  return [
    resolution.code && textField(payload, 'status') === '400'
      ? answer('finicity', resolution.code, 'integration_error')
      : resolution,
  ];
}
