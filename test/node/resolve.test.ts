import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, PROVIDERS, REASONS, resolve } from '../../src/core/index.js';
import { listCodes } from '../../src/catalog.js';
import { REASON_RULES } from '../../src/core/reasons.js';
import { DOCUMENTED, FURTHER } from '../fixtures/documented-codes.js';

/** Other ways integrations spell a code: `Invalid Login` → `INVALID_LOGIN`, `InvalidLogin`, … */
function spellings(code: string): string[] {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase();
  return [
    code,
    `  ${code}\t`,
    code.toUpperCase(),
    code.toLowerCase(),
    words.join('_').toUpperCase(),
    words.join('-').toLowerCase(),
    words.map(cap).join(' '),
    words.map(cap).join(''),
  ];
}

describe('resolve', () => {
  describe('matches every spelling of every documented code', () => {
    for (const { provider, code, reason } of listCodes()) {
      it(`${provider} ${code}`, () => {
        for (const spelling of spellings(code)) {
          const r = resolve({ provider, code: spelling });
          assert.equal(r.reason, reason, JSON.stringify(spelling));
          assert.equal(r.code, code, `${JSON.stringify(spelling)} reports the canonical code`);
        }
      });
    }
  });

  it('takes Finicity codes as numbers or strings', () => {
    for (const code of [936, '936', ' 936 ', '0936']) {
      const r = resolve({ provider: 'finicity', code });
      assert.equal(r.reason, 'language_not_supported', JSON.stringify(code));
      assert.equal(r.code, '936');
    }
    assert.equal(resolve({ code: 0 }).reason, 'connected');
  });

  describe('detects the provider when it is missing', () => {
    const key = (code: string) => code.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
    const owners = new Map<string, Set<string>>();
    for (const { provider, code } of listCodes()) {
      owners.set(key(code), (owners.get(key(code)) ?? new Set()).add(provider));
    }
    for (const { provider, code } of listCodes()) {
      // A number is Finicity's; a spelling several providers share has none (catalogs.test.ts).
      const detectable = /^\d+$/.test(code)
        ? provider === 'finicity'
        : owners.get(key(code))!.size === 1;
      if (!detectable) continue;
      it(`${code} → ${provider}`, () => {
        assert.equal(resolve({ code }).provider, provider);
        assert.equal(resolve({ code: code.toUpperCase() }).provider, provider);
      });
    }
    it('numbers are Finicity’s, even undocumented ones', () => {
      assert.deepEqual(
        [resolve({ code: 99999 }).provider, resolve({ code: 99999 }).reason],
        ['finicity', 'unknown'],
      );
    });
    it('an undocumented word has no provider', () => {
      assert.equal(resolve({ code: 'something_else' }).provider, null);
    });
  });

  it('reads provider names in any case, and mastercard as finicity', () => {
    for (const [name, provider] of [
      ['ARGYLE', 'argyle'],
      [' Flinks ', 'flinks'],
      ['Finicity', 'finicity'],
      ['mastercard', 'finicity'],
      ['Mastercard Open Banking', 'finicity'],
    ]) {
      assert.equal(resolve({ provider: name, code: 'x' }).provider, provider, name);
    }
  });

  it('treats an unknown provider name as a missing one', () => {
    for (const provider of ['akoya', '', 'argyle2', '__proto__', 'constructor']) {
      const r = resolve({ provider, code: 'token_invalid_or_expired' });
      assert.equal(r.provider, 'argyle', provider);
      assert.equal(r.reason, 'reconnect_required');
    }
  });

  it('does not look in another provider’s catalog when the provider is given', () => {
    const r = resolve({ provider: 'flinks', code: '936' });
    assert.deepEqual([r.provider, r.reason, r.known], ['flinks', 'unknown', false]);
  });

  it('carries the waiting times the providers document', () => {
    const minutes = 60;
    const days = 86_400;
    const wait = (provider: string, code: string | number) =>
      resolve({ provider, code }).retryAfter;
    for (const code of [102, 320, 580]) {
      assert.deepEqual(wait('finicity', code), { min: 2 * minutes, max: 10 * minutes });
    }
    assert.deepEqual(wait('finicity', 910), { min: 3 * days, max: 5 * days });
    for (const code of [900, 901, 903, 904, 905, 906, 907, 915, 916]) {
      assert.deepEqual(wait('finicity', code), { min: 7 * days }, String(code));
    }
    assert.equal(wait('finicity', 103), undefined);
  });

  it('gives no waiting time where the code’s own source states none', () => {
    // "try again later", with no time: borrowing another provider's figure would be a guess.
    for (const code of [
      'Retry Later',
      'RETRY_LATER',
      'Bank Maintenance Retry Later',
      'TOO_MANY_REQUESTS',
    ]) {
      assert.equal(resolve({ provider: 'flinks', code }).retryAfter, undefined, code);
    }
    for (const code of [101, 104, 105, 1408, 909]) {
      assert.equal(resolve({ provider: 'finicity', code }).retryAfter, undefined, String(code));
    }
    for (const { provider, code } of listCodes('argyle')) {
      assert.equal(resolve({ provider, code }).retryAfter, undefined, code);
    }
  });

  it('reads numbers forgivingly, without false matches', () => {
    const finicity = (code: string | number) => resolve({ provider: 'finicity', code });
    for (const same of ['936', ' 936 ', '0936', '936.0', '936.00', 936, 936.0, '９３６']) {
      assert.equal(finicity(same).reason, 'language_not_supported', JSON.stringify(same));
      assert.equal(finicity(same).code, '936', JSON.stringify(same));
    }
    for (const other of ['-103', -103, '+103', '103.5', 103.5, '1e2', '10 3', '103abc']) {
      assert.equal(finicity(other).reason, 'unknown', JSON.stringify(other));
    }
    // Without a provider, a negative number is no Finicity code either.
    assert.equal(resolve({ code: '-103' }).provider, null);
  });

  it('matches Flinks names with or without their punctuation', () => {
    for (const spelling of [
      'Get Details Complete, Statements Still Processing',
      'Get Details Complete Statements Still Processing',
      'GET_DETAILS_COMPLETE_STATEMENTS_STILL_PROCESSING',
      'get-details-complete.statements-still-processing',
    ]) {
      const r = resolve({ provider: 'flinks', code: spelling });
      assert.equal(r.code, 'Get Details Complete Statements Still Processing', spelling);
    }
  });

  it('trusts the provider it is given: a code only another provider documents is unknown', () => {
    // A lender that names the provider knows where the code came from; a code that provider does
    // not document is reported as it came, never read as another aggregator's code.
    for (const [provider, code] of [
      ['argyle', '103'],
      ['flinks', 'token_invalid_or_expired'],
      ['finicity', 'Invalid Login'],
    ] as const) {
      const r = resolve({ provider, code });
      assert.equal(r.reason, 'unknown', `${provider} ${code}`);
      assert.equal(r.provider, provider);
      assert.equal(r.code, code);
    }
  });

  it('resolves an undocumented code to unknown, keeping the code for the reference', () => {
    const r = resolve({ provider: 'argyle', code: ' brand_new_code ' });
    assert.deepEqual(r, {
      provider: 'argyle',
      code: 'brand_new_code',
      known: false,
      reason: 'unknown',
      severity: 'error',
      actions: ['retry', 'contact_support'],
    });
  });
});

