import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cut, plainText } from '../../src/core/untrusted-text.js';
import { quoted } from '../../src/quoted.js';

/** Each kind the filter must take out, by name: the ones attackers reach for first. */
const HIDDEN: [string, string][] = [
  ['NUL', '\u0000'],
  ['escape (C0)', '\u001b'],
  ['delete', '\u007f'],
  ['next line (C1)', '\u0085'],
  ['control sequence introducer (C1)', '\u009b'],
  ['soft hyphen', '\u00ad'],
  ['combining grapheme joiner', '\u034f'],
  ['Arabic letter mark', '\u061c'],
  ['Hangul choseong filler', '\u115f'],
  ['Mongolian vowel separator', '\u180e'],
  ['zero width space', '\u200b'],
  ['zero width joiner', '\u200d'],
  ['right-to-left mark', '\u200f'],
  ['right-to-left override', '\u202e'],
  ['word joiner', '\u2060'],
  ['invisible times', '\u2062'],
  ['first strong isolate', '\u2068'],
  ['Hangul filler', '\u3164'],
  ['variation selector 16', '\ufe0f'],
  ['byte order mark', '\ufeff'],
  ['halfwidth Hangul filler', '\uffa0'],
  ['interlinear annotation anchor', '\ufff9'],
  ['interlinear annotation terminator', '\ufffb'],
  ['language tag', '\u{e0001}'],
  ['tag letter A', '\u{e0041}'],
  ['cancel tag', '\u{e007f}'],
  ['variation selector 17', '\u{e0100}'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', '\udfff'],
];

/** No lone surrogate: `encodeURIComponent` throws on one. */
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** What no displayed text may hold, checked without the module's own list. */
const HIDDEN_CHARS = new Set(HIDDEN.map(([, char]) => char));
const hidden = (text: string) =>
  [...text].some((char) => HIDDEN_CHARS.has(char)) ||
  /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(text) ||
  !wellFormed(text);

/** Any code unit at all (lone surrogates included), the hidden ones often. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...HIDDEN.map(([, char]) => char)),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
    fc.constantFrom('a', 'Z', '1', ' ', '\t', '\n', '😀', '…'),
  ),
  maxLength: 300,
});

describe('untrusted text: the one filter and the one cut', () => {
  for (const [name, char] of HIDDEN) {
    it(`takes out ${name}`, () => {
      assert.equal(plainText(`AB${char}CD`, 64), 'ABCD');
      assert.equal(plainText(`${char}AB${char.repeat(3)}`, 64), 'AB');
    });
  }

  it('leaves words in any script as they are', () => {
    for (const text of [
      'Tangerine',
      'Banque Nationale',
      'Caixa Econômica',
      'البنك الأهلي',
      '국민은행',
      'Сбербанк',
      'HDFC बैंक',
    ]) {
      assert.equal(plainText(text, 64), text);
    }
  });

  it('gives one line of visible text, whatever comes in (property-based)', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 2, max: 80 }), (value, max) => {
        const text = plainText(value, max);
        assert.ok(!hidden(text), JSON.stringify(text));
        assert.ok(text.length <= max, `${text.length} > ${max}`);
        assert.equal(text, text.trim());
        assert.doesNotMatch(text, /\s\s|[\n\r\t]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only a bounded prefix: what lies beyond it never changes the text (property-based)', () => {
    fc.assert(
      fc.property(hostileText, hostileText, fc.integer({ min: 2, max: 80 }), (head, tail, max) => {
        const prefix = head.padEnd(max * 4, 'x');
        assert.equal(plainText(prefix + tail, max), plainText(prefix, max));
      }),
      { numRuns: 500 },
    );
    // Hidden characters far beyond the cut are never cleaned away to let more text in.
    assert.equal(plainText(`AB${'\u200b'.repeat(1_000_000)}CD`, 64), 'AB');
  });

  it('never cuts a character in two (property-based)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.nat(120), (text, max) => {
        const part = cut(text, max);
        assert.ok(part.length <= max && text.startsWith(part) && wellFormed(part));
        assert.ok(part.length >= max - 1 || part === text, 'only the half character goes');
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a value for a developer with every hidden character written as an escape (property-based)', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const text = quoted(value, 40);
        assert.ok(!hidden(text), text);
        assert.match(text, /^".*"$/s);
        assert.ok(text.length <= 40 * 12 + 2, `${text.length}`);
      }),
      { numRuns: 2000 },
    );
    assert.equal(quoted('\u001b[2J\u202eok'), '"\\u001b[2J\\u{202e}ok"');
    assert.equal(quoted('%c%s'), '"%c%s"');
    for (const value of [Object.create(null), Symbol('x'), 1, null]) {
      assert.doesNotMatch(quoted(value), /"/);
    }
  });
});
