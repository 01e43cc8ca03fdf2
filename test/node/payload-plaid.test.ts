import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, fromPayloadAll, resolve } from '../../src/core/index.js';
import { readPlaid } from '../../src/core/payload/plaid.js';

const brief = (payload: unknown, provider: string | undefined = 'plaid') => {
  const { code, reason } = fromPayload(payload, provider);
  return [code, reason];
};

const SESSION = '36e201e0-2280-46f0-a6ee-6d417b450438';
const LOCKED = { error_type: 'ITEM_ERROR', error_code: 'ITEM_LOCKED' };

/** Each row: what was given, and the code and reason it reads as with Plaid named. */
const CASES: [string, unknown, [string, string]][] = [
  // Link's callbacks, as a lender hands them over.
  [
    'onExit error and metadata together',
    { error: LOCKED, metadata: { status: 'requires_credentials', link_session_id: SESSION } },
    ['ITEM_LOCKED', 'account_locked'],
  ],
  [
    'onExit with a null error',
    { error: null, metadata: { status: 'requires_code', link_session_id: SESSION } },
    ['requires_code', 'connection_incomplete'],
  ],
  [
    'onExit after an unsupported bank',
    { status: 'institution_not_supported', link_session_id: SESSION },
    ['institution_not_supported', 'institution_not_supported'],
  ],
  [
    'onExit at the bank search',
    { status: 'institution_not_found', link_session_id: SESSION },
    ['institution_not_found', 'connection_incomplete'],
  ],
  [
    'onSuccess metadata with a verified account',
    { link_session_id: SESSION, accounts: [{ id: 'a', verification_status: 'manually_verified' }] },
    ['', 'connected'],
  ],
  [
    'onSuccess metadata with an account awaiting automatic verification',
    {
      link_session_id: SESSION,
      accounts: [{ verification_status: 'pending_automatic_verification' }],
    },
    ['', 'in_progress'],
  ],
  [
    'onEvent metadata with no error',
    { error_code: null, view_name: 'SELECT_INSTITUTION', link_session_id: SESSION },
    ['', 'unknown'],
  ],
  // Webhooks.
  [
    'a webhook with a null error',
    { webhook_type: 'ITEM', webhook_code: 'PENDING_DISCONNECT', error: null },
    ['PENDING_DISCONNECT', 'reconnect_required'],
  ],
  [
    'a webhook code Plaid names nothing by',
    { webhook_type: 'ITEM', webhook_code: 'WEBHOOK_UPDATE_ACKNOWLEDGED', error: null },
    ['WEBHOOK_UPDATE_ACKNOWLEDGED', 'unknown'],
  ],
  ['a webhook with no code', { webhook_type: 'ITEM' }, ['', 'unknown']],
  [
    'a transactions webhook carrying an Item error',
    {
      webhook_type: 'TRANSACTIONS',
      webhook_code: 'INITIAL_UPDATE',
      error: { error_type: 'ITEM_ERROR', error_code: 'ITEM_LOGIN_REQUIRED' },
    },
    ['ITEM_LOGIN_REQUIRED', 'reconnect_required'],
  ],
  // /item/get and API error bodies.
  [
    'an /item/get Item in error',
    {
      item: {
        item_id: 'x',
        error: { error_type: 'INSTITUTION_ERROR', error_code: 'INSTITUTION_NOT_RESPONDING' },
      },
    },
    ['INSTITUTION_NOT_RESPONDING', 'institution_outage'],
  ],
  [
    'an error code in another case',
    { error_type: 'ITEM_ERROR', error_code: 'item-locked' },
    ['ITEM_LOCKED', 'account_locked'],
  ],
  [
    'an error code Plaid files under the integration’s requests',
    { error_type: 'INVALID_REQUEST', error_code: 'MISSING_FIELDS' },
    ['MISSING_FIELDS', 'unknown'],
  ],
  // Prototype keys and wrong types are never codes.
  [
    'error_code "constructor"',
    { error_type: 'ITEM_ERROR', error_code: 'constructor' },
    ['constructor', 'unknown'],
  ],
  [
    'an own __proto__ holding an error',
    JSON.parse('{"__proto__":{"error_type":"ITEM_ERROR","error_code":"ITEM_LOCKED"}}'),
    ['', 'unknown'],
  ],
  [
    'error_code an object',
    { error_type: 'ITEM_ERROR', error_code: { code: 'ITEM_LOCKED' } },
    ['', 'unknown'],
  ],
  ['error_code without error_type', { error_code: 'ITEM_LOCKED' }, ['', 'unknown']],
  ['status a number', { status: 400, link_session_id: SESSION }, ['400', 'connection_incomplete']],
  ['status an object', { status: { code: 'x' }, link_session_id: SESSION }, ['', 'unknown']],
  [
    'accounts not an array',
    { link_session_id: SESSION, accounts: 'pending_manual_verification' },
    ['', 'connected'],
  ],
  ['metadata a string', { metadata: 'requires_credentials' }, ['', 'unknown']],
  [
    'an empty link_session_id',
    { status: 'requires_credentials', link_session_id: '' },
    ['', 'unknown'],
  ],
];

