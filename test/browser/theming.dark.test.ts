import { expect } from '@open-wc/testing';
import { part, render } from './helpers.js';

// Runs only in browsers started in dark mode (the "dark" group of web-test-runner.config.js):
// Chromium with --force-dark-mode, Firefox with its colour-scheme preference, MiniBrowser with
// --dark-mode. Every engine can start dark, so none needs colour-scheme emulation.

const background = (el: Element) => getComputedStyle(el).getPropertyValue('background-color');

describe('theming on a dark system', () => {
  it('the browser says the system is dark', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
  });

  it('theme="auto" follows it to the dark preset', async () => {
    const dark = background(part(await render({ code: '103', theme: 'dark' }), 'base')!);
    const auto = await render({ code: '103', theme: 'auto' });
    expect(background(part(auto, 'base')!)).to.equal(dark);
  });

  it('theme="light" and no theme stay light, as the host page is', async () => {
    const light = background(part(await render({ code: '103', theme: 'light' }), 'base')!);
    const dark = background(part(await render({ code: '103', theme: 'dark' }), 'base')!);
    expect(light).not.to.equal(dark);
    expect(background(part(await render({ code: '103' }), 'base')!)).to.equal(light);
  });
});
