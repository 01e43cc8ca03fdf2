import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll, resolve } from '../../src/core/index.js';
import { readMx } from '../../src/core/payload/mx.js';

const brief = (payload: unknown, provider: string | undefined = 'mx') => {
  const { code, reason } = fromPayload(payload, provider);
  return [code, reason];
};

/** Each row: what was given, and the code and reason it reads as with MX named. */
const CASES: [string, unknown, [string, string]][] = [
  // Statuses by name and by number.
  ['a member by name', { member: { connection_status: 'LOCKED' } }, ['LOCKED', 'account_locked']],
  ['a member by number', { member: { connection_status: 5 } }, ['5', 'account_locked']],
  ['a number as text', { connection_status: '19' }, ['19', 'mfa_failed']],
  [
    'a lower-case name',
    { connection_status: 'impeded' },
    ['IMPEDED', 'action_required_at_institution'],
  ],
  ['an undocumented status', { connection_status: 'SOMETHING' }, ['SOMETHING', 'unknown']],
  ['a status out of range', { connection_status: 22 }, ['22', 'unknown']],
  ['a null status (a manual member)', { member: { connection_status: null } }, ['', 'unknown']],
  ['a status that is an object', { connection_status: {} }, ['', 'unknown']],
  ['a negative number', { connection_status: -1 }, ['-1', 'unknown']],
  // Connect widget messages.
  [
    'memberStatusUpdate as posted',
    { mx: true, type: 'mx/connect/memberStatusUpdate', metadata: { connection_status: 4 } },
    ['4', 'mfa_failed'],
  ],
  [
    'memberError carries the member',
    {
      type: 'mx/connect/memberError',
      metadata: { member: { guid: 'MBR-1', connection_status: 11 } },
    },
    ['11', 'institution_not_supported'],
  ],
  [
    'memberConnected',
    { type: 'mx/connect/memberConnected', user_guid: 'USR-1', member_guid: 'MBR-1' },
    ['mx/connect/memberConnected', 'connected'],
  ],
  [
    'the button on the connected step',
    { type: 'mx/connect/connected/primaryAction' },
    ['mx/connect/connected/primaryAction', 'connected'],
  ],
  ['oauthError', { type: 'mx/connect/oauthError' }, ['mx/connect/oauthError', 'generic_error']],
  [
    'createMemberError',
    { type: 'mx/connect/createMemberError', metadata: { institution_code: 'x' } },
    ['mx/connect/createMemberError', 'generic_error'],
  ],
  [
    'a lower-case type',
    { type: 'mx/connect/stepchange' },
    ['mx/connect/stepchange', 'in_progress'],
  ],
  [
    'metadata that is not an object',
    { type: 'mx/connect/loaded', metadata: 'x' },
    ['mx/connect/loaded', 'in_progress'],
  ],
  // A member's error code (MX's actionable errors), read before its status.
  [
    'an error code beside a status',
    { member: { connection_status: 'CONNECTED', error: { error_code: 3001 } } },
    ['3001', 'institution_maintenance'],
  ],
  [
    'an error code as text',
    { connection_status: 3, error: { error_code: '2003' } },
    ['2003', 'mfa_failed'],
  ],
  [
    'an error code MX has not documented: the status leads',
    { connection_status: 'DENIED', error: { error_code: 4242 } },
    ['DENIED', 'invalid_credentials'],
  ],
  ['an empty error', { connection_status: 'LOCKED', error: {} }, ['LOCKED', 'account_locked']],
  ['a null error', { connection_status: 6, error: null }, ['6', 'connected']],
  [
    'an error that is text',
    { connection_status: 6, error: '{"error_code": 1001}' },
    ['6', 'connected'],
  ],
  // The widget's invalidData message: its code is an error code.
  [
    'invalidData as the SDK hands it',
    { type: 'mx/connect/invalidData', member_guid: 'MBR-1', code: 1000 },
    ['1000', 'no_eligible_accounts'],
  ],
  [
    'invalidData as the widget posts it',
    { mx: true, type: 'mx/connect/invalidData', metadata: { member: { guid: 'M', code: 1002 } } },
    ['1002', 'consent_required'],
  ],
  [
    'invalidData without a code',
    { type: 'mx/connect/invalidData', metadata: {} },
    ['mx/connect/invalidData', 'generic_error'],
  ],
  [
    'the Try again button on the invalid data step',
    { type: 'mx/connect/invalidData/primaryAction', metadata: { member_guid: 'M' } },
    ['mx/connect/invalidData/primaryAction', 'in_progress'],
  ],
  [
    'a code in any other message is not an error code',
    { type: 'mx/connect/loaded', metadata: { code: 1000 } },
    ['mx/connect/loaded', 'in_progress'],
  ],
  // Webhooks.
  [
    'an aggregation webhook',
    { action: 'member_data_updated', type: 'AGGREGATION', member_guid: 'MBR-1' },
    ['AGGREGATION', 'connected'],
  ],
  // Prototype keys are never statuses.
  ['status "constructor"', { connection_status: 'constructor' }, ['constructor', 'unknown']],
  [
    'a __proto__ member',
    JSON.parse('{"__proto__":{"connection_status":"CONNECTED"}}'),
    ['', 'unknown'],
  ],
];

