import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll } from '../../src/core/index.js';

const brief = (payload: unknown, provider?: string) => {
  const r = fromPayload(payload, provider);
  return [r.provider, r.code, r.reason];
};

describe('Flinks payloads: the field that tells each family apart', () => {
  const cases: [string, unknown, [string | null, string, string]][] = [
    // Flinks Connect's `{ step }` messages.
    [
      'REDIRECT with a loginId in its url',
      { step: 'REDIRECT', url: 'https://x.test/?loginId=a1' },
      ['flinks', 'REDIRECT', 'connected'],
    ],
    [
      'REDIRECT with a loginId field',
      { step: 'REDIRECT', loginId: 'a1' },
      ['flinks', 'REDIRECT', 'connected'],
    ],
    [
      'REDIRECT with no loginId is not a success yet',
      { step: 'REDIRECT', url: 'https://x.test/' },
      ['flinks', 'REDIRECT', 'in_progress'],
    ],
    [
      'a screen loaded',
      { step: 'COMPONENT_LOAD_CREDENTIAL' },
      ['flinks', 'COMPONENT_LOAD_CREDENTIAL', 'in_progress'],
    ],
    [
      'a choice made',
      { step: 'INSTITUTION_SELECTED' },
      ['flinks', 'INSTITUTION_SELECTED', 'in_progress'],
    ],
    [
      'enhanced MFA',
      { step: 'ENHANCED_MFA_HAS_QUESTIONS' },
      ['flinks', 'ENHANCED_MFA_HAS_QUESTIONS', 'in_progress'],
    ],
    [
      'terms refused',
      { step: 'COMPONENT_DENY_TERMS' },
      ['flinks', 'COMPONENT_DENY_TERMS', 'connection_incomplete'],
    ],
    [
      'connection lost',
      { step: 'APP_OFFLINE' },
      ['flinks', 'APP_OFFLINE', 'connection_incomplete'],
    ],
    [
      'a catalog code as a step',
      { step: 'SESSION_NONEXISTENT' },
      ['flinks', 'Session Nonexistent', 'session_expired'],
    ],
    [
      'a handled error as a step',
      { step: 'NEW_ACCOUNT' },
      ['flinks', 'New Account', 'action_required_at_institution'],
    ],
    ['an undocumented step', { step: 'TOKEN_INVALID' }, ['flinks', 'TOKEN_INVALID', 'unknown']],
    // Flinks Connect's `{ flinksCode }` messages.
    [
      'an API event',
      { requestId: 'r', flinksCode: 'RETRY_LATER' },
      ['flinks', 'Retry Later', 'temporary_issue'],
    ],
    // API responses and webhooks without a FlinksCode.
    ['HTTP 200', { HttpStatusCode: 200, RequestId: 'r' }, ['flinks', 'OK', 'connected']],
    ['HTTP 201 as text', { HttpStatusCode: '201' }, ['flinks', 'CREATED', 'connected']],
    ['HTTP 202', { HttpStatusCode: 202 }, ['flinks', 'OPERATION_PENDING', 'in_progress']],
    [
      'HTTP 203',
      { HttpStatusCode: 203 },
      ['flinks', 'Answering Security Challenge', 'in_progress'],
    ],
    // The Message changes what a FlinksCode means.
    [
      'a wrong authorize token',
      {
        HttpStatusCode: 401,
        FlinksCode: 'UNAUTHORIZED',
        Message: 'You must provide a valid authorize token',
      },
      ['flinks', 'Unauthorized', 'integration_error'],
    ],
    [
      'a LoginId unknown to the API',
      {
        HttpStatusCode: 401,
        FlinksCode: 'INVALID_LOGIN',
        Message: 'The provided LoginId is invalid.',
      },
      ['flinks', 'Invalid Login', 'integration_error'],
    ],
    [
      'the borrower’s password',
      {
        HttpStatusCode: 401,
        FlinksCode: 'INVALID_LOGIN',
        Message: 'The provided username or/and password is/are invalid.',
      },
      ['flinks', 'Invalid Login', 'invalid_credentials'],
    ],
    [
      'a FlinksCode wins over the status',
      { HttpStatusCode: 200, FlinksCode: 'DISABLED_LOGIN' },
      ['flinks', 'Disabled Login', 'account_locked'],
    ],
  ];
  it('HTTP 500 with no code: no status Flinks lists, so nothing says whose it is', () => {
    assert.deepEqual(brief({ HttpStatusCode: 500 }, 'flinks'), ['flinks', '', 'unknown']);
    assert.deepEqual(brief({ HttpStatusCode: 500 }), [null, '', 'unknown']);
  });
  for (const [name, payload, expected] of cases) {
    it(name, () => {
      assert.deepEqual(brief(payload, 'flinks'), expected);
      assert.deepEqual(brief(payload), expected);
      assert.deepEqual(brief(JSON.stringify(payload)), expected);
    });
  }
});

