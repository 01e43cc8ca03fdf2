import { expect, fixture, html } from '@open-wc/testing';
import { BankConnectError } from '../../src/bank-connect-error.js';
import { part, render, visibleText } from './helpers.js';

describe('lifecycle', () => {
  it('applies attributes and properties set before the element is defined', async () => {
    const tag = 'bank-connect-error-late';
    const el = document.createElement(tag) as BankConnectError;
    el.setAttribute('provider', 'finicity');
    el.setAttribute('institution-url', 'https://bank.example/');
    (el as { code: string }).code = '936';
    (el as { institution: string }).institution = 'Tangerine';
    document.body.append(el);
    customElements.define(tag, class extends BankConnectError {});
    await el.updateComplete;
    expect(el.resolution.reason).to.equal('language_not_supported');
    expect(visibleText(el, 'message')).to.contain('Tangerine');
    expect(part(el, 'button-primary')!.localName).to.equal('a');
    el.remove();
  });

  it('reads a raw payload from the error property, which wins over code', async () => {
    const el = await render({ code: '103' });
    el.error = {
      event: 'verifications.updated',
      data: {
        resource: { status: { state: 'PAUSED', errors: [{ code: 'token_invalid_or_expired' }] } },
      },
    };
    await el.updateComplete;
    expect(el.resolution.reason).to.equal('reconnect_required');
    expect(visibleText(el, 'title')).to.equal('Please reconnect your account');
    el.error = undefined;
    await el.updateComplete;
    expect(el.resolution.reason).to.equal('invalid_credentials');
    el.error = { nonsense: true };
    await el.updateComplete;
    expect(el.resolution.reason).to.equal('unknown');
  });

  it('exposes a read-only copy of its resolution', async () => {
    const el = await render({ code: '910' });
    const copy = el.resolution;
    copy.actions.length = 0;
    copy.retryAfter!.min = 0;
    expect(el.resolution.actions.length).to.equal(3);
    expect(el.resolution.retryAfter!.min).to.equal(3 * 86_400);
    expect(() => ((el as { resolution: unknown }).resolution = null)).to.throw();
  });

  it('re-renders when code, provider or institution change', async () => {
    const el = await render({ code: '103', provider: 'finicity' });
    el.code = 'token_invalid_or_expired';
    el.provider = 'argyle';
    await el.updateComplete;
    expect(visibleText(el, 'title')).to.equal('Please reconnect your account');
    el.setAttribute('institution', 'Desjardins');
    await el.updateComplete;
    expect(visibleText(el, 'message')).to.contain('Desjardins');
  });

  it('does not touch the live region when only unrelated things change', async () => {
    const el = await render({ code: '103' });
    const region = el.shadowRoot!.querySelector('[role="alert"]')!;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    el.hideReference = true;
    el.actions = 'retry';
    el.variant = 'panel';
    el.requestUpdate();
    await el.updateComplete;
    observer.disconnect();
    expect(mutations).to.have.length(0);
  });

  it('keeps working when moved, disconnected and reconnected', async () => {
    const el = await render({ code: '103' });
    const other = await fixture(html`<div></div>`);
    other.append(el);
    el.remove();
    el.code = '910';
    other.append(el);
    await el.updateComplete;
    expect(el.resolution.reason).to.equal('institution_outage');
    expect(visibleText(el, 'title')).to.equal('The connection to your bank is down');
  });
});
