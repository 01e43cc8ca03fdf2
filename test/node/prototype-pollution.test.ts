import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromPayloadAll } from '../../src/core/from-payload.js';
import { PROVIDERS } from '../../src/core/index.js';

// Another script on the lender's page may have polluted `Object.prototype` (a vulnerable merge,
// a query-string parser). What a payload means must not change: a reader that reads past a
// list's end, into a hole, or any property the payload does not own, would read the pollution.

/** What a polluted prototype holds: a value every reader would take for something. */
const GADGET = {
  code: '0',
  state: 'COMPLETED',
  status: 'COMPLETED',
  aggregationStatusCode: 0,
  connection_status: 'CONNECTED',
  additionalStatus: 'AVAILABLE_DATA_RETRIEVED',
  error_type: 'ITEM_ERROR',
  error_code: 'ITEM_LOGIN_REQUIRED',
  toString: () => 'OK',
};

/** Indexes past the end of any list a reader holds, and the keys a bad index turns into. */
const POLLUTED_KEYS = [...Array.from({ length: 24 }, (_, i) => String(i)), '-1', 'NaN'];

function polluted<T>(read: () => T): T {
  for (const key of POLLUTED_KEYS) {
    Object.defineProperty(Object.prototype, key, {
      value: GADGET,
      configurable: true,
      writable: true,
    });
  }
  try {
    return read();
  } finally {
    for (const key of POLLUTED_KEYS) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

const ROOT = new URL('../fixtures/payloads/', import.meta.url);
const FIXTURES: unknown[] = PROVIDERS.flatMap((provider) =>
  readdirSync(new URL(`${provider}/`, ROOT))
    .filter((name) => name.endsWith('.json'))
    .map(
      (name) =>
        (
          JSON.parse(readFileSync(new URL(`${provider}/${name}`, ROOT), 'utf8')) as {
            payload: unknown;
          }
        ).payload,
    ),
);

/** Empty and sparse lists where each reader looks, and statuses past a table's end. */
const EDGES: [string, unknown][] = [
  ['an Argyle verification paused with no errors', { status: { state: 'PAUSED', errors: [] } }],
  [
    'an Argyle verification paused with holes for errors',
    { status: { state: 'PAUSED', errors: new Array(3) } },
  ],
  [
    'an Argyle webhook of a paused verification with no errors',
    {
      event: 'verifications.updated',
      data: { resource: { status: { state: 'PAUSED', errors: [] } } },
    },
  ],
  ['a Flinks status past its table (204)', { HttpStatusCode: 204 }],
  ['a Flinks status before its table (199)', { HttpStatusCode: 199 }],
  ['a Flinks status that is no number', { HttpStatusCode: 'OK' }],
  ['a Flinks status far past its table', { HttpStatusCode: 250 }],
  ['Finicity accounts that are holes', { accounts: new Array(2) }],
  [
    'a Finicity account whose errors are holes',
    { payload: { accounts: [{ errors: new Array(2) }] } },
  ],
  ['MX members that are holes', { members: new Array(2) }],
  ['no MX members', { metadata: { members: [] } }],
  ['Plaid accounts that are holes', { link_session_id: 'x', accounts: new Array(2) }],
  ['no Plaid accounts', { metadata: { link_session_id: 'x', accounts: [] } }],
  ['Yodlee provider accounts that are holes', { providerAccount: new Array(2) }],
  ['Yodlee datasets that are holes', { providerAccount: [{ dataset: new Array(2) }] }],
  ['no Yodlee sites', { sites: [] }],
  ['Yodlee sites that are holes', { sites: new Array(2) }],
  ['an empty object', {}],
  ['an empty list', []],
];

const PAYLOADS = fc.oneof(
  fc.constantFrom(...FIXTURES, ...EDGES.map(([, payload]) => payload)),
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, withSparseArray: true }),
);

describe('a polluted Object.prototype changes no reading of a payload', () => {
  it('the issue’s example: a paused Argyle verification with no errors is never connected', () => {
    const paused = { status: { state: 'PAUSED', errors: [] } };
    const [reading] = polluted(() => fromPayloadAll(paused, 'argyle'));
    assert.notEqual(reading!.reason, 'connected');
    assert.deepEqual(
      polluted(() => fromPayloadAll(paused, 'argyle')),
      fromPayloadAll(paused, 'argyle'),
    );
  });

  for (const [name, payload] of EDGES) {
    it(name, () => {
      assert.deepEqual(
        polluted(() => fromPayloadAll(payload)),
        fromPayloadAll(payload),
      );
    });
  }

  it('for every recorded payload and anything else, with and without a provider (property-based)', () => {
    fc.assert(
      fc.property(PAYLOADS, fc.constantFrom(undefined, ...PROVIDERS), (payload, provider) => {
        const clean = fromPayloadAll(payload, provider);
        assert.deepEqual(
          polluted(() => fromPayloadAll(payload, provider)),
          clean,
        );
      }),
      { numRuns: 1500 },
    );
  });
});