describe('readPlaid, odd and hostile input', () => {
  for (const [name, payload, expected] of CASES) {
    it(`${name}: ${expected.join(', ')}`, () => {
      assert.deepEqual(brief(payload), expected);
    });
  }

  it('reads the same from JSON text, and never throws', () => {
    for (const [, payload] of CASES) {
      assert.deepEqual(
        fromPayload(JSON.stringify(payload), 'plaid'),
        fromPayload(payload, 'plaid'),
      );
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        has() {
          throw new Error('no');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    assert.equal(fromPayload(hostile, 'plaid').reason, 'unknown');
    assert.equal(fromPayload({ error: hostile, webhook_type: 'ITEM' }, 'plaid').reason, 'unknown');
    assert.equal(fromPayload('{"error_code":', 'plaid').reason, 'unknown');
  });

  it('a webhook’s error comes before its code', () => {
    const all = fromPayloadAll(
      { webhook_type: 'ITEM', webhook_code: 'LOGIN_REPAIRED', error: LOCKED },
      'plaid',
    );
    assert.deepEqual(
      all.map(({ code, reason }) => [code, reason]),
      [['ITEM_LOCKED', 'account_locked']],
    );
  });

  it('gives the catalog’s waiting time with the code', () => {
    const down = fromPayload({ error_type: 'INSTITUTION_ERROR', error_code: 'INSTITUTION_DOWN' });
    assert.deepEqual([down.provider, down.retryAfter], ['plaid', { min: 86_400 }]);
    assert.deepEqual(resolve({ provider: 'plaid', code: 'RATE_LIMIT' }).retryAfter, {
      min: 86_400,
      max: 172_800,
    });
  });
});

describe('other providers’ shapes, given as Plaid’s', () => {
  const OTHERS: [string, unknown][] = [
    [
      'an Argyle verification',
      { status: { state: 'PAUSED', errors: [{ code: 'invalid_credentials' }] } },
    ],
    [
      'an Argyle webhook',
      { event: 'accounts.failed', data: { error_code: 'invalid_credentials' } },
    ],
    ['a Flinks response', { HttpStatusCode: 401, FlinksCode: 'INVALID_LOGIN' }],
    ['a Flinks Connect message', { step: 'COMPONENT_CLOSE_SESSION' }],
    ['a Finicity Connect event', { code: 100, reason: 'exit' }],
    ['a Finicity account', { aggregationStatusCode: 103 }],
    [
      'an MX widget message',
      { mx: true, type: 'mx/connect/memberConnected', metadata: { member_guid: 'MBR-1' } },
    ],
    ['a Yodlee FastLink error', { errorCode: 'Y008', errorMessage: 'Invalid token' }],
    [
      'an MX member with an error code',
      { connection_status: 3, error: { error_type: 'MEMBER', error_code: 2005 } },
    ],
  ];
  for (const [name, payload] of OTHERS) {
    it(`${name} is not Plaid’s`, () => {
      assert.equal(readPlaid(payload as Record<string, unknown>), undefined);
      // Plaid's name is only a hint: the payload reads as its own provider's, or as nothing.
      const { provider, reason } = fromPayload(payload, 'plaid');
      assert.ok(provider !== 'plaid' || reason === 'unknown', `${provider} ${reason}`);
    });
  }

  it('Plaid’s shapes are recognised without its name', () => {
    assert.equal(fromPayload(LOCKED).provider, 'plaid');
    assert.equal(
      fromPayload({ webhook_type: 'ITEM', webhook_code: 'LOGIN_REPAIRED' }).provider,
      'plaid',
    );
    assert.equal(
      fromPayload({ status: 'requires_oauth', link_session_id: SESSION }).provider,
      'plaid',
    );
  });

  it('a spelling Plaid shares with another provider reads as their common reason', () => {
    const shared = resolve({ code: 'INVALID_CREDENTIALS' });
    assert.deepEqual([shared.provider, shared.reason], [null, 'invalid_credentials']);
    assert.equal(resolve({ provider: 'plaid', code: 'invalid credentials' }).provider, 'plaid');
  });
});
