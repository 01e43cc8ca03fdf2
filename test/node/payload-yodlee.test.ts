import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll, resolve } from '../../src/core/index.js';

const brief = (payload: unknown, provider?: string) => {
  const r = fromPayload(payload, provider);
  return [r.provider, r.code, r.reason];
};

const dataset = (additionalStatus: unknown, name = 'BASIC_AGG_DATA') => ({
  name,
  additionalStatus,
  updateEligibility: 'ALLOW_UPDATE',
});

describe('Yodlee payloads: the field that tells each family apart', () => {
  const cases: [string, unknown, [string | null, string, string]][] = [
    [
      'an API error body',
      { errorCode: 'Y008', errorMessage: 'Invalid token in authorization header' },
      ['yodlee', 'Y008', 'integration_error'],
    ],
    [
      'a failed provider account: its dataset says why',
      {
        providerAccount: [{ id: 1, status: 'FAILED', dataset: [dataset('INCORRECT_CREDENTIALS')] }],
      },
      ['yodlee', 'INCORRECT_CREDENTIALS', 'invalid_credentials'],
    ],
    [
      'one provider account on its own',
      { id: 1, status: 'IN_PROGRESS', dataset: [dataset('LOGIN_IN_PROGRESS')] },
      ['yodlee', 'LOGIN_IN_PROGRESS', 'in_progress'],
    ],
    [
      'a REFRESH webhook, still logging in',
      {
        event: {
          info: 'REFRESH.USER_INPUT_REQUIRED',
          data: {
            providerAccount: [{ id: 1, dataset: [dataset('ADDL_AUTHENTICATION_REQUIRED')] }],
          },
        },
      },
      ['yodlee', 'ADDL_AUTHENTICATION_REQUIRED', 'mfa_failed'],
    ],
    [
      'FastLink onSuccess',
      {
        fnToCall: 'accountStatus',
        status: 'SUCCESS',
        additionalStatus: 'AVAILABLE_DATA_RETRIEVED',
      },
      ['yodlee', 'AVAILABLE_DATA_RETRIEVED', 'connected'],
    ],
    [
      "FastLink's own error: a deep link's wrong value",
      { code: 'E703', title: 'INVALID_PARAMETER_OR_VALUE', message: 'x', fnToCall: 'errorHandler' },
      ['yodlee', 'E703', 'integration_error'],
    ],
    [
      "FastLink's own error: a technical problem",
      { code: 'E800', title: 'INVALID_PARAMETER_OR_VALUE', fnToCall: 'errorHandler' },
      ['yodlee', 'E800', 'generic_error'],
    ],
    [
      "FastLink's own error with a code nobody documented: Yodlee's, unknown",
      { code: 'E999', title: 'UNKNOWN', fnToCall: 'errorHandler' },
      ['yodlee', 'E999', 'unknown'],
    ],
    [
      "FastLink's error handler with no code",
      { title: 'INVALID_PARAMETER_OR_VALUE', fnToCall: 'errorHandler' },
      ['yodlee', '', 'unknown'],
    ],
    [
      'a FastLink mobile message around a site',
      { type: 'POST_MESSAGE', data: { status: 'FAILED', additionalStatus: 'CONSENT_EXPIRED' } },
      ['yodlee', 'CONSENT_EXPIRED', 'reconnect_required'],
    ],
  ];
  for (const [name, payload, expected] of cases) {
    it(name, () => assert.deepEqual(brief(payload), expected));
  }

  it('onClose: each site, and no site at all is a connection not finished', () => {
    const closed = {
      action: 'exit',
      fnToCall: 'accountStatus',
      sites: [{ status: 'FAILED', additionalStatus: 'SITE_UNAVAILABLE' }],
    };
    assert.deepEqual(brief(closed, 'yodlee'), ['yodlee', 'SITE_UNAVAILABLE', 'institution_outage']);
    assert.deepEqual(brief({ ...closed, sites: [] }, 'yodlee'), [
      'yodlee',
      'exit',
      'connection_incomplete',
    ]);
    assert.equal(fromPayload(closed).provider, 'yodlee');
  });

  it('reads every dataset, the one to act on first', () => {
    const all = fromPayloadAll(
      {
        providerAccount: {
          id: 1,
          status: 'PARTIAL_SUCCESS',
          dataset: [
            dataset('AVAILABLE_DATA_RETRIEVED'),
            dataset('ENROLLMENT_REQUIRED_FOR_DATASET', 'DOCUMENT'),
            dataset('PARTIAL_DATA_RETRIEVED', 'ACCT_PROFILE'),
          ],
        },
      },
      'envestnet',
    );
    assert.deepEqual(
      all.map(({ code, reason }) => [code, reason]),
      [
        ['ENROLLMENT_REQUIRED_FOR_DATASET', 'action_required_at_institution'],
        ['PARTIAL_DATA_RETRIEVED', 'data_incomplete'],
        ['AVAILABLE_DATA_RETRIEVED', 'connected'],
      ],
    );
  });

  it("skips an account's autoRefresh status", () => {
    const account = {
      account: [
        {
          autoRefresh: { status: 'ENABLED', additionalStatus: 'SCHEDULED', asOfDate: 'x' },
          dataset: [dataset(' SUCCESS '), dataset('DATA_RETRIEVAL_FAILED')],
        },
      ],
    };
    assert.deepEqual(
      fromPayloadAll(account, 'yodlee').map(({ code }) => code),
      ['DATA_RETRIEVAL_FAILED', 'SUCCESS'],
    );
  });

  it('leaves what it does not know to the others, and says nothing of an event with no status', () => {
    assert.equal(fromPayload({ foo: 1 }).provider, null);
    assert.deepEqual(brief({ event: { info: 'DATA_UPDATES.USER_DATA', data: {} } }, 'yodlee'), [
      'yodlee',
      '',
      'unknown',
    ]);
  });
});

