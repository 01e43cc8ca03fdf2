import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bank-connect-error.js';
import { getLocale, setLocale, type BankConnectError } from '../../src/bank-connect-error.js';
import { part, render, visibleText } from './helpers.js';
import { failToLoad } from './locale-helpers.js';

describe('reliability', () => {
  const rejections: PromiseRejectionEvent[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));
  afterEach(() => expect(rejections, 'no unhandled rejection').to.have.length(0));

  describe('any order', () => {
    it('an element created in another document, then adopted, ends right', async () => {
      const other = document.implementation.createHTMLDocument('elsewhere');
      const el = other.createElement('bank-connect-error') as BankConnectError;
      el.setAttribute('provider', 'finicity');
      (el as { code: string }).code = '936';
      (el as { institution: string }).institution = 'Tangerine';
      const host = await fixture(html`<div></div>`);
      host.append(document.adoptNode(el));
      await el.updateComplete;
      expect(el.resolution.reason).to.equal('language_not_supported');
      expect(visibleText(el, 'message')).to.contain('Tangerine');
    });

    it('moved, disconnected, changed and reconnected many times, it ends in the last state', async () => {
      const el = await render({ code: '103' });
      const boxes = [await fixture(html`<div></div>`), await fixture(html`<section></section>`)];
      for (let i = 0; i < 50; i++) {
        boxes[i % 2]!.append(el);
        if (i % 5 === 0) el.remove();
        el.code = i % 3 === 0 ? '910' : 'token_invalid_or_expired';
        el.setAttribute('institution', `Bank ${i}`);
      }
      boxes[0]!.append(el);
      await el.updateComplete;
      expect(el.resolution.reason).to.equal('reconnect_required'); // i = 49: 49 % 3 !== 0
      expect(visibleText(el, 'message')).to.contain('Bank 49');
    });
  });

  describe('churn', () => {
    it('10,000 rapid attribute and property changes end in the state of the last one', async () => {
      const el = await render({ code: '103' });
      const codes = ['103', '910', 'invalid_login', 'nope', 'token_invalid_or_expired', '0'];
      for (let i = 0; i < 10_000; i++) {
        if (i % 2) el.setAttribute('code', codes[i % codes.length]!);
        else el.code = codes[(i * 7) % codes.length]!;
        el.setAttribute('actions', i % 3 ? 'retry' : 'continue choose_another_account');
      }
      el.setAttribute('code', 'NoHolder');
      await el.updateComplete;
      expect(el.resolution.reason).to.equal('data_incomplete');
      // The last change, i = 9,999, allowed `continue choose_another_account` (9,999 % 3 === 0).
      expect(el.getAttribute('actions')).to.equal('continue choose_another_account');
      expect(part(el, 'button-primary')!.textContent!.trim()).to.equal('Continue');
    });

    it('locale switches racing each other, some failing, end in the last one', async () => {
      const el = await render({ code: '910' });
      const offline = failToLoad('lv', 'et');
      try {
        const switches = ['de', 'lv', 'nl', 'et', 'ar', 'lv', 'pl', 'fr-CA', 'et'].map((l) =>
          setLocale(l),
        );
        switches.push(setLocale('vi'));
        await Promise.all(switches);
        await el.updateComplete;
        expect(getLocale()).to.equal('vi');
        expect(part(el, 'base')!.lang).to.equal('vi');
        void setLocale('nl');
        await setLocale('lv'); // the last one fails: English, and working
        await el.updateComplete;
        expect(getLocale()).to.equal('en');
        expect(visibleText(el, 'title')).to.equal('The connection to your bank is down');
      } finally {
        offline.restore();
        await setLocale('en');
      }
    });
  });

  describe('failure is graceful', () => {
    for (const [name, options] of [
      ['an unknown code', { code: 'totally_new_code', provider: 'argyle' }],
      ['another provider’s code', { code: 'ITEM_LOGIN_REQUIRED', provider: 'argyle' }],
      ['nothing at all', {}],
    ] as const) {
      it(`${name} shows the unknown message with a working action`, async () => {
        const el = await render(options);
        expect(visibleText(el, 'title')).to.equal("We couldn't connect your account");
        let chosen = '';
        el.addEventListener('bank-connect-action', (e) => (chosen = e.detail.action));
        part(el, 'button-primary')!.click();
        expect(chosen).to.equal('retry');
      });
    }

    it('a payload nobody documented shows the unknown message too', async () => {
      const el = await render({});
      el.error = { unexpected: { shape: [1, 2, 3] } };
      await el.updateComplete;
      expect(el.resolution.reason).to.equal('unknown');
      expect(visibleText(el, 'message').length).to.be.greaterThan(20);
    });
  });
});
