import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIONS, REASONS, resolve, type Reason, type Resolution } from '../../src/core/index.js';
import { listCodes } from '../../src/catalog.js';
import { setLocale } from '../../src/localization/localization.js';
import { supportedLocales } from '../../src/localization/match-locale.js';
import { borrowerView } from '../../src/view/borrower-view.js';

/** A resolution for a reason, whatever code carries it (`unknown` has none). */
function resolutionFor(reason: Reason): Resolution {
  const entry = listCodes().find((code) => code.reason === reason);
  return entry ? resolve(entry) : resolve({ provider: 'argyle', code: 'never_documented' });
}

const EVERY_ACTION = ACTIONS.join(' ');

describe('borrowerView', () => {
  for (const reason of REASONS) {
    it(`${reason}: a title, a message, the best allowed actions, a reference`, () => {
      const resolution = resolutionFor(reason);
      const view = borrowerView(resolution, { actions: EVERY_ACTION });
      assert.equal(view.locale, 'en');
      assert.ok(view.title.length > 0 && view.message.length > 0);
      assert.deepEqual(
        view.buttons.map((button) => button.action),
        resolution.actions.slice(0, 2),
      );
      assert.equal('wait' in view, resolution.retryAfter !== undefined);
      assert.match(view.reference, /^Reference: /);
    });
  }

  it('shows only the actions the lender allows, best first, at most two', () => {
    const resolution = resolve({ provider: 'finicity', code: 910 });
    assert.deepEqual(resolution.actions.slice(0, 3), [
      'choose_another_institution',
      'verify_another_way',
      'retry',
    ]);
    const actions = (allow?: string) =>
      borrowerView(resolution, { actions: allow }).buttons.map((button) => button.action);
    assert.deepEqual(actions('retry verify_another_way'), ['verify_another_way', 'retry']);
    assert.deepEqual(actions(''), []);
    assert.deepEqual(actions('continue'), []);
    // Without an allowlist: the element's defaults, which leave out verify_another_way.
    assert.deepEqual(actions(), ['choose_another_institution', 'retry']);
  });

  it('names the bank, and links to it only at an https: address', () => {
    const resolution = resolve({ provider: 'finicity', code: 936 });
    const view = (institutionUrl?: string) =>
      borrowerView(resolution, { institution: 'Tangerine', institutionUrl }).buttons[0];
    assert.deepEqual(view('https://www.tangerine.ca'), {
      action: 'visit_institution',
      label: 'Go to Tangerine',
      href: 'https://www.tangerine.ca/',
    });
    // No usable address: the default allowlist leaves the bank's button out altogether.
    for (const url of [undefined, 'http://www.tangerine.ca', 'javascript:alert(1)']) {
      assert.equal(view(url)?.action, 'retry', String(url));
      assert.equal(view(url)?.href, undefined);
    }
  });

  it('says when to try again where the source gives a time, and hides the reference on request', () => {
    const view = borrowerView(resolve({ provider: 'finicity', code: 910 }), {
      hideReference: true,
    });
    assert.equal(view.wait, 'Try again in 3–5 days');
    assert.equal(view.reference, '');
  });

  it('writes waiting times in each language, even where CLDR has no unit names', async () => {
    const wait = (code: number) => borrowerView(resolve({ provider: 'finicity', code })).wait!;
    try {
      for (const locale of supportedLocales.filter((l) => l !== 'en')) {
        await setLocale(locale);
        // Finicity 910: "3–5 days", the one wait written with Intl's unit names.
        assert.doesNotMatch(wait(910), /\bdays\b/, locale);
      }
      await setLocale('ht');
      assert.match(wait(910), /\b3 a 5 jou\b/);
    } finally {
      await setLocale('en');
    }
  });

  it('never throws on hostile options', () => {
    const hostile = [
      { institution: '<img src=x onerror=alert(1)>'.repeat(20) },
      { actions: 'retry\u202e contact_support' },
      { institutionUrl: 'https://user:pass@bank.example' },
    ];
    for (const options of hostile) {
      const view = borrowerView(resolve({ code: 103 }), options);
      assert.ok(view.title.length <= 90, view.title);
    }
  });
});