describe('reasons and actions', () => {
  it('every reason has a severity and at least one action from the vocabulary', () => {
    for (const reason of REASONS) {
      const rule = REASON_RULES[reason];
      assert.ok(['error', 'warning', 'info', 'success'].includes(rule.severity), reason);
      assert.ok(rule.actions.length > 0, reason);
      assert.equal(new Set(rule.actions).size, rule.actions.length, `${reason} repeats an action`);
      for (const action of rule.actions)
        assert.ok(ACTIONS.includes(action), `${reason}: ${action}`);
    }
    assert.deepEqual(Object.keys(REASON_RULES).sort(), [...REASONS].sort());
  });

  it('puts first the step that actually helps', () => {
    const first = (provider: string, code: string | number) =>
      resolve({ provider, code }).actions.slice(0, 2);
    assert.deepEqual(first('argyle', 'invalid_credentials'), ['retry', 'visit_institution']);
    assert.equal(first('argyle', 'token_invalid_or_expired')[0], 'reconnect');
    assert.deepEqual(first('argyle', 'institution_not_supported'), [
      'choose_another_institution',
      'verify_another_way',
    ]);
    assert.deepEqual(first('finicity', 936), ['visit_institution', 'retry']);
    assert.equal(first('argyle', 'account_closed')[0], 'choose_another_account');
    assert.equal(first('finicity', 185)[0], 'reconnect');
    // "Please make several attempts to sign in … Then wait and try again in a week."
    for (const code of [900, 905, 915]) assert.equal(first('finicity', code)[0], 'retry');
  });

  it('severity follows the reason', () => {
    const severity = (code: string | number) => resolve({ code }).severity;
    assert.equal(severity(103), 'error');
    assert.equal(severity(910), 'warning');
    assert.equal(severity('NoHolder'), 'info');
    assert.equal(severity(0), 'success');
  });

  it('vocabularies are frozen', () => {
    for (const list of [REASONS, ACTIONS, PROVIDERS]) assert.ok(Object.isFrozen(list));
  });
});

describe('listCodes', () => {
  it('lists each code once, in its canonical spelling', () => {
    const squash = (code: string) => code.replace(/[\s_-]/g, '').toLowerCase();
    for (const provider of PROVIDERS) {
      const documented = [...Object.values(DOCUMENTED[provider]).flat(), ...FURTHER[provider]];
      const listed = listCodes(provider);
      assert.equal(listed.length, new Set(documented.map(squash)).size, provider);
      assert.equal(new Set(listed.map(({ code }) => squash(code))).size, listed.length, provider);
    }
    assert.deepEqual(
      listCodes(),
      PROVIDERS.flatMap((provider) => listCodes(provider)),
    );
    for (const { provider, code, reason } of listCodes()) {
      assert.equal(resolve({ provider, code }).reason, reason);
    }
  });
});
