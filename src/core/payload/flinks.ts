import { answer, lookUp } from './answer.js';
import { field, textField, type Json } from './json.js';
import type { Resolution } from '../vocabulary.js';

/** Flinks, "Authentication Troubleshooting": the lender's secret key is wrong, not the borrower. */
const WRONG_KEY = /valid auth key/i;

/** Flinks: an API response `{ HttpStatusCode, FlinksCode, Message }`. */
export function readFlinks(payload: Json): Resolution[] | undefined {
  const flinksCode = field(payload, 'FlinksCode');
  if (flinksCode === undefined) return undefined;
  const resolution = lookUp('flinks', flinksCode);
  const wrongKey = WRONG_KEY.test(textField(payload, 'Message')?.slice(0, 500) ?? '');
  return [wrongKey ? answer('flinks', resolution.code, 'integration_error') : resolution];
}
