import { expect, fixture, html } from '@open-wc/testing';
import type { BankConnectError } from '../../src/bank-connect-error.js';
import '../../src/bank-connect-error.js';
import { RETRY_ACTION } from '../fixtures/frame-messages.js';

// The element's side of an iframe connect flow, from the sources (so development warnings are on).
// Each test runs the element in a same-origin iframe whose parent is this page; the iframe records
// every `parent.postMessage`, the ResizeObservers alive, and the warnings.

interface FrameWindow extends Window {
  posts: { message: Record<string, unknown>; targetOrigin: string }[];
  observing: number;
  warnings: string[];
}

const FRAME_SCRIPT = `
  window.posts = [];
  window.warnings = [];
  const realParent = window.parent;
  const spy = {
    postMessage(message, targetOrigin) {
      posts.push({ message, targetOrigin });
      realParent.postMessage(message, targetOrigin);
    },
  };
  Object.defineProperty(window, 'parent', { get: () => spy, configurable: true });
  console.warn = (...args) => {
    const text = args.join(' ');
    if (text.startsWith('<bank-connect-error>')) warnings.push(text);
  };
  window.observing = 0;
  window.ResizeObserver = class extends ResizeObserver {
    targets = 0;
    observe(target, options) {
      this.targets++;
      observing++;
      super.observe(target, options);
    }
    disconnect() {
      observing -= this.targets;
      this.targets = 0;
      super.disconnect();
    }
  };`;

const frames: HTMLIFrameElement[] = [];

