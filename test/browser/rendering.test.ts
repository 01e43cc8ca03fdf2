import { expect } from '@open-wc/testing';
import { PROVIDER_NAMES, REASONS, resolve } from '../../src/bank-connect-error.js';
import {
  AXE_TIMEOUT,
  SAMPLE,
  buttonLabels,
  part,
  parts,
  render,
  visibleText,
  warmUpAxe,
  warningsDuring,
} from './helpers.js';

const VARIANTS = ['inline', 'panel', 'compact'];

describe('rendering', () => {
  it('registers <bank-connect-error> once', () => {
    expect(customElements.get('bank-connect-error')).to.exist;
    expect(document.createElement('bank-connect-error').constructor.name).to.equal(
      'BankConnectError',
    );
  });

  describe('every reason, in every variant', () => {
    const seenMessages = new Map<string, string>();
    for (const reason of REASONS) {
      for (const variant of VARIANTS) {
        it(`${reason} (${variant})`, async () => {
          const { provider, code } = SAMPLE[reason];
          const el = await render({
            provider,
            code,
            variant,
            actions:
              'retry reconnect visit_institution choose_another_account choose_another_institution verify_another_way contact_support continue',
          });
          const resolution = resolve({ provider, code });
          expect(el.resolution).to.deep.equal(resolution);

          const title = visibleText(el, 'title');
          const message = visibleText(el, 'message');
          expect(title.length).to.be.within(5, 60);
          expect(message.length).to.be.within(20, 200);
          expect(`${title} ${message}`).not.to.match(
            /\b(aggregation|MFA|OTP|token|institution)\b/i,
          );

          const buttons = buttonLabels(el);
          expect(buttons.length).to.equal(Math.min(2, resolution.actions.length));
          expect(buttons.every((label) => label.length > 1)).to.be.true;
          expect(part(el, 'button-primary')).to.equal(parts(el, 'button')[0]);

          expect(Boolean(part(el, 'retry')), 'a retry hint exactly when there is a wait').to.equal(
            Boolean(resolution.retryAfter),
          );
          const name = resolution.provider ? `${PROVIDER_NAMES[resolution.provider]} ` : '';
          expect(visibleText(el, 'reference')).to.equal(`Reference: ${name}${resolution.code}`);

          if (variant === 'inline') {
            const other = seenMessages.get(message);
            expect(other, `${reason} has words of its own, not ${other}'s`).to.be.undefined;
            seenMessages.set(message, reason);
          }
        });
      }
    }
  });

  describe('is accessible for every reason, light and dark', function () {
    this.timeout(AXE_TIMEOUT);
    before(warmUpAxe);
    for (const reason of REASONS) {
      it(reason, async () => {
        for (const theme of ['light', 'dark']) {
          const el = await render({
            ...SAMPLE[reason],
            theme,
            institutionUrl: 'https://bank.example',
          });
          await expect(el).to.be.accessible();
        }
      });
    }
    it('in the panel and compact variants', async () => {
      for (const variant of ['panel', 'compact']) {
        for (const theme of ['light', 'dark']) {
          await expect(await render({ code: '936', variant, theme })).to.be.accessible();
        }
      }
    });
  });

  it('announces errors as alerts and everything else as status, with the severity in words', async () => {
    const cases = [
      ['103', 'alert', 'Error:'],
      ['910', 'status', 'Warning:'],
      ['NoHolder', 'status', 'Note:'],
      ['0', 'status', 'Success:'],
    ];
    for (const [code, role, prefix] of cases) {
      const el = await render({ code });
      const region = el.shadowRoot!.querySelector(`[role="${role}"]`)!;
      expect(region, code).to.exist;
      expect(region.contains(part(el, 'title')!)).to.be.true;
      expect(region.contains(part(el, 'message')!)).to.be.true;
      expect(region.contains(part(el, 'action-row')!), 'buttons are not read out').to.be.false;
      expect(part(el, 'title')!.textContent!.trim().startsWith(prefix!)).to.be.true;
    }
  });

  it('draws a decorative icon whose shape differs by severity', async () => {
    const shapes = new Set<string>();
    for (const code of ['103', '910', 'NoHolder', '0']) {
      const el = await render({ code });
      const icon = part(el, 'icon-box')!.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      shapes.add(icon.innerHTML);
    }
    expect(shapes.size).to.equal(4);
  });

  it('weaves the bank’s name into the words, and says “your bank” without one', async () => {
    const named = await render({ provider: 'finicity', code: '936', institution: 'Tangerine' });
    expect(visibleText(named, 'message')).to.contain('Sign in on the Tangerine website');
    const unnamed = await render({ provider: 'finicity', code: '936' });
    expect(visibleText(unnamed, 'message')).to.contain("Sign in on your bank's website");
    expect(
      visibleText(await render({ code: '103', institution: ' Tangerine ' }), 'title'),
    ).to.equal("We couldn't sign in to Tangerine");
    const blank = await render({ code: '103', institution: '   ' });
    expect(visibleText(blank, 'title')).to.equal("We couldn't sign in to your bank");
  });

  it('says how long to wait, in words', async () => {
    const cases: [string, string, string][] = [
      ['finicity', '102', 'Try again in a few minutes'],
      ['finicity', '910', 'Try again in 3–5 days'],
      ['finicity', '900', 'Try again in about a week'],
    ];
    for (const [provider, code, words] of cases) {
      expect(visibleText(await render({ provider, code }), 'retry')).to.equal(words);
    }
    // "Try again later", with no time in the source: no timing line.
    expect(part(await render({ provider: 'flinks', code: 'Retry Later' }), 'retry')).to.be.null;
  });

  it('shows a reference the borrower can quote, which the host can hide', async () => {
    expect(visibleText(await render({ code: 'invalid_login' }), 'reference')).to.equal(
      'Reference: Flinks Invalid Login',
    );
    expect(visibleText(await render({ code: 'mystery' }), 'reference')).to.equal(
      'Reference: mystery',
    );
    expect(part(await render({ code: '103', hideReference: true }), 'reference')).to.be.null;
    expect(part(await render({}), 'reference')).to.be.null;
  });

  it('shows the unknown message for anything it cannot read, never a blank', async () => {
    for (const options of [
      { code: 'not-a-code', provider: 'argyle' },
      { code: '103', provider: 'akoya' },
      {},
      { code: '' },
      { code: 'x'.repeat(10_000) },
    ]) {
      const el = await render(options);
      expect(visibleText(el, 'title').length).to.be.greaterThan(5);
      expect(visibleText(el, 'message').length).to.be.greaterThan(20);
      expect(buttonLabels(el).length).to.be.greaterThan(0);
    }
  });

  it('warns in development when a code belongs to another provider than the one given', async () => {
    const warnings = await warningsDuring(() => render({ code: '936', provider: 'argyle' }));
    expect(warnings.some((w) => w.includes('"936"') && w.includes('provider="finicity"'))).to.be
      .true;
    const unknown = await warningsDuring(() =>
      render({ code: 'never-documented-x', provider: 'argyle' }),
    );
    expect(unknown.some((w) => w.includes('never-documented-x') && !w.includes('documents it'))).to
      .be.true;
  });

  it('keeps hostile strings as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">"><svg onload="window.__pwned=2">';
    const all = await render({
      code: hostile,
      provider: hostile,
      institution: hostile,
      institutionUrl: hostile,
      actions: hostile,
      variant: hostile,
      theme: hostile,
    });
    const named = await render({ code: '103', institution: hostile });
    for (const el of [all, named]) {
      expect(el.shadowRoot!.querySelector('img, script, [onerror], [onload]')).to.be.null;
      expect(el.shadowRoot!.querySelectorAll('svg').length).to.equal(1, 'only the icon');
    }
    expect(visibleText(named, 'title')).to.match(/^We couldn't sign in to <img src=x onerror=/);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('cuts a runaway bank name so it cannot break the layout', async () => {
    const el = await render({ code: '103', institution: 'Bank '.repeat(1000) });
    expect(visibleText(el, 'title').length).to.be.below(100);
  });

  it('places slotted content: an icon, details under the message, and the actions area', async () => {
    const el = await render({ code: '103' });
    el.innerHTML = `<span slot="icon" id="my-icon">!</span>
      <p id="details">Call us at 1-800-555-0100</p>
      <button slot="actions" id="my-action">Call us</button>`;
    await new Promise(requestAnimationFrame); // slotchange is dispatched asynchronously
    await el.updateComplete;
    const slots = [...el.shadowRoot!.querySelectorAll('slot')];
    const assigned = (name: string) =>
      slots.find((slot) => (slot.name || 'default') === name)!.assignedElements();
    expect(assigned('icon').map((n) => n.id)).to.deep.equal(['my-icon']);
    expect(assigned('default').map((n) => n.id)).to.deep.equal(['details']);
    expect(assigned('actions').map((n) => n.id)).to.deep.equal(['my-action']);
    expect(part(el, 'action-row')!.hidden).to.be.false;
    expect(el.shadowRoot!.querySelector<HTMLElement>('.details')!.hidden).to.be.false;
  });

  it('leaves no empty boxes: no details box without details, no actions box without actions', async () => {
    const el = await render({ code: '103', actions: '' });
    expect(el.shadowRoot!.querySelector<HTMLElement>('.details')!.hidden).to.be.true;
    expect(part(el, 'action-row')!.hidden).to.be.true;
  });
});
