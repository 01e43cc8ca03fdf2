import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGS } from '../../src/core/resolve.js';
import { REASON_RULES } from '../../src/core/reasons.js';
import { ACTIONS, PROVIDERS, REASONS, resolve } from '../../src/core/index.js';
import { DOCUMENTED, EXPECTED_REASON, FURTHER } from '../fixtures/documented-codes.js';

const squash = (code: string) => code.replace(/[\s_-]/g, '').toLowerCase();

describe('catalogs', () => {
  it('hold every code of the providers’ documents and of the further sources, and nothing else', () => {
    for (const provider of PROVIDERS) {
      const documented = [...Object.values(DOCUMENTED[provider]).flat(), ...FURTHER[provider]];
      // A further source's spelling of a documented code (`INVALID_LOGIN`) is the same code.
      const listed = CATALOGS[provider].map((entry) => squash(entry.code));
      assert.deepEqual(
        [...new Set(listed)].sort(),
        [...new Set(documented.map(squash))].sort(),
        provider,
      );
    }
  });

  it('name only reasons and actions of the vocabulary', () => {
    for (const provider of PROVIDERS) {
      for (const entry of CATALOGS[provider]) {
        assert.ok(REASONS.includes(entry.reason), `${provider} ${entry.code}: ${entry.reason}`);
        for (const action of entry.actions ?? []) assert.ok(ACTIONS.includes(action));
      }
    }
  });

  it('list each code once, whatever its spelling', () => {
    for (const provider of PROVIDERS) {
      const keys = CATALOGS[provider].map((entry) => squash(entry.code));
      assert.deepEqual(
        keys.filter((key, i) => keys.indexOf(key) !== i),
        [],
        provider,
      );
    }
  });

  it('read a spelling several providers share as their common reason, with no provider', () => {
    const owners = new Map<string, Provider[]>();
    for (const provider of PROVIDERS) {
      for (const entry of CATALOGS[provider]) {
        const key = squash(entry.code);
        owners.set(key, [...(owners.get(key) ?? []), provider]);
      }
    }
    for (const [key, providers] of owners) {
      if (providers.length < 2 || /^\d+$/.test(key)) continue;
      const reasons = new Set(providers.map((p) => resolve({ provider: p, code: key }).reason));
      const { provider, reason } = resolve({ code: key });
      assert.equal(provider, null, key);
      assert.equal(reason, reasons.size === 1 ? [...reasons][0] : 'unknown', key);
    }
  });

  it('cover every reason but unknown', () => {
    const reached = new Set(PROVIDERS.flatMap((p) => CATALOGS[p].map((e) => e.reason)));
    assert.deepEqual(
      REASONS.filter((r) => !reached.has(r)),
      ['unknown'],
    );
  });
});

type Provider = (typeof PROVIDERS)[number];

function expectedReason(provider: Provider, code: string) {
  const found = Object.entries(EXPECTED_REASON[provider]).find(([, codes]) =>
    codes!.some((c) => squash(c) === squash(code)),
  );
  return found?.[0];
}

describe('every documented code', () => {
  for (const provider of PROVIDERS) {
    const codes = [...Object.values(DOCUMENTED[provider]).flat(), ...FURTHER[provider]];

    for (const code of codes) {
      it(`${provider} ${JSON.stringify(code)} resolves to ${expectedReason(provider, code)}`, () => {
        const expected = expectedReason(provider, code);
        assert.ok(expected, `the test table names a reason for ${provider} ${code}`);
        const resolution = resolve({ provider, code });
        assert.equal(resolution.reason, expected);
        assert.equal(resolution.known, true);
        assert.equal(resolution.provider, provider);
        assert.equal(resolution.severity, REASON_RULES[resolution.reason].severity);
        assert.ok(resolution.actions.length > 0);
        assert.equal(squash(resolution.code), squash(code), 'the canonical code is the same code');
      });
    }
  }

  it('the test table lists nothing the documents do not', () => {
    for (const provider of PROVIDERS) {
      const documented = new Set(
        [...Object.values(DOCUMENTED[provider]).flat(), ...FURTHER[provider]].map(squash),
      );
      for (const code of Object.values(EXPECTED_REASON[provider]).flat()) {
        assert.ok(documented.has(squash(code!)), `${provider} ${code}`);
      }
    }
  });
});
