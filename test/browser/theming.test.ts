import { expect } from '@open-wc/testing';
import { part, render } from './helpers.js';

const color = (el: Element, property = 'color') => getComputedStyle(el).getPropertyValue(property);

describe('theming', () => {
  afterEach(() => document.documentElement.removeAttribute('style'));

  it('applies custom properties set on any ancestor, even :root', async () => {
    document.documentElement.style.setProperty('--bank-connect-error-surface', 'rgb(1, 2, 3)');
    document.documentElement.style.setProperty(
      '--bank-connect-error-button-background',
      'rgb(4, 5, 6)',
    );
    document.documentElement.style.setProperty('--bank-connect-error-radius', '3px');
    const el = await render({ code: '103' });
    expect(color(part(el, 'base')!, 'background-color')).to.equal('rgb(1, 2, 3)');
    expect(color(part(el, 'button-primary')!, 'background-color')).to.equal('rgb(4, 5, 6)');
    expect(color(part(el, 'base')!, 'border-top-left-radius')).to.equal('3px');
  });

  it('colours the accent by severity, each overridable', async () => {
    const accents = new Set<string>();
    for (const code of ['103', '910', 'NoHolder', '0']) {
      accents.add(color(part(await render({ code }), 'icon-box')!));
    }
    expect(accents.size).to.equal(4);
    document.documentElement.style.setProperty(
      '--bank-connect-error-warning-color',
      'rgb(7, 8, 9)',
    );
    expect(color(part(await render({ code: '910' }), 'icon-box')!)).to.equal('rgb(7, 8, 9)');
  });

  // This browser was started light; theming.dark.test.ts runs in browsers started dark.
  it('has a dark preset, and theme="auto" follows a light system', async () => {
    expect(matchMedia('(prefers-color-scheme: light)').matches, 'a light system').to.be.true;
    const light = color(part(await render({ code: '103' }), 'base')!, 'background-color');
    const dark = color(
      part(await render({ code: '103', theme: 'dark' }), 'base')!,
      'background-color',
    );
    expect(dark).not.to.equal(light);
    const auto = await render({ code: '103', theme: 'auto' });
    expect(color(part(auto, 'base')!, 'background-color')).to.equal(light);
  });

  it('lets a host’s values win over the dark preset too', async () => {
    document.documentElement.style.setProperty('--bank-connect-error-surface', 'rgb(10, 11, 12)');
    const el = await render({ code: '103', theme: 'dark' });
    expect(color(part(el, 'base')!, 'background-color')).to.equal('rgb(10, 11, 12)');
  });

  it('writes no style attributes (strict CSP)', async () => {
    for (const variant of ['inline', 'panel', 'compact']) {
      const el = await render({ code: '910', variant, institutionUrl: 'https://bank.example' });
      expect(el.hasAttribute('style')).to.be.false;
      expect(el.shadowRoot!.querySelector('[style]')).to.be.null;
    }
  });

  it('lays the panel out centred with a larger icon', async () => {
    const inline = await render({ code: '103' });
    const panel = await render({ code: '103', variant: 'panel' });
    expect(color(part(panel, 'base')!, 'text-align')).to.equal('center');
    const size = (el: Element) =>
      part(el as never, 'icon-box')!
        .querySelector('svg')!
        .getBoundingClientRect().width;
    expect(size(panel)).to.be.greaterThan(size(inline) * 1.5);
  });

  it('keeps the compact variant to one line', async () => {
    const el = await render({ code: '103', variant: 'compact', actions: 'retry' });
    const base = part(el, 'base')!.getBoundingClientRect();
    expect(base.height).to.be.below(70);
  });
});
