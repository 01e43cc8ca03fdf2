import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll } from '../../src/core/index.js';

const argyleResource = (state: string, codes: string[]) => ({
  id: '0187c6b0-92f8-4a8e-a5a9-6e0a6c6f7c11',
  status: { state, errors: codes.map((code) => ({ code, message: 'API message' })) },
});

const webhook = (resource: object) => ({
  event: 'verifications.updated',
  name: 'lender webhook',
  data: { verification: 'id', resource },
});

const brief = (payload: unknown, provider?: string) => {
  const r = fromPayload(payload, provider);
  return [r.provider, r.code, r.reason];
};

describe('fromPayload', () => {
  it('reads an Argyle verifications.updated webhook body', () => {
    const body = webhook(argyleResource('PAUSED', ['token_invalid_or_expired']));
    assert.deepEqual(brief(body), ['argyle', 'token_invalid_or_expired', 'reconnect_required']);
  });

  it('reads its data.resource alone', () => {
    assert.deepEqual(brief(argyleResource('PAUSED', ['account_closed'])), [
      'argyle',
      'account_closed',
      'account_unavailable',
    ]);
  });

  it('reads errors only while the verification is PAUSED, and every other state on its own', () => {
    assert.deepEqual(brief(argyleResource('paused', ['invalid_credentials'])), [
      'argyle',
      'invalid_credentials',
      'invalid_credentials',
    ]);
    // Argyle: "COMPLETED - Verification is complete and report assets are available.",
    // "PROCESSING - Verification processing is underway."
    for (const [state, reason] of [
      ['COMPLETED', 'connected'],
      ['PROCESSING', 'in_progress'],
      ['PENDING', 'in_progress'],
      ['CANCELLED', 'connection_incomplete'],
    ]) {
      assert.deepEqual(brief(webhook(argyleResource(state!, ['invalid_credentials']))), [
        'argyle',
        state,
        reason,
      ]);
    }
    assert.deepEqual(brief(webhook(argyleResource('', ['invalid_credentials']))), [
      'argyle',
      '',
      'unknown',
    ]);
  });

  it('picks the first error it understands when Argyle sends several', () => {
    const resource = argyleResource('PAUSED', [
      'not_a_code',
      'mfa_issue_encountered',
      'generic_error',
    ]);
    assert.deepEqual(brief(resource), ['argyle', 'mfa_issue_encountered', 'mfa_failed']);
    assert.deepEqual(brief(argyleResource('PAUSED', ['not_a_code'])), [
      'argyle',
      'not_a_code',
      'unknown',
    ]);
    assert.deepEqual(brief(argyleResource('PAUSED', [])), ['argyle', '', 'unknown']);
  });

  it('reads one element of Argyle’s errors array', () => {
    assert.deepEqual(brief({ code: 'one_time_passcode_issue', message: '…' }), [
      'argyle',
      'one_time_passcode_issue',
      'mfa_failed',
    ]);
  });

  it('reads a Finicity error body, with the code as a number or a string', () => {
    for (const code of [185, '185']) {
      const body = {
        code,
        status: '500',
        title: 'Error',
        message: 'MFA Required',
        user_message: '',
      };
      assert.deepEqual(brief(body), ['finicity', '185', 'reconnect_required']);
    }
  });

  it('reads a Finicity account’s aggregationStatusCode', () => {
    assert.deepEqual(brief({ id: '5011648377', aggregationStatusCode: 936 }), [
      'finicity',
      '936',
      'language_not_supported',
    ]);
    assert.deepEqual(brief({ aggregationStatusCode: 0 }), ['finicity', '0', 'connected']);
  });

  it('reads a Flinks response', () => {
    const body = { HttpStatusCode: 401, FlinksCode: 'INVALID_LOGIN', Message: '…', RequestId: 'r' };
    assert.deepEqual(brief(body), ['flinks', 'Invalid Login', 'invalid_credentials']);
    assert.deepEqual(brief({ HttpStatusCode: 202, FlinksCode: 'OPERATION_PENDING' }), [
      'flinks',
      'OPERATION_PENDING',
      'in_progress',
    ]);
  });

  it('reads the integration’s faults as such, whatever the code says on its own', () => {
    // Flinks, "Authentication Troubleshooting": the lender's secret key is wrong.
    const wrongKey = {
      HttpStatusCode: 401,
      FlinksCode: 'UNAUTHORIZED',
      Message: 'You must provide a valid auth key',
    };
    assert.deepEqual(brief(wrongKey), ['flinks', 'Unauthorized', 'integration_error']);
    // Without that message, Flinks' Unauthorized is the bank asking for a step on its website.
    assert.deepEqual(brief({ HttpStatusCode: 401, FlinksCode: 'UNAUTHORIZED', Message: '…' }), [
      'flinks',
      'Unauthorized',
      'action_required_at_institution',
    ]);
    // Mastercard's OpenAPI: `{ code: '14020', status: '400', message: 'Bad request.' }`.
    for (const status of ['400', 400]) {
      const badRequest = { code: '14020', status, message: 'Bad request.' };
      assert.deepEqual(brief(badRequest), ['finicity', '14020', 'integration_error']);
      assert.equal(fromPayload(badRequest).actions.includes('choose_another_institution'), false);
    }
    // As an account's aggregation status, 14020 means an unsupported connection.
    assert.deepEqual(brief({ aggregationStatusCode: 14020 }), [
      'finicity',
      '14020',
      'institution_not_supported',
    ]);
  });

  it('uses the provider it is given for a bare { code }', () => {
    assert.deepEqual(brief({ code: 'Retry Later' }, 'flinks'), [
      'flinks',
      'Retry Later',
      'temporary_issue',
    ]);
    assert.deepEqual(brief({ code: 103 }, 'mastercard'), [
      'finicity',
      '103',
      'invalid_credentials',
    ]);
  });

  it('resolves anything else to unknown', () => {
    for (const payload of [{}, [], 'invalid_credentials', 103, { message: 'x' }, { errors: [] }]) {
      assert.equal(fromPayload(payload).reason, 'unknown', JSON.stringify(payload));
    }
  });
});

describe('fromPayloadAll', () => {
  it('keeps the most urgent reading of a code held twice', () => {
    // The same code, once from an account and once from an API error the integration caused.
    const payload = {
      eventType: 'added',
      accounts: [{ aggregationStatusCode: 0 }],
      payload: { code: 0, status: 401 },
    };
    const all = fromPayloadAll(payload, 'finicity');
    assert.deepEqual(
      all.map(({ code, reason }) => [code, reason]),
      [['0', 'integration_error']],
    );
  });

  it('drops codes a payload holds as null', () => {
    const members = { members: [{ connection_status: null }, { connection_status: 'DENIED' }] };
    assert.deepEqual(
      fromPayloadAll(members, 'mx').map(({ code }) => code),
      ['DENIED'],
    );
  });
});