/** A same-origin iframe running the element's module, with `parent-origin` set to `value`. */
async function elementInFrame(
  value: string | null,
  code = 'INVALID_LOGIN',
  prepare: (win: FrameWindow) => void = () => {},
) {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html><head><script>${FRAME_SCRIPT}</script>
    <script type="module" src="/src/bank-connect-error.ts"></script></head><body></body></html>`;
  const loaded = new Promise((done) => iframe.addEventListener('load', done, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  await win.customElements.whenDefined('bank-connect-error');
  prepare(win);
  const el = win.document.createElement('bank-connect-error') as BankConnectError;
  el.code = code;
  if (value !== null) el.setAttribute('parent-origin', value);
  win.document.body.append(el);
  await settle(el);
  return { win, el };
}

/**
 * Rendered, and any height it measured posted: a size change reaches the element's
 * ResizeObserver at the end of a frame, and the height goes out in the next frame's animation
 * callbacks, after those the test asked for in the frame before.
 */
async function settle(el: BankConnectError) {
  await el.updateComplete;
  // Through the getter: a test's page may have clobbered `document.defaultView`.
  const view = Object.getOwnPropertyDescriptor(Document.prototype, 'defaultView')!.get!.call(
    el.ownerDocument,
  ) as Window;
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((done) => view.requestAnimationFrame(done));
  }
}

/** Resolves once `condition` holds, checking every animation frame for up to two seconds. */
async function waitFor(condition: () => boolean) {
  for (let frame = 0; frame < 120 && !condition(); frame++) {
    await new Promise((done) => requestAnimationFrame(done));
  }
  expect(condition()).to.be.true;
}

const click = (el: BankConnectError) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="button-primary"]')!.click();
const types = (win: FrameWindow) => win.posts.map((post) => post.message.type);

describe('parent-origin: the element in an iframe connect flow', () => {
  afterEach(() => frames.splice(0).forEach((iframe) => iframe.remove()));

  it('posts its height and the borrower’s action to exactly that origin', async () => {
    const { win, el } = await elementInFrame(location.origin);
    click(el);
    expect(types(win)).to.deep.equal(['resize', 'action']);
    expect(win.posts.every((post) => post.targetOrigin === location.origin)).to.be.true;
    expect(win.posts[0]!.message).to.deep.equal({
      source: 'bank-connect-error',
      version: 1,
      type: 'resize',
      height: Math.ceil(el.getBoundingClientRect().height),
    });
    expect(win.posts[1]!.message).to.deep.equal(RETRY_ACTION);
    expect(win.warnings).to.deep.equal([]);
  });

  it('posts an action at once, before its height goes out (a flow may navigate next)', async () => {
    const { win, el } = await elementInFrame(null);
    el.parentOrigin = location.origin;
    await el.updateComplete;
    click(el);
    expect(win.posts).to.deep.equal([{ targetOrigin: location.origin, message: RETRY_ACTION }]);
    await waitFor(() => types(win).includes('resize'));
  });

  it('forgives white space around the origin', async () => {
    const { win, el } = await elementInFrame(`  ${location.origin}\n`);
    click(el);
    expect(win.posts.map((post) => post.targetOrigin)).to.deep.equal([
      location.origin,
      location.origin,
    ]);
  });

  for (const value of [
    '*',
    '',
    'null',
    'https://lender.example/',
    'https://lender.example/apply',
    'https://lender.example:443',
    'HTTPS://LENDER.EXAMPLE',
    'javascript:alert(1)',
    'data:text/html,hi',
    'lender.example',
  ]) {
    it(`posts nothing and warns for parent-origin=${JSON.stringify(value)}`, async () => {
      const { win, el } = await elementInFrame(value);
      click(el);
      await settle(el);
      expect(win.posts).to.deep.equal([]);
      expect(win.observing).to.equal(0);
      expect(win.warnings.length).to.equal(1);
      expect(win.warnings[0]).to.contain('parent-origin').and.contain('not an exact origin');
    });
  }

  it('without parent-origin, posts nothing, observes nothing and says nothing', async () => {
    const { win, el } = await elementInFrame(null);
    click(el);
    await settle(el);
    expect(win.posts).to.deep.equal([]);
    expect(win.observing).to.equal(0);
    expect(win.warnings).to.deep.equal([]);
  });

  it('follows parent-origin as it is set, changed and removed', async () => {
    const { win, el } = await elementInFrame(null);
    el.parentOrigin = location.origin;
    await settle(el);
    expect(types(win)).to.deep.equal(['resize']);

    // A valid origin made invalid: silence, and a warning.
    el.setAttribute('parent-origin', `${location.origin}/path`);
    await settle(el);
    click(el);
    el.variant = 'compact';
    await settle(el);
    expect(types(win)).to.deep.equal(['resize']);
    expect(win.warnings.length).to.equal(1);

    // Back to valid: the new parent hears the current height first.
    el.setAttribute('parent-origin', location.origin);
    await settle(el);
    click(el);
    expect(types(win)).to.deep.equal(['resize', 'resize', 'action']);

    el.removeAttribute('parent-origin');
    await settle(el);
    click(el);
    el.variant = 'panel';
    await settle(el);
    expect(types(win)).to.deep.equal(['resize', 'resize', 'action']);
    expect(win.observing).to.equal(0);
  });

  it('stops observing when disconnected, and resumes when connected again', async () => {
    const { win, el } = await elementInFrame(location.origin);
    expect(win.observing).to.equal(1);
    el.remove();
    expect(win.observing).to.equal(0);
    el.variant = 'compact';
    await el.updateComplete;
    win.document.body.append(el);
    expect(win.observing).to.equal(1);
    await settle(el);
    // The height changed while it was away: the parent hears the new one.
    expect(types(win)).to.deep.equal(['resize', 'resize']);
    const heights = win.posts.map((post) => post.message.height);
    expect(heights[1]).to.equal(Math.ceil(el.getBoundingClientRect().height));
    expect(heights[1]).not.to.equal(heights[0]);
  });

  it('outside an iframe, posts nothing even with a valid parent-origin', async () => {
    const posted: unknown[] = [];
    const post = window.postMessage;
    (window as { postMessage: unknown }).postMessage = (...args: unknown[]) => posted.push(args);
    try {
      const el = await fixture<BankConnectError>(
        html`<bank-connect-error
          code="INVALID_LOGIN"
          parent-origin=${location.origin}
        ></bank-connect-error>`,
      );
      await settle(el);
      click(el);
      el.variant = 'compact';
      await settle(el);
      expect(posted).to.deep.equal([]);
    } finally {
      window.postMessage = post;
    }
  });

  it('reads parent-origin when it posts: a click right after a change never goes to the old origin', async () => {
    const { win, el } = await elementInFrame(location.origin);
    win.posts.length = 0;
    // Changed and clicked in one task, before any update.
    el.setAttribute('parent-origin', 'https://elsewhere.example');
    click(el);
    expect(win.posts.map((post) => post.targetOrigin)).to.deep.equal(['https://elsewhere.example']);
    el.removeAttribute('parent-origin');
    click(el);
    el.setAttribute('parent-origin', `${location.origin}/path`);
    click(el);
    expect(win.posts.length, 'nothing without a valid origin').to.equal(1);
  });

  it('still reaches the parent when the page has an element named defaultView (DOM clobbering)', async () => {
    const { win, el } = await elementInFrame(location.origin, 'INVALID_LOGIN', (win) => {
      const img = win.document.createElement('img');
      img.name = 'defaultView';
      win.document.body.append(img);
      expect(win.document.defaultView, 'clobbered').to.equal(img);
    });
    click(el);
    expect(types(win)).to.deep.equal(['resize', 'action']);
    expect(win.posts[1]!.message).to.deep.equal(RETRY_ACTION);
  });

  it('sends an undocumented code that is not made like a code as empty, and the action still goes', async () => {
    const { win, el } = await elementInFrame(location.origin, '<img src=x onerror=alert(1)>');
    el.actions = 'retry';
    await el.updateComplete;
    click(el);
    const action = win.posts.find((post) => post.message.type === 'action')!.message;
    expect(action).to.include({ action: 'retry', reason: 'unknown', code: '' });
    expect(el.resolution.code).to.equal('<img src=x onerror=alert(1)>');
  });
});
