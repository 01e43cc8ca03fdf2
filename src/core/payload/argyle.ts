import { lookUp } from './answer.js';
import { field, isObject, listField, textField, type Json } from './json.js';
import type { Resolution } from '../vocabulary.js';

/** An Argyle verification (`data.resource`): its errors count only while it is `PAUSED`. */
function fromVerification(verification: Json): Resolution[] {
  const status = field(verification, 'status');
  const state = textField(status, 'state');
  if (state?.toUpperCase() !== 'PAUSED') return [];
  return listField(status, 'errors').map((error) => lookUp('argyle', field(error, 'code')));
}

/** Argyle: a `verifications.updated` webhook body or its `data.resource`. */
export function readArgyle(payload: Json): Resolution[] | undefined {
  const resource = field(field(payload, 'data'), 'resource');
  if (isObject(resource)) return fromVerification(resource);
  if (isObject(field(payload, 'status'))) return fromVerification(payload);
  return undefined;
}
