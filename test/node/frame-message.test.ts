import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromPayloadAll } from '../../src/core/from-payload.js';
import { PROVIDERS } from '../../src/core/index.js';
import { listCodes } from '../../src/core/list-codes.js';
import { actionMessage, readFrameMessage } from '../../src/frame-protocol/message.js';
import { exactOrigin } from '../../src/frame-protocol/origin.js';
import { RETRY_ACTION } from '../fixtures/frame-messages.js';

// What crosses from the connect flow's iframe to the lender's page. The lender's `onAction`
// receives `code` as text it may log or show: only what a documented code is made of gets there.

/** Written out rather than imported, so the test states the rule itself. */
const CODE_ALPHABET = /^[A-Za-z0-9_ ./-]{0,64}$/;

const ROOT = new URL('../fixtures/payloads/', import.meta.url);
const RECORDED_CODES = PROVIDERS.flatMap((provider) =>
  readdirSync(new URL(`${provider}/`, ROOT))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const { payload } = JSON.parse(readFileSync(new URL(`${provider}/${name}`, ROOT), 'utf8'));
      return fromPayloadAll(payload).map(({ code }) => code);
    }),
);

describe('frame messages: the code a lender’s page receives', () => {
  it('lets through every documented code and every code a recorded payload reads as', () => {
    for (const code of [...listCodes().map((entry) => entry.code), ...RECORDED_CODES, '']) {
      assert.deepEqual(
        readFrameMessage({ ...RETRY_ACTION, code }),
        { ...RETRY_ACTION, code },
        code,
      );
    }
  });

  const codeText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.stringMatching(/^[\w ./-]{0,70}$/),
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      'a"b',
      "it's",
      'x&y',
    ),
  );

  it('takes a code only in the documented codes’ alphabet, at most 64 long (property-based)', () => {
    fc.assert(
      fc.property(codeText, (code) => {
        const message = readFrameMessage({ ...RETRY_ACTION, code });
        assert.equal(message !== null, CODE_ALPHABET.test(code), JSON.stringify(code));
      }),
      { numRuns: 3000 },
    );
  });

  it('sends an undocumented code outside that alphabet as empty, so the action still arrives (property-based)', () => {
    fc.assert(
      fc.property(codeText, (code) => {
        const sent = actionMessage({ ...RETRY_ACTION, code });
        assert.equal(sent.code, CODE_ALPHABET.test(code) ? code : '');
        assert.deepEqual(readFrameMessage(sent), sent);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a height of at least one pixel and at most 10,000 (property-based)', () => {
    const resize = (height: unknown) => ({
      source: 'bank-connect-error',
      version: 1,
      type: 'resize',
      height,
    });
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.double({ min: 0, max: 2 })), (height) => {
        const sensible = Number.isFinite(height) && height >= 1 && height <= 10_000;
        assert.equal(readFrameMessage(resize(height)) !== null, sensible, String(height));
      }),
      { numRuns: 3000 },
    );
    for (const height of [0.5, 0.999, Number.MIN_VALUE]) {
      assert.equal(readFrameMessage(resize(height)), null, String(height));
    }
  });

  it('takes an origin of at most 2,048 characters, white space included, without reading a longer one', () => {
    assert.equal(exactOrigin('  https://lender.example\n'), 'https://lender.example');
    assert.equal(exactOrigin(`https://lender.example${' '.repeat(2048)}`), null);
    assert.equal(exactOrigin(`https://lender.example${' '.repeat(10_000_000)}`), null);
  });
});