describe('MX payloads', () => {
  for (const [name, payload, expected] of CASES) {
    it(name, () => assert.deepEqual(brief(payload), expected));
  }

  it('reads every member of a list, most urgent first', () => {
    const all = fromPayloadAll(
      { members: [{ connection_status: 'CONNECTED' }, { connection_status: 'DENIED' }] },
      'mx',
    );
    assert.deepEqual(
      all.map(({ code, reason }) => [code, reason]),
      [
        ['DENIED', 'invalid_credentials'],
        ['CONNECTED', 'connected'],
      ],
    );
  });

  it("reads a member's error code and its status, the one the borrower must act on first", () => {
    const member = { connection_status: 'CONNECTED', error: { error_code: 1001 } };
    assert.deepEqual(
      fromPayloadAll({ member }, 'mx').map(({ code, reason }) => [code, reason]),
      [
        ['1001', 'no_eligible_accounts'],
        ['CONNECTED', 'connected'],
      ],
    );
  });

  it('error codes resolve as MX only with MX named', () => {
    const cases: [string, string][] = [
      ['1000', 'no_eligible_accounts'],
      ['2004', 'reconnect_required'],
      ['3000', 'institution_outage'],
    ];
    for (const [code, reason] of cases) {
      assert.deepEqual(
        [resolve({ provider: 'mx', code }).provider, resolve({ provider: 'mx', code }).reason],
        ['mx', reason],
      );
      assert.equal(resolve({ code }).provider, 'finicity', code);
    }
  });

  it('numbers resolve as MX only with MX named', () => {
    assert.deepEqual(
      [resolve({ provider: 'mx', code: 3 }).reason, resolve({ provider: 'mx', code: 3 }).provider],
      ['in_progress', 'mx'],
    );
    assert.equal(resolve({ provider: 'MX Technologies', code: '13' }).reason, 'in_progress');
    assert.equal(resolve({ code: 3 }).provider, 'finicity');
  });

  it('claims no other shape', () => {
    for (const payload of [
      {},
      { code: 103 },
      { type: 'done', data: {} },
      { event: 'accounts.connected', data: {} },
      { step: 'APP_MOUNTED' },
      { FlinksCode: 'INVALID_LOGIN' },
      { type: 'mxconnect/loaded' },
      { type: 'MX' },
      { action: 'created' },
      // An error code with no member status around it is not MX's shape (Plaid's errors nest so).
      { error: { error_code: 2005 } },
      { member: { error: { error_code: 2005 } } },
    ]) {
      assert.equal(readMx(payload), undefined, JSON.stringify(payload));
    }
  });

  it('reads other providers’ shapes given with its name as theirs', () => {
    assert.deepEqual(brief({ code: 103, reason: 'exit' }), ['103', 'connection_incomplete']);
    assert.deepEqual(brief({ FlinksCode: 'INVALID_LOGIN' }), [
      'Invalid Login',
      'invalid_credentials',
    ]);
  });

  it('never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    for (const payload of [
      null,
      42,
      'not json',
      '{"type":"mx/connect/',
      hostile,
      [],
      { members: 'x' },
    ]) {
      assert.doesNotThrow(() => fromPayload(payload, 'mx'));
      assert.doesNotThrow(() => fromPayload(payload));
    }
    assert.equal(fromPayload(hostile, 'mx').reason, 'unknown');
  });
});
