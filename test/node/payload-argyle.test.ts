import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll } from '../../src/core/index.js';
import { readArgyle } from '../../src/core/payload/argyle.js';

const brief = (payload: unknown, provider?: string) => {
  const { provider: p, code, reason } = fromPayload(payload, provider);
  return [p, code, reason];
};

const hook = (event: string, data: object) => ({ event, name: 'subscription', data });

/** Shapes Argyle documents but no fixture holds whole: each with what it reads as. */
const DOCUMENTED: [string, unknown, string, string][] = [
  // "accounts.failed … error_code: Error code that defines the reason the account failed"
  [
    'accounts.failed with data.error_code',
    hook('accounts.failed', { account: 'a', user: 'u', error_code: 'invalid_credentials' }),
    'invalid_credentials',
    'invalid_credentials',
  ],
  [
    'accounts.updated whose account has a connection error',
    hook('accounts.updated', {
      account: 'a',
      resource: { id: 'a', connection: { status: 'error', error_code: 'account_not_found' } },
    }),
    'account_not_found',
    'account_unavailable',
  ],
  [
    'an account object with a connection error',
    { id: 'a', connection: { status: 'error', error_code: 'invalid_credentials' } },
    'invalid_credentials',
    'invalid_credentials',
  ],
  [
    'a payroll connection error the catalog does not hold',
    { id: 'a', connection: { status: 'error', error_code: 'system_error' } },
    'system_error',
    'unknown',
  ],
  [
    'Link onError with an expired user token',
    { userId: 'u', errorType: 'expired_user_token', errorMessage: '…', errorDetails: '…' },
    'expired_user_token',
    'integration_error',
  ],
  [
    'Link onError, generic',
    { userId: 'u', errorType: 'generic', errorMessage: '…', errorDetails: '…' },
    'generic',
    'unknown',
  ],
  [
    'onUIEvent "account error - opened" with connectionErrorCode',
    {
      name: 'account error - opened',
      properties: { connectionStatus: 'error', connectionErrorCode: 'invalid_credentials' },
    },
    'invalid_credentials',
    'invalid_credentials',
  ],
  [
    'onUIEvent "success - opened"',
    { name: 'success - opened', properties: { userId: 'u', deepLink: false } },
    'success - opened',
    'connected',
  ],
  [
    'onUIEvent "link closed" before any account was created',
    { name: 'link closed', properties: { userId: 'u', closeMethod: null, deepLink: false } },
    'link closed',
    'connection_incomplete',
  ],
  [
    'onUIEvent with properties null (React Native passes a missing map as null)',
    { name: 'search - opened', properties: null },
    'search - opened',
    'in_progress',
  ],
  [
    'a verifications.updated webhook without its resource',
    hook('verifications.updated', { user: 'u', verification: 'v' }),
    '',
    'unknown',
  ],
  [
    'a webhook about data, not the connection',
    hook('paystubs.partially_synced', { account: 'a', user: 'u', days_synced: 140 }),
    '',
    'unknown',
  ],
];

describe('readArgyle: documented shapes', () => {
  for (const [about, payload, code, reason] of DOCUMENTED) {
    it(about, () => {
      assert.deepEqual(brief(payload, 'argyle'), ['argyle', code, reason]);
      assert.deepEqual(brief(JSON.stringify(payload)), ['argyle', code, reason]);
    });
  }

  it('reads data.resource by what the event names: a user resource is no verification', () => {
    const user = { id: 'u', status: { state: 'COMPLETED' } };
    assert.deepEqual(brief(hook('users.updated', { user: 'u', resource: user })), [
      'argyle',
      '',
      'unknown',
    ]);
  });

  it('lists every error of a PAUSED verification, most urgent first', () => {
    const verification = {
      id: 'v',
      status: {
        state: 'PAUSED',
        code: 'more_data_required',
        errors: [{ code: 'temporary_connection_issue' }, { code: 'token_invalid_or_expired' }],
      },
    };
    assert.deepEqual(
      fromPayloadAll(verification).map(({ code, reason }) => [code, reason]),
      [
        ['token_invalid_or_expired', 'reconnect_required'],
        ['temporary_connection_issue', 'temporary_issue'],
      ],
    );
  });
});

/** Odd and hostile input: never a throw, never another provider's reading. */
const ODD: [string, unknown][] = [
  ['status as an array', { status: [] }],
  ['state as an object', { status: { state: {} } }],
  ['errors as a string', { status: { state: 'PAUSED', errors: 'invalid_credentials' } }],
  ['errors holding junk', { status: { state: 'PAUSED', errors: [null, 3, 'x', [], {}] } }],
  ['event as a number', { event: 5, data: {} }],
  ['data as a string', { event: 'accounts.connected', data: 'x' }],
  ['a resource that is an array', hook('verifications.updated', { resource: [] })],
  ['connection status as a number', { connection: { status: 7 } }],
  ['prototype words as stages', { status: { state: 'constructor' } }],
  ['prototype words as events', hook('__proto__', {})],
  ['a UI event named toString', { name: 'toString', properties: {} }],
  ['an errorType of hasOwnProperty', { errorType: 'hasOwnProperty' }],
  ['a nested resource loop', hook('accounts.updated', { resource: { connection: 'x' } })],
];

describe('readArgyle: odd input', () => {
  for (const [about, payload] of ODD) {
    it(about, () => {
      assert.doesNotThrow(() => fromPayloadAll(payload, 'argyle'));
      const { provider, reason } = fromPayload(payload, 'argyle');
      assert.equal(provider, 'argyle');
      assert.ok(['unknown', 'in_progress'].includes(reason), `${about}: ${reason}`);
    });
  }

  it('caps a huge errors array', () => {
    const errors = Array.from({ length: 100_000 }, (_, i) => ({ code: `code_${i}` }));
    const all = fromPayloadAll({ status: { state: 'PAUSED', errors } }, 'argyle');
    assert.ok(all.length <= 20, `${all.length}`);
  });

  it('survives a throwing getter and a revoked proxy', () => {
    const getter = {
      get status(): never {
        throw new Error('boom');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const payload of [getter, proxy]) {
      assert.equal(fromPayload(payload, 'argyle').reason, 'unknown');
    }
  });

  it('reads an own `__proto__` key as no stage', () => {
    const payload = JSON.parse('{"event":"__proto__","data":{}}') as unknown;
    assert.deepEqual(brief(payload, 'argyle'), ['argyle', '', 'unknown']);
  });
});

/** Other providers' shapes are not Argyle's, even given Argyle's name. */
const OTHERS: [string, unknown][] = [
  ['a Finicity error body', { code: 185, status: '500', message: 'MFA Required' }],
  ['a Finicity Connect event', { code: 100, reason: 'exit' }],
  ['a Finicity mobile SDK message', { type: 'error', data: { code: 500, reason: 'x' } }],
  ['a Finicity webhook', { customerId: '1', eventType: 'added', payload: {} }],
  ['a Finicity account', { id: '1', aggregationStatusCode: 103 }],
  ['a Flinks response', { HttpStatusCode: 401, FlinksCode: 'INVALID_LOGIN', Message: '…' }],
  ['a Flinks Connect message', { step: 'COMPONENT_LOAD_CREDENTIAL' }],
  ['a Flinks webhook', { ResponseType: 'GetAccountsDetail', HttpStatusCode: 200 }],
];

describe('readArgyle: other providers', () => {
  for (const [about, payload] of OTHERS) {
    it(about, () => {
      assert.equal(readArgyle(payload as Record<string, unknown>), undefined);
    });
  }
});
