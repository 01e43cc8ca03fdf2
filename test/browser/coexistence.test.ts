import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import type { BankConnectError } from '../../src/bank-connect-error.js';
import { visibleText } from './helpers.js';
import { readTargets, setPageLanguage } from './locale-helpers.js';

// The host app configures @lit/localize first (it may do so only once per page), then loads us.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: { 'host.greeting': 'Bonjour' } }),
});
await import('../../src/bank-connect-error.js');

describe('with a host app that configured @lit/localize first', () => {
  it('the element still follows the page into its own translations', async () => {
    const el = await fixture<BankConnectError>(
      html`<bank-connect-error code="103"></bank-connect-error>`,
    );
    await setPageLanguage('fr', 'fr', el);
    expect(visibleText(el, 'title')).to.equal(
      (await readTargets('fr')).get('reason.invalid_credentials.title'),
    );
  });

  it('and the host’s own localization keeps working', async () => {
    await host.setLocale('fr');
    expect(host.getLocale()).to.equal('fr');
    expect(msg('Hello', { id: 'host.greeting' })).to.equal('Bonjour');
  });
});
