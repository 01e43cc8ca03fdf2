import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromPayload, resolve, type Resolution } from '../../src/core/index.js';

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('getter');
    },
    has() {
      throw new Error('has');
    },
    getOwnPropertyDescriptor() {
      throw new Error('descriptor');
    },
  },
);
const throwingGetter = Object.defineProperty({}, 'code', {
  enumerable: true,
  get() {
    throw new Error('getter');
  },
});
const throwingToString = {
  toString() {
    throw new Error('toString');
  },
};

const HOSTILE_CODES: [string, unknown][] = [
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['toString', 'toString'],
  ['hasOwnProperty', 'hasOwnProperty'],
  ['an empty string', ''],
  ['white space', ' \n\t '],
  ['100 KB', 'x'.repeat(100_000)],
  ['NUL and controls', '\u0000\u0001\u001b[31m'],
  ['markup', '<img src=x onerror=alert(1)>'],
  ['NaN', NaN],
  ['1e309', Number('1e309')],
  ['-Infinity', -Infinity],
  ['null', null],
  ['undefined', undefined],
  ['an array', [103]],
  ['an object', { nested: { code: 103 } }],
  ['a symbol', Symbol('103')],
  ['a bigint', 103n],
  ['a function', () => 103],
  ['a throwing proxy', throwing],
  ['a throwing toString', throwingToString],
];

function assertUnknown(r: Resolution) {
  assert.equal(r.reason, 'unknown');
  assert.equal(r.known, false);
  assert.equal(r.severity, 'error');
  assert.ok(r.actions.length > 0);
  assert.equal(typeof r.code, 'string');
  assert.ok(r.code.length <= 64, 'the code is cut to a readable length');
}

describe('hostile input', () => {
  for (const [name, code] of HOSTILE_CODES) {
    it(`resolve: code is ${name}`, () => {
      assertUnknown(resolve({ code: code as string }));
      assertUnknown(resolve({ provider: 'finicity', code: code as string }));
    });
    it(`resolve: provider is ${name}`, () => {
      // As if no provider was given: the code is Argyle's alone.
      const r = resolve({ provider: code as string, code: 'token_invalid_or_expired' });
      assert.deepEqual([r.provider, r.reason], ['argyle', 'reconnect_required']);
    });
    it(`fromPayload: payload is ${name}`, () => {
      assertUnknown(fromPayload(code));
      assertUnknown(fromPayload({ code }));
      assertUnknown(fromPayload({ FlinksCode: code }));
      assertUnknown(
        fromPayload({ data: { resource: { status: { state: 'PAUSED', errors: [code] } } } }),
      );
    });
  }

  it('resolve survives a missing, null or throwing input', () => {
    assertUnknown(resolve(undefined as never));
    assertUnknown(resolve(null as never));
    assertUnknown(resolve(throwing as never));
    assertUnknown(resolve(throwingGetter as never));
  });

  it('fromPayload survives throwing getters and proxies anywhere', () => {
    assertUnknown(fromPayload(throwingGetter));
    assertUnknown(fromPayload({ data: throwing }));
    assertUnknown(fromPayload({ data: { resource: { status: throwing } } }));
    assertUnknown(fromPayload({ code: 'x' }, throwing as never));
  });

  it('drops control and bidirectional characters from the reported code', () => {
    assert.equal(resolve({ code: 'abc\u202edef\u0000' }).code, 'abcdef');
    assert.equal(resolve({ code: '\u200b103\u200b' }).reason, 'invalid_credentials');
  });

  it('cleans every code a payload decides the reason of, as it cleans a bare code', () => {
    const hostile = `evil\u202e${'x'.repeat(10_000)}`;
    const payloads: [unknown, string][] = [
      [{ name: hostile, properties: {} }, 'argyle'], // an Argyle Link screen
      [{ code: hostile, reason: 'exit' }, 'finicity'], // a Finicity Connect event
      [{ step: 'REDIRECT', loginId: 'id' }, 'flinks'], // a Flinks Connect success
      [{ status: { state: 'COMPLETED', code: hostile } }, 'argyle'], // an Argyle verification
    ];
    for (const [payload, provider] of payloads) {
      const { code, known } = fromPayload(payload, provider);
      assert.ok(known, provider);
      assert.ok(code.length <= 64 && !/[\u202e]/.test(code), `${provider}: ${code.length}`);
    }
  });

  it('strips every invisible or reordering character, and never cuts a character in two', () => {
    for (const hidden of ['\u061c', '\u00ad', '\u034f', '\u180e', '\ufffa', '\u{e0041}']) {
      assert.equal(resolve({ code: `AB${hidden}CD` }).code, 'ABCD', JSON.stringify(hidden));
    }
    const cut = resolve({ code: `${'a'.repeat(62)}😀😀` }).code;
    assert.ok(cut.length <= 64, cut);
    assert.doesNotThrow(() => encodeURIComponent(cut), 'no lone surrogate');
  });

  it('reads a self-referencing payload without running away', () => {
    const webhook: Record<string, unknown> = { event: 'accounts.updated', data: {} };
    (webhook.data as Record<string, unknown>).resource = webhook;
    const message: Record<string, unknown> = { type: 'POST_MESSAGE' };
    message.data = message;
    for (const payload of [webhook, message]) assert.doesNotThrow(() => fromPayload(payload));
  });

  it('never reads a payload’s prototype as data', () => {
    const inherited = Object.create({ code: 103, FlinksCode: 'Invalid Login' });
    assertUnknown(fromPayload(inherited));
  });

  it('returns a new object each time, so a caller cannot corrupt the next answer', () => {
    const first = resolve({ code: 910 });
    first.actions.push('continue');
    first.actions[0] = 'retry';
    first.retryAfter!.min = 1;
    first.reason = 'connected';
    const second = resolve({ code: 910 });
    assert.equal(second.reason, 'institution_outage');
    assert.deepEqual(second.actions, ['choose_another_institution', 'verify_another_way', 'retry']);
    assert.equal(second.retryAfter!.min, 3 * 86_400);
    assert.notEqual(first.actions, second.actions);
  });

  it('reads no further into a payload’s text than a real one could go', () => {
    // What follows the first thousand characters never changes the reading.
    const long = 'A'.repeat(1000);
    const shapes: [string, (tail: string) => unknown][] = [
      ['an MX widget message type', (tail) => ({ type: `mx/${long}${tail}` })],
      ['a Flinks Connect step', (tail) => ({ step: `${long}${tail}` })],
      ['a Flinks message', (tail) => ({ FlinksCode: 'x', Message: `${long}${tail}` })],
      ['an Argyle state', (tail) => ({ status: { state: `${long}${tail}` } })],
      ['a Plaid exit status', (tail) => ({ link_session_id: 'x', status: `${long}${tail}` })],
    ];
    for (const [name, shape] of shapes) {
      const reading = fromPayload(shape(''));
      for (const tail of [
        'Error',
        'connected',
        '_CLOSE',
        ' valid auth key',
        'x'.repeat(1_000_000),
      ]) {
        assert.deepEqual(fromPayload(shape(tail)), reading, `${name} + ${tail.slice(0, 20)}`);
      }
    }
  });
});
