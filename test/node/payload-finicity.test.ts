import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll } from '../../src/core/index.js';
import { readFinicity } from '../../src/core/payload/finicity.js';

const brief = (payload: unknown, provider: string | undefined = 'finicity') => {
  const { code, reason } = fromPayload(payload, provider);
  return [code, reason];
};

/** Each row: what was given, and the code and reason it reads as with Finicity named. */
const CASES: [string, unknown, [string, string]][] = [
  // Connect's own event codes are not aggregation status codes.
  [
    'a web event whose code is also a bank code',
    { code: 103, reason: 'exit' },
    ['103', 'connection_incomplete'],
  ],
  ['a web event with no code', { reason: 'timeout' }, ['timeout', 'session_expired']],
  [
    'a web event with an object for a code',
    { code: {}, reason: 'exit' },
    ['exit', 'connection_incomplete'],
  ],
  // A reason Connect doesn't name leaves the code, read as an unknown Finicity code.
  ['a web event with an unknown reason', { code: 7, reason: 'later' }, ['7', 'unknown']],
  ['a web event with a number for a reason', { code: 100, reason: 42 }, ['100', 'unknown']],
  ['a reason that is an object', { code: 103, reason: {} }, ['103', 'invalid_credentials']],
  // Mobile SDK messages.
  ['a message with data that is not an object', { type: 'done', data: 'x' }, ['done', 'connected']],
  [
    'a message whose data has no reason',
    { type: 'cancel', data: { code: 100 } },
    ['cancel', 'connection_incomplete'],
  ],
  [
    'a message carrying a timeout',
    { type: 'error', data: { code: 1440, reason: 'timeout' } },
    ['1440', 'session_expired'],
  ],
  [
    'a message nested in a message',
    { type: 'done', data: { type: 'cancel' } },
    ['done', 'connected'],
  ],
  ['an internal message (Android SDK test)', { type: 'unrecognized' }, ['', 'unknown']],
  ['the ack message', { type: 'ack' }, ['', 'unknown']],
  ['a closePopup message', { type: 'closePopup' }, ['', 'unknown']],
  // The web SDK's onRoute and onUser arguments.
  ['an onRoute argument alone', { screen: 'sign-in' }, ['route', 'in_progress']],
  ['an empty screen', { screen: '' }, ['', 'unknown']],
  ['an action that is an object', { action: {} }, ['', 'unknown']],
  [
    'an onUser argument with an aggregation code',
    { action: 'x', aggregationStatusCode: 103 },
    ['103', 'invalid_credentials'],
  ],
  // Prototype keys are never names.
  ['reason "constructor"', { code: 1, reason: 'constructor' }, ['1', 'unknown']],
  ['reason "__proto__"', JSON.parse('{"code":1,"reason":"__proto__"}'), ['1', 'unknown']],
  ['type "toString"', { type: 'toString' }, ['', 'unknown']],
  ['eventType "hasOwnProperty"', { eventType: 'hasOwnProperty', payload: {} }, ['', 'unknown']],
  ['status "valueOf"', { status: 'valueOf' }, ['', 'unknown']],
  [
    'an own __proto__ holding a code',
    JSON.parse('{"__proto__":{"aggregationStatusCode":103}}'),
    ['', 'unknown'],
  ],
  // Wrong types where codes belong.
  ['aggregationStatusCode null', { aggregationStatusCode: null }, ['', 'unknown']],
  ['aggregationStatusCode an object', { aggregationStatusCode: { code: 103 } }, ['', 'unknown']],
  ['aggregationStatusCode true', { aggregationStatusCode: true }, ['', 'unknown']],
  ['accounts a string', { accounts: '103' }, ['', 'unknown']],
  [
    'accounts as ids (accountsDeleted)',
    { eventType: 'accountsDeleted', payload: { accounts: ['1024371952'] } },
    ['', 'unknown'],
  ],
  ['errors not an array', { accounts: [{ errors: { code: 103 } }] }, ['', 'unknown']],
  ['an eventType that is a number', { eventType: 5, payload: null }, ['', 'unknown']],
  // HTTP status of an error body.
  ['an aggregation code as HTTP 500', { code: 103, status: '500' }, ['103', 'invalid_credentials']],
  ['any code as HTTP 400', { code: 103, status: 400 }, ['103', 'integration_error']],
  [
    'any code as HTTP 401',
    { code: '10022', status: '401', message: 'Invalid (App-Token)' },
    ['10022', 'integration_error'],
  ],
  [
    '14020 as an account status',
    { accounts: [{ aggregationStatusCode: '14020' }] },
    ['14020', 'institution_not_supported'],
  ],
  [
    '14020 as an account error',
    { accounts: [{ errors: [{ code: 14020 }] }] },
    ['14020', 'integration_error'],
  ],
  ['an aggregation still running (325)', { code: '325', status: '500' }, ['325', 'in_progress']],
  ['an aggregation still running (5006)', { code: 5006, status: 500 }, ['5006', 'in_progress']],
  ['an event name where a code belongs', { code: 'done', status: '500' }, ['done', 'unknown']],
  // Other providers' shapes, given with Finicity's name.
  [
    // Another provider's shape is that provider's, whatever name is given.
    'a Flinks response',
    { HttpStatusCode: 401, FlinksCode: 'INVALID_LOGIN', Message: '…' },
    ['Invalid Login', 'invalid_credentials'],
  ],
  [
    'a Flinks Connect message',
    { step: 'COMPONENT_LOAD_CREDENTIAL' },
    ['COMPONENT_LOAD_CREDENTIAL', 'in_progress'],
  ],
  [
    'an Argyle verification',
    { id: 'v', status: { state: 'PAUSED', errors: [{ code: 'invalid_credentials' }] } },
    ['invalid_credentials', 'invalid_credentials'],
  ],
  [
    'an Argyle webhook',
    {
      event: 'verifications.updated',
      name: 'n',
      data: { resource: { status: { state: 'PAUSED' } } },
    },
    ['', 'unknown'],
  ],
];

