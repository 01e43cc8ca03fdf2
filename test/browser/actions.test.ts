import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BankConnectActionEvent } from '../../src/bank-connect-error.js';
import { buttonLabels, part, parts, render, warningsDuring } from './helpers.js';

describe('actions', () => {
  describe('the host’s allowlist', () => {
    it('by default offers what every flow can do, best first, at most two', async () => {
      const el = await render({ code: '910' }); // choose_another_institution, verify_another_way, retry
      expect(buttonLabels(el)).to.deep.equal(['Choose another bank', 'Try again']);
      expect(part(el, 'button-primary')!.textContent).to.contain('Choose another bank');
      expect(part(el, 'button-secondary')!.textContent).to.contain('Try again');
    });

    it('shows only allowed actions, in the resolution’s order, not the list’s', async () => {
      const el = await render({ code: '910', actions: 'retry verify_another_way' });
      expect(buttonLabels(el)).to.deep.equal(['Verify another way', 'Try again']);
    });

    it('still shows the message, with no dead button, when nothing is allowed', async () => {
      for (const actions of ['', 'continue']) {
        const el = await render({ code: 'token_invalid_or_expired', actions });
        expect(buttonLabels(el)).to.deep.equal([]);
        expect(part(el, 'message')!.textContent!.trim().length).to.be.greaterThan(20);
      }
    });

    it('ignores unknown action names, with a development warning', async () => {
      const warnings = await warningsDuring(async () => {
        const el = await render({
          code: '103',
          actions: 'retry  launch_rockets\tvisit_institution',
        });
        expect(buttonLabels(el)).to.deep.equal(['Try again', 'Go to your bank']);
      });
      expect(warnings.some((w) => w.includes('launch_rockets'))).to.be.true;
    });

    it('reads the allowlist as a property too, and follows changes', async () => {
      const el = await render({ code: '103' });
      el.actions = 'visit_institution';
      await el.updateComplete;
      expect(buttonLabels(el)).to.deep.equal(['Go to your bank']);
      el.removeAttribute('actions');
      el.actions = undefined;
      await el.updateComplete;
      expect(buttonLabels(el)).to.deep.equal(['Try again']);
    });
  });

  describe('bank-connect-action', () => {
    it('fires on click with { action, reason, provider, code }, bubbling out of shadow roots', async () => {
      const el = await render({ code: 'INVALID_LOGIN' });
      const heard = oneEvent(document, 'bank-connect-action');
      part(el, 'button-primary')!.click();
      const event = (await heard) as BankConnectActionEvent;
      expect(event.detail).to.deep.equal({
        action: 'retry',
        reason: 'invalid_credentials',
        provider: 'flinks',
        code: 'Invalid Login',
      });
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expect(event.target).to.equal(el);
    });

    it('fires from the keyboard: Enter and Space on a focused button', async () => {
      const el = await render({ code: '910', actions: 'retry choose_another_institution' });
      const actions: string[] = [];
      el.addEventListener('bank-connect-action', (e) => actions.push(e.detail.action));
      part(el, 'button-primary')!.focus();
      await sendKeys({ press: 'Enter' });
      part(el, 'button-secondary')!.focus();
      await sendKeys({ press: ' ' }); // the Space key: every driver knows " ", not all know "Space"
      expect(actions).to.deep.equal(['choose_another_institution', 'retry']);
    });

    it('fires only for its own buttons, not for the host’s slotted ones, whatever they carry', async () => {
      const el = await render({ code: '103' });
      el.innerHTML = `<button slot="actions" data-action="retry">Call us</button>
        <p data-action="continue">Questions? <a href="#help">Help</a></p>`;
      await new Promise(requestAnimationFrame);
      let fired = 0;
      el.addEventListener('bank-connect-action', () => fired++);
      el.querySelector('button')!.click();
      el.querySelector('a')!.click();
      el.querySelector('p')!.click();
      expect(fired).to.equal(0);
      el.innerHTML = '';
      await new Promise(requestAnimationFrame);
      part(el, 'button-primary')!.click();
      expect(fired).to.equal(1);
    });

    it('fires for a click anywhere inside a button, such as the link’s new-tab hint', async () => {
      const el = await render({ code: '936', institutionUrl: 'https://bank.example' });
      const heard = oneEvent(el, 'bank-connect-action');
      el.addEventListener('bank-connect-action', (e) => e.preventDefault()); // stay on this page
      part(el, 'button-primary')!.querySelector('span')!.click();
      expect(((await heard) as BankConnectActionEvent).detail.action).to.equal('visit_institution');
    });

    it('never fires because the host changed something', async () => {
      const el = await render({ code: '103' });
      let fired = 0;
      el.addEventListener('bank-connect-action', () => fired++);
      el.code = '910';
      el.setAttribute('provider', 'finicity');
      el.setAttribute('actions', 'retry');
      el.error = { code: 936 };
      el.institution = 'Tangerine';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });

    it('uses real buttons, at least 24 by 24 CSS pixels, in every variant', async () => {
      for (const variant of ['inline', 'panel', 'compact']) {
        const el = await render({ code: '103', variant });
        for (const button of parts(el, 'button')) {
          expect(button.localName).to.equal('button');
          expect(button.getAttribute('type')).to.equal('button');
          const { width, height } = button.getBoundingClientRect();
          expect(width >= 24 && height >= 24, `${variant}: ${width}×${height}`).to.be.true;
        }
      }
    });
  });

  describe('visit_institution and institution-url', () => {
    it('is a link that opens the bank’s https site in a new tab', async () => {
      const el = await render({
        code: '936',
        institution: 'Tangerine',
        institutionUrl: 'https://www.tangerine.ca/en/',
      });
      const link = part(el, 'button-primary') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://www.tangerine.ca/en/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(buttonLabels(el)[0]).to.equal('Go to Tangerine');
      expect(link.textContent).to.contain('(opens in a new tab)');
    });

    it('reports the click, and a listener can cancel the navigation', async () => {
      const el = await render({ code: '936', institutionUrl: 'https://bank.example/' });
      const link = part(el, 'button-primary')!;
      el.addEventListener('bank-connect-action', (e) => e.preventDefault(), { once: true });
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      expect(link.dispatchEvent(click)).to.be.false;
      expect(click.defaultPrevented).to.be.true;
    });

    const unsafe = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://bank.example',
      '//bank.example',
      '/login',
      'bank.example',
      'https://user:pass@bank.example',
      'https://',
      ' ',
    ];
    for (const url of unsafe) {
      it(`never links to ${JSON.stringify(url)}`, async () => {
        const warnings = await warningsDuring(async () => {
          const el = await render({ code: '936', institutionUrl: url });
          expect(el.shadowRoot!.querySelector('a')).to.be.null;
          expect(buttonLabels(el)).not.to.include('Go to your bank');
          const listed = await render({
            code: '936',
            institutionUrl: url,
            actions: 'visit_institution',
          });
          expect(listed.shadowRoot!.querySelector('a')).to.be.null;
          expect(part(listed, 'button-primary')!.localName).to.equal('button');
        });
        if (url.trim()) expect(warnings.some((w) => w.includes('institution-url'))).to.be.true;
      });
    }
  });
});
