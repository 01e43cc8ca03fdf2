import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BASE_LOCALE } from '../../src/localization/locale-loaders.js';
import type { TranslatedLocale } from '../../src/localization/locale-loaders.js';
import { placeholders, readUnits, type Unit } from './xliff.js';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LOCALES: string[] = config.targetLocales;
const units = Object.fromEntries(LOCALES.map((l) => [l, readUnits(`locales/${l}.xlf`)]));

/** The text a borrower sees for a unit in a locale, following a regional locale to its base. */
function targetOf(locale: string, unit: Unit): string | undefined {
  if (unit.target !== undefined) return unit.target;
  const base = BASE_LOCALE[locale as TranslatedLocale];
  return base ? units[base]!.find((u) => u.id === unit.id)?.target : undefined;
}

/** How long a label may grow in translation before it risks breaking the layout. */
function maxLength(unit: Unit): number {
  const source = unit.source.replace(/\{\d+\}/g, 'Bank of Montreal');
  if (unit.id.startsWith('action.')) return 34;
  if (/\.title(\.named)?$/.test(unit.id)) return 72;
  return Math.round(source.length * 1.8) + 10;
}

describe('translations', () => {
  it('ship a file for every locale lit-localize.json names', () => {
    assert.deepEqual(
      readdirSync('locales')
        .filter((f) => f.endsWith('.xlf'))
        .sort(),
      LOCALES.map((l) => `${l}.xlf`).sort(),
    );
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      it('translate every unit', () => {
        const missing = units[locale]!.filter((u) => targetOf(locale, u) === undefined);
        assert.deepEqual(
          missing.map((u) => u.id),
          [],
        );
      });

      it('keep every placeholder of the source, each as often', () => {
        for (const unit of units[locale]!) {
          if (unit.target === undefined) continue;
          assert.deepEqual(placeholders(unit.target), placeholders(unit.source), unit.id);
        }
      });

      it('leave no sentence in English', () => {
        for (const unit of units[locale]!) {
          const target = targetOf(locale, unit);
          // A single word ("Error:", "Continue") may rightly be the same; a sentence may not.
          if (target === undefined || unit.source.trim().split(/\s+/).length < 2) continue;
          assert.notEqual(target, unit.source, `${unit.id} is still English`);
        }
      });

      it('stay short enough for the layout', () => {
        for (const unit of units[locale]!) {
          const target = targetOf(locale, unit)?.replace(/\{\d+\}/g, 'Bank of Montreal');
          if (target === undefined) continue;
          assert.ok(target.length <= maxLength(unit), `${unit.id}: ${target.length} characters`);
        }
      });
    });
  }

  it('fr-CA overrides only what differs from fr', () => {
    const fr = new Map(units['fr']!.map((u) => [u.id, u.target]));
    const overrides = units['fr-CA']!.filter((u) => u.target !== undefined);
    assert.ok(overrides.length > 0, 'fr-CA has its own words somewhere');
    for (const unit of overrides) assert.notEqual(unit.target, fr.get(unit.id), unit.id);
  });

  describe('are in sync with the code', () => {
    // A folder of its own, so that two runs at once never share it.
    const scratch = mkdtempSync(join(tmpdir(), 'xliff-sync-'));
    after(() => rmSync(scratch, { recursive: true, force: true }));

    it('extracting again changes nothing', () => {
      cpSync('locales', `${scratch}/locales`, { recursive: true });
      // Its paths are read from the config file's folder: make the project's absolute.
      const checkConfig = {
        ...config,
        inputFiles: config.inputFiles.map((file: string) => join(process.cwd(), file)),
        interchange: { ...config.interchange, xliffDir: `${scratch}/locales` },
      };
      writeFileSync(`${scratch}/lit-localize.json`, JSON.stringify(checkConfig));
      execFileSync(
        'node_modules/.bin/lit-localize',
        ['extract', '--config', `${scratch}/lit-localize.json`],
        {
          stdio: 'ignore',
        },
      );
      for (const locale of LOCALES) {
        const before = readFileSync(`locales/${locale}.xlf`, 'utf8');
        const after = readFileSync(`${scratch}/locales/${locale}.xlf`, 'utf8');
        assert.equal(after, before, `locales/${locale}.xlf: run \`npm run localize:extract\``);
      }
    });
  });
});