describe('readFinicity, odd and hostile input', () => {
  for (const [name, payload, expected] of CASES) {
    it(`reads ${name}`, () => {
      assert.deepEqual(brief(payload), expected);
      assert.deepEqual(brief(JSON.stringify(payload)), expected);
    });
  }

  it('leaves a bare { code } to whichever provider it is', () => {
    assert.equal(readFinicity({ code: 'token_invalid_or_expired' }), undefined);
    const argyleError = fromPayload({ code: 'token_invalid_or_expired', message: '…' });
    assert.deepEqual([argyleError.provider, argyleError.reason], ['argyle', 'reconnect_required']);
    assert.deepEqual(brief({ code: 103 }), ['103', 'invalid_credentials']);
  });

  it('is recognised without its name, and not where it is another provider’s', () => {
    assert.equal(fromPayload({ code: 100, reason: 'exit' }).provider, 'finicity');
    assert.equal(fromPayload({ type: 'route', data: { screen: 'search' } }).provider, 'finicity');
    assert.equal(fromPayload({ eventType: 'ping', payload: {} }).provider, 'finicity');
    assert.equal(
      fromPayload({ HttpStatusCode: 401, FlinksCode: 'INVALID_LOGIN' }).provider,
      'flinks',
    );
  });

  it('reads at most 20 accounts and 20 errors each', () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => ({
      aggregationStatusCode: 100_000 + i,
    }));
    codes[0] = { aggregationStatusCode: 103 };
    codes[25] = { aggregationStatusCode: 936 };
    const all = fromPayloadAll({ accounts: codes }, 'finicity');
    assert.equal(all.length, 20);
    assert.equal(all[0]!.code, '103');
    assert.ok(!all.some(({ code }) => code === '936'));
    const errors = Array.from({ length: 10_000 }, () => ({ code: '102' }));
    const accounts = Array.from({ length: 10_000 }, () => ({ errors }));
    assert.deepEqual(brief({ accounts }), ['102', 'temporary_issue']);
  });

  it('lists every code, most urgent first', () => {
    const refresh = {
      status: 'IN_PROGRESS',
      accounts: [
        { aggregationStatusCode: 0 },
        { code: 325 },
        { aggregationStatusCode: 185, errors: [{ code: '102' }] },
      ],
    };
    assert.deepEqual(
      fromPayloadAll(refresh, 'finicity').map(({ code }) => code),
      ['185', '102', 'IN_PROGRESS', '325', '0'],
    );
  });

  it('never throws, even on cycles, getters that throw and revoked proxies', () => {
    const cycle: Record<string, unknown> = { aggregationStatusCode: 103 };
    cycle.accounts = [cycle];
    cycle.accountDetails = cycle;
    cycle.errors = [cycle];
    cycle.payload = cycle;
    assert.deepEqual(brief(cycle), ['103', 'invalid_credentials']);

    const throwing = Object.defineProperty({}, 'reason', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    assert.deepEqual(brief(throwing), ['', 'unknown']);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.deepEqual(brief({ accounts: [proxy] }), ['', 'unknown']);
    for (const odd of [
      null,
      undefined,
      0,
      '',
      '{',
      '[]',
      [],
      'done',
      { data: { reason: 'exit' } },
    ]) {
      assert.equal(fromPayload(odd, 'finicity').reason, 'unknown', JSON.stringify(odd));
    }
  });
});