describe('Flinks payloads: hostile and odd input never throws', () => {
  const hostile: [string, unknown][] = [
    ['step of the wrong type', { step: 42 }],
    ['step in lower case', { step: 'redirect', url: '?loginId=1' }],
    ['step as an object', { step: { toString: () => 'REDIRECT' } }],
    ['FlinksCode as an array', { FlinksCode: ['INVALID_LOGIN'] }],
    ['FlinksCode as an object', { FlinksCode: { code: 'INVALID_LOGIN' } }],
    ['HttpStatusCode as an object', { HttpStatusCode: { valueOf: () => 200 } }],
    ['HttpStatusCode not finite', { HttpStatusCode: Number.NaN }],
    ['HttpStatusCode that indexes an array', { HttpStatusCode: '200.5' }],
    ['HttpStatusCode far off', { HttpStatusCode: -1e308 }],
    ['Message of the wrong type', { FlinksCode: 'INVALID_LOGIN', Message: ['valid auth key'] }],
    ['SecurityChallenges not an array', { SecurityChallenges: 'What is your name?' }],
    [
      'SecurityChallenges huge',
      { HttpStatusCode: 203, SecurityChallenges: new Array(1e6).fill({}) },
    ],
    ['url of the wrong type', { step: 'REDIRECT', url: { loginId: 1 } }],
    ['a huge url', { step: 'REDIRECT', url: `https://x.test/?${'a'.repeat(500_000)}` }],
    [
      'prototype keys',
      JSON.parse('{"__proto__": {"FlinksCode": "INVALID_LOGIN"}, "constructor": 1}'),
    ],
    ['inherited fields only', Object.create({ FlinksCode: 'INVALID_LOGIN', step: 'REDIRECT' })],
    [
      'a throwing getter',
      Object.defineProperty({}, 'FlinksCode', {
        enumerable: true,
        get() {
          throw new Error('x');
        },
      }),
    ],
  ];
  for (const [name, payload] of hostile) {
    it(name, () => {
      for (const provider of ['flinks', undefined]) {
        const all = fromPayloadAll(payload, provider);
        assert.ok(all.length >= 1);
        assert.notEqual(all[0]!.reason, 'connected', name);
      }
    });
  }

  it('reads inherited fields as nothing, and a wrong-type FlinksCode as unknown', () => {
    assert.equal(
      fromPayload(Object.create({ FlinksCode: 'INVALID_LOGIN' }), 'flinks').reason,
      'unknown',
    );
    assert.equal(fromPayload({ FlinksCode: ['INVALID_LOGIN'] }, 'flinks').reason, 'unknown');
  });

  it('reads other providers’ shapes as theirs, even when given Flinks’ name', () => {
    const others = [
      { code: 100, reason: 'exit' },
      { type: 'error', data: { code: 103 } },
      { customerId: '1', eventType: 'added', payload: {} },
      { id: 'v', status: { state: 'PAUSED', errors: [{ code: 'invalid_credentials' }] } },
      { event: 'verifications.updated', name: 'x', data: {} },
      { aggregationStatusCode: 103 },
    ];
    for (const payload of others) {
      const resolution = fromPayload(payload, 'flinks');
      assert.notEqual(resolution.provider, 'flinks', JSON.stringify(payload));
      assert.deepEqual(resolution, fromPayload(payload), JSON.stringify(payload));
    }
  });

  it('does not claim a bare { code }: the provider given still reads it', () => {
    assert.deepEqual(brief({ code: 'Disabled Login' }, 'flinks'), [
      'flinks',
      'Disabled Login',
      'account_locked',
    ]);
  });
});
