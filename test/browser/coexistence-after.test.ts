import { expect } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { getLocale, setLocale } from '../../src/bank-connect-error.js';
import { render, visibleText } from './helpers.js';
import { readTargets } from './locale-helpers.js';

describe('with a host app that configures @lit/localize after loading the element', () => {
  it('the host can still configure it: the element never takes that one chance', async () => {
    const el = await render({ code: '936' });
    await setLocale('es');
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { 'host.greeting': 'Hallo' } }),
    });
    await host.setLocale('de');
    expect(msg('Hello', { id: 'host.greeting' })).to.equal('Hallo');
    await el.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(visibleText(el, 'title')).to.equal(
      (await readTargets('es')).get('reason.language_not_supported.title'),
    );
  });
});
