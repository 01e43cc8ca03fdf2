import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bank-connect-error.js';
import { REASONS, listCodes, type Reason } from '../../src/bank-connect-error.js';
import type { BankConnectError } from '../../src/bank-connect-error.js';

/** One documented code per reason (and an undocumented one for `unknown`). */
const SAMPLE: Record<Reason, { provider: string; code: string }> = Object.fromEntries(
  REASONS.map((reason) => [
    reason,
    listCodes().find((entry) => entry.reason === reason) ?? { provider: 'argyle', code: 'nope' },
  ]),
) as Record<Reason, { provider: string; code: string }>;

async function render(code: string, provider = '', institution = '') {
  return fixture<BankConnectError>(
    html`<bank-connect-error
      code=${code}
      provider=${provider}
      institution=${institution}
    ></bank-connect-error>`,
  );
}

const part = (el: BankConnectError, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: BankConnectError, name: string) => part(el, name).textContent!.trim();

describe('<bank-connect-error>', () => {
  it('is defined', () => {
    expect(customElements.get('bank-connect-error')).to.exist;
    expect(document.createElement('bank-connect-error').constructor.name).to.equal(
      'BankConnectError',
    );
  });

  describe('renders a title and a message for every reason', () => {
    const seen = new Map<string, Reason>();
    for (const reason of REASONS) {
      it(reason, async () => {
        const { provider, code } = SAMPLE[reason];
        const el = await render(code, provider);
        expect(el.resolution.reason).to.equal(reason);
        const title = text(el, 'title');
        const message = text(el, 'message');
        expect(title.length).to.be.within(5, 60);
        expect(message.length).to.be.within(20, 200);
        expect(message).not.to.match(/\b(aggregation|MFA|OTP|token|institution)\b/i);
        const other = seen.get(message);
        expect(other, `${reason} has words of its own (not ${other}'s)`).to.be.undefined;
        seen.set(message, reason);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('announces errors as alerts and everything else as status', async () => {
    const roles = async (code: string) => part(await render(code), 'base').getAttribute('role');
    expect(await roles('103')).to.equal('alert');
    expect(await roles('910')).to.equal('status');
    expect(await roles('NoHolder')).to.equal('status');
    expect(await roles('0')).to.equal('status');
  });

  it('weaves the bank’s name into the words, and says “your bank” without one', async () => {
    const named = await render('936', 'finicity', 'Tangerine');
    expect(text(named, 'message')).to.contain("Sign in on Tangerine's website");
    const unnamed = await render('936', 'finicity');
    expect(text(unnamed, 'message')).to.contain("Sign in on your bank's website");
    const titled = await render('103', 'finicity', 'Tangerine');
    expect(text(titled, 'title')).to.equal("We couldn't sign in to Tangerine");
  });

  it('re-renders when code, provider or institution change', async () => {
    const el = await render('103', 'finicity');
    el.code = 'token_invalid_or_expired';
    el.provider = 'argyle';
    await el.updateComplete;
    expect(el.resolution.reason).to.equal('reconnect_required');
    expect(text(el, 'title')).to.equal('Please reconnect your account');
    el.setAttribute('institution', 'Desjardins');
    await el.updateComplete;
    expect(text(el, 'message')).to.contain('Desjardins');
  });

  it('shows the unknown message for an unknown code or provider, never a blank', async () => {
    for (const [code, provider] of [
      ['not-a-code', 'argyle'],
      ['103', 'plaid'],
      ['', ''],
    ]) {
      const el = await render(code, provider);
      expect(text(el, 'title').length).to.be.greaterThan(5);
      expect(text(el, 'message').length).to.be.greaterThan(20);
    }
  });

  it('keeps hostile strings as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">"><svg onload=alert(1)>';
    for (const el of [await render(hostile, hostile, hostile), await render('103', '', hostile)]) {
      expect(el.shadowRoot!.querySelector('img, svg, script')).to.be.null;
    }
    const named = await render('103', '', hostile);
    expect(text(named, 'title')).to.equal(`We couldn't sign in to ${hostile}`);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('returns a copy of its resolution, so callers cannot change what it shows', async () => {
    const el = await render('103');
    el.resolution.actions.length = 0;
    expect(el.resolution.actions).to.deep.equal(['retry', 'visit_institution']);
  });
});