describe('Yodlee: codes and names', () => {
  // Numbers are Finicity's unless Yodlee is named; FastLink's E-codes are Yodlee's alone.
  const readings: [
    provider: string | undefined,
    code: string | number,
    expected: [string | null, string, string],
  ][] = [
    [undefined, 0, ['finicity', '0', 'connected']],
    [undefined, '410', ['finicity', '410', 'unknown']],
    [undefined, 409, ['finicity', '409', 'unknown']],
    ['yodlee', 0, ['yodlee', '0', 'connected']],
    ['yodlee', '0410', ['yodlee', '410', 'credentials_update_required']],
    ['envestnet', 409, ['yodlee', '409', 'institution_outage']],
    ['yodlee', '801', ['yodlee', '801', 'in_progress']],
    ['yodlee', '402', ['yodlee', '402', 'invalid_credentials']],
    [undefined, 402, ['finicity', '402', 'unknown']],
    // A v1.0 code with no words of Yodlee's in the catalog.
    ['yodlee', '424', ['yodlee', '424', 'unknown']],
    ['yodlee', 103, ['yodlee', '103', 'unknown']],
    [undefined, 'e701', ['yodlee', 'E701', 'integration_error']],
    [undefined, ' E801 ', ['yodlee', 'E801', 'integration_error']],
    ['finicity', 'E701', ['finicity', 'E701', 'unknown']],
  ];
  for (const [provider, code, expected] of readings) {
    it(`${provider ?? 'no provider'}, ${JSON.stringify(code)}: ${expected.join(' ')}`, () => {
      const { provider: read, code: canonical, reason } = resolve({ provider, code });
      assert.deepEqual([read, canonical, reason], expected);
    });
  }

  it("Yodlee's status names need no provider name", () => {
    assert.equal(resolve({ code: 'DATA_RETRIEVAL_IN_PROGRESS' }).provider, 'yodlee');
    assert.equal(
      resolve({ provider: 'Envestnet | Yodlee', code: 'site unavailable' }).code,
      'SITE_UNAVAILABLE',
    );
    assert.equal(resolve({ provider: 'yodlee', code: 'sites' }).reason, 'unknown');
  });
});

describe('Yodlee payloads never throw', () => {
  const hostile: unknown[] = [
    null,
    '',
    '{',
    [],
    { errorCode: { toString: () => 'Y1' } },
    { additionalStatus: 42 },
    { additionalStatus: '"><script>' },
    { sites: 'none' },
    { providerAccount: [null, 1, 'x', { dataset: 'x' }] },
    { event: { data: { providerAccount: { dataset: [{ additionalStatus: null }] } } } },
    Object.assign(Object.create({ additionalStatus: 'ACCOUNT_LOCKED' }), { sites: [] }),
    {
      toJSON() {
        throw new Error('no');
      },
    },
    (() => {
      const cyclic: Record<string, unknown> = { fnToCall: 'x' };
      cyclic.self = cyclic;
      return cyclic;
    })(),
    { big: 1n },
    new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    ),
  ];
  for (const [i, payload] of hostile.entries()) {
    it(`hostile input ${i}`, () => {
      for (const provider of ['yodlee', undefined]) {
        const resolution = fromPayload(payload, provider);
        assert.ok(resolution.actions.length > 0);
      }
    });
  }

  it("reads other providers' shapes given as Yodlee's as theirs", () => {
    const others: unknown[] = [
      { step: 'REDIRECT', loginId: 'a' },
      { code: 100, reason: 'exit' },
      { event: 'accounts.connected', data: { account: 'a' } },
      { HttpStatusCode: 200 },
      { status: { state: 'COMPLETED' } },
    ];
    for (const payload of others) {
      assert.notEqual(fromPayload(payload, 'yodlee').provider, 'yodlee', JSON.stringify(payload));
      assert.deepEqual(fromPayload(payload, 'yodlee'), fromPayload(payload));
    }
  });
});
