import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { directionOf, matchLocale, supportedLocales } from '../../src/localization/match-locale.js';

describe('matchLocale', () => {
  it('ships English first, then every locale lit-localize.json names', () => {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
    assert.equal(supportedLocales[0], config.sourceLocale);
    assert.deepEqual(
      [...supportedLocales].sort(),
      [config.sourceLocale, ...config.targetLocales].sort(),
    );
  });

  it('matches every shipped locale exactly, in any case', () => {
    for (const locale of supportedLocales) {
      assert.equal(matchLocale(locale), locale);
      assert.equal(matchLocale(locale.toLowerCase()), locale);
      assert.equal(matchLocale(locale.toUpperCase()), locale);
    }
  });

  const cases: [string, string][] = [
    ['fr-BE', 'fr'],
    ['fr-ca', 'fr-CA'],
    ['fr_CA', 'fr-CA'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['pt', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['de-CH', 'de'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['nn-NO', 'nb'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['ar-EG', 'ar'],
    ['en-GB', 'en'],
    [' de ', 'de'],
  ];
  for (const [tag, locale] of cases) {
    it(`${tag} → ${locale}`, () => assert.equal(matchLocale(tag), locale));
  }

  it('falls back to English for anything unknown or malformed, without throwing', () => {
    for (const tag of [
      'xx',
      'ja',
      '../../evil',
      '',
      ' ',
      'x'.repeat(10_000),
      'en--US',
      '<script>',
      '__proto__',
      'constructor',
    ]) {
      assert.equal(matchLocale(tag), 'en', JSON.stringify(tag.slice(0, 20)));
    }
    for (const value of [null, undefined, 42, {}, [], Symbol('fr')]) {
      assert.equal(matchLocale(value), 'en');
    }
  });

  it('reads Arabic right to left, everything else left to right', () => {
    for (const locale of supportedLocales) {
      assert.equal(directionOf(locale), locale === 'ar' ? 'rtl' : 'ltr');
    }
  });
});
