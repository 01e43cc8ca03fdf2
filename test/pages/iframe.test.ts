import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ACTIONS, PROVIDERS, REASONS } from '../../src/core/index.js';
import type { FrameAction } from '../../src/bridge-frame.js';
import {
  ENGINE_NAMES,
  PAGE_ENGINES,
  PROBLEMS_PAGE,
  PROBLEMS_SCRIPT,
  launchEngine,
  type EngineBrowser,
  type EngineFrame as Frame,
  type EnginePage as Page,
} from './support/engines.js';
import { serve, type StaticServer } from './support/server.js';
import { RETRY_ACTION } from '../fixtures/frame-messages.js';

// Two real origins (two servers on two ports of 127.0.0.1) and a third for "somebody else", each
// serving the built dist/: the lender's page bridges iframes of the flow, whose
// <bank-connect-error parent-origin> posts to it. Every page runs under a strict CSP.

/** In the flow's frame: builds the element from the query, and records every `postMessage`. */
const FRAME_SCRIPT = `(() => {
  const config = new URLSearchParams(location.search);
  const realParent = window.parent;
  const posts = (window.__posts = []);
  const record = (message, targetOrigin) =>
    posts.push({ message, targetOrigin, frame: document.timeline.currentTime });
  if (realParent !== window) {
    // The element reaches the lender's window through window.parent: every call is recorded.
    const spy = {
      postMessage(message, targetOrigin) {
        record(message, targetOrigin);
        realParent.postMessage(message, targetOrigin);
      },
    };
    Object.defineProperty(window, 'parent', { get: () => spy, configurable: true });
  } else {
    const post = window.postMessage;
    window.postMessage = function (message, targetOrigin) {
      record(message, targetOrigin);
      return post.apply(this, arguments);
    };
  }
  // The tests' own forged messages go past the spy.
  window.__post = (message, targetOrigin) => realParent.postMessage(message, targetOrigin);
  const element = (window.__element = document.createElement('bank-connect-error'));
  for (const name of ['provider', 'code', 'institution', 'institution-url', 'actions', 'variant', 'parent-origin']) {
    if (config.has(name)) element.setAttribute(name, config.get(name));
  }
  element.addEventListener('bank-connect-action', (event) => {
    if (event.detail.action === config.get('cancel')) event.preventDefault();
    // A careless listener: what it does to the detail must never reach the lender.
    event.detail.code = 'borrower@example.com';
    event.detail.institution = config.get('institution');
  });
  document.addEventListener('DOMContentLoaded', () => document.body.append(element));
})();`;

const FRAME_STYLE = 'html, body { margin: 0; }';

const FRAME = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <style>${FRAME_STYLE}</style>
    ${PROBLEMS_SCRIPT}
    <script>${FRAME_SCRIPT}</script>
    <script type="module" src="/bank-connect-error.bundled.js"></script>
  </head>
  <body></body>
</html>`;

/** On the lender's page: `addFlow()` embeds and bridges an iframe; everything is recorded. */
const LENDER_SCRIPT = `
  import { bridgeFrame } from '/host.js';
  window.bridgeFrame = bridgeFrame;
  // Everything that reaches this window, bridged or not, to tell the browser's filter from the bridge's.
  window.messages = [];
  window.addEventListener('message', ({ origin, data }) => {
    const type = typeof data === 'object' && data !== null ? String(data.type) : typeof data;
    window.messages.push(typeof data === 'string' ? { origin, type, text: data.slice(0, 40) } : { origin, type });
  });
  window.flows = {};
  window.addFlow = (id, src, options) => {
    const iframe = document.createElement('iframe');
    iframe.title = id;
    iframe.style.width = '480px';
    const flow = (window.flows[id] = { iframe, actions: [], heights: [] });
    // Bridged before the flow loads, so its first height is not missed.
    flow.stop = bridgeFrame(iframe, {
      resize: true,
      onAction: (action) => flow.actions.push(action),
      ...options,
    });
    new MutationObserver(() => {
      if (iframe.style.height !== flow.heights.at(-1)) flow.heights.push(iframe.style.height);
    }).observe(iframe, { attributeFilter: ['style'] });
    const loaded = new Promise((done) => iframe.addEventListener('load', done, { once: true }));
    iframe.src = src;
    document.body.append(iframe);
    return loaded.then(() => undefined);
  };
  window.ready = true;
`;

const LENDER = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    ${PROBLEMS_SCRIPT}
    <script type="module">${LENDER_SCRIPT}</script>
  </head>
  <body></body>
</html>`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

interface Recorded {
  message: Record<string, unknown>;
  targetOrigin: string;
  frame: number;
}
interface Flow {
  iframe: HTMLIFrameElement;
  actions: FrameAction[];
  heights: string[];
  stop(): void;
}
// Globals of the pages above, as seen from `page.evaluate` callbacks.
declare const flows: Record<string, Flow>;
declare const messages: { origin: string; type: string; text?: string }[];
declare const addFlow: (id: string, src: string, options: object) => Promise<void>;
declare const __posts: Recorded[];
declare const __post: (message: unknown, targetOrigin: string) => void;
declare const __element: HTMLElement & {
  variant: string;
  code: string;
  theme: string;
  updateComplete: Promise<boolean>;
  resolution: { reason: string; provider: string | null; code: string };
};

const VALID_ACTION = RETRY_ACTION;
const validResize = (height: number) => ({
  source: 'bank-connect-error',
  version: 1,
  type: 'resize',
  height,
});

// In every engine: the bridge is what a borrower's connect flow depends on.
for (const engine of PAGE_ENGINES) {
  describe(`iframe connect flows: <bank-connect-error parent-origin> and bridgeFrame, in ${ENGINE_NAMES[engine]}`, () => {
    let browser: EngineBrowser;
    let lender: StaticServer;
    let flow: StaticServer;
    let other: StaticServer;

    before(async () => {
      const frameCsp = (ancestors: string) =>
        `default-src 'none'; script-src 'self' ${sha256(FRAME_SCRIPT)}; style-src ${sha256(FRAME_STYLE)}; img-src data:; frame-ancestors ${ancestors}`;
      // `style-src 'self'` without 'unsafe-inline': the bridge's CSSOM height must still apply.
      const lenderCsp = () =>
        `default-src 'none'; script-src 'self' ${sha256(LENDER_SCRIPT)}; style-src 'self'; img-src data:; frame-src ${flow.origin} ${other.origin}`;
      const headers = (path: string): Record<string, string> => {
        if (path === '/lender.html') return { 'content-security-policy': lenderCsp() };
        if (path === '/frame.html') {
          return { 'content-security-policy': frameCsp(`${lender.origin} ${other.origin}`) };
        }
        if (path === '/strict-frame.html') {
          return { 'content-security-policy': frameCsp(lender.origin) };
        }
        return {};
      };
      const pages = {
        ...PROBLEMS_PAGE,
        '/lender.html': LENDER,
        '/frame.html': FRAME,
        '/strict-frame.html': FRAME,
      };
      [lender, flow, other] = await Promise.all([
        serve('dist', { pages, headers }),
        serve('dist', { pages, headers }),
        serve('dist', { pages, headers }),
      ]);
      browser = await launchEngine(engine);
    });
    after(async () => {
      await browser?.close();
      await Promise.all([lender, flow, other].map((server) => server?.close()));
    });

    const frameUrl = (server: StaticServer, params: Record<string, string>, path = '/frame.html') =>
      `${server.origin}${path}?${new URLSearchParams(params)}`;

    // Chromium stops rendering cross-origin iframes out of view (no animation frames, no
    // ResizeObserver), so every page is tall enough to show all of its flows.
    async function openLender(server = lender) {
      const page = await browser.newPage({ width: 1600, height: 1200 });
      await page.goto(`${server.origin}/lender.html`);
      await page.waitForFunction('window.ready === true');
      return { page, problems: page.problems };
    }

    /** Waits until the element rendered and its first height had the frames it needs to go out. */
    async function settle(frame: Frame) {
      await frame.waitForFunction(() => typeof __element !== 'undefined' && __element.isConnected);
      await frame.evaluate(async () => {
        await customElements.whenDefined('bank-connect-error');
        await __element.updateComplete;
        for (let i = 0; i < 4; i++) await new Promise((done) => requestAnimationFrame(done));
      });
    }

    async function embed(page: Page, id: string, src: string, options: object) {
      await page.evaluate(([id, src, options]) => addFlow(id, src, options), [
        id,
        src,
        options,
      ] as const);
      const frame = await page.frame(`iframe[title="${id}"]`);
      await settle(frame);
      return frame;
    }

    const posts = (frame: Frame) => frame.evaluate(() => __posts);
    const flowOf = (page: Page, id: string) =>
      page.evaluate((id) => {
        const { actions, heights, iframe } = flows[id]!;
        return { actions, heights, height: iframe.style.height };
      }, id);
    const elementHeight = (frame: Frame) =>
      frame.evaluate(() => `${Math.ceil(__element.getBoundingClientRect().height)}px`);
    const click = (frame: Frame, part: string) =>
      frame.click('bank-connect-error', `[part~="${part}"]`);

    /**
     * Messages from one window arrive in order: once the lender's window saw this one, it has
     * handled (or dropped) everything the frame posted before it.
     */
    let flushes = 0;
    async function flush(page: Page, frame: Frame, to: string) {
      const token = `flush ${++flushes}`;
      await frame.evaluate(([token, to]) => __post(token, to), [token, to] as const);
      await page.waitForFunction((token) => messages.some((m) => m.text === token), token);
      // Heights apply in the next animation frame: wait for it, so a height let through shows.
      await nextFrames(page);
    }
    const nextFrames = (page: Page) =>
      page.evaluate(
        () =>
          new Promise((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done(null))),
          ),
      );
    const isFlush = (m: { text?: string }) => m.text?.startsWith('flush ');

    it('posts actions and heights to exactly parent-origin, and the iframe follows the content', async () => {
      const { page, problems } = await openLender();
      const frame = await embed(
        page,
        'main',
        frameUrl(flow, {
          provider: 'flinks',
          code: 'INVALID_LOGIN',
          institution: 'Tangerine',
          'institution-url': 'https://www.tangerine.ca/',
          actions: 'retry visit_institution',
          'parent-origin': lender.origin,
        }),
        { origin: flow.origin },
      );

      await page.waitForFunction(() => flows.main!.heights.length > 0);
      assert.equal((await flowOf(page, 'main')).height, await elementHeight(frame));

      await click(frame, 'button-primary');
      await page.waitForFunction(() => flows.main!.actions.length === 1);
      const { reason, provider, code } = await frame.evaluate(() => __element.resolution);
      assert.deepEqual((await flowOf(page, 'main')).actions, [
        { action: 'retry', reason, provider, code },
      ]);
      assert.equal(code, 'Invalid Login');

      // The content changes; the iframe follows, whatever changed it.
      const follows = async (change: () => Promise<unknown>) => {
        const was = (await flowOf(page, 'main')).height;
        await change();
        await settle(frame);
        const now = await elementHeight(frame);
        assert.notEqual(now, was);
        await page.waitForFunction((now) => flows.main!.iframe.style.height === now, now);
      };
      await follows(() => frame.evaluate(() => (__element.variant = 'compact')));
      await follows(() => frame.evaluate(() => (__element.variant = 'panel')));
      await follows(() => frame.evaluate(() => (__element.code = 'Retry Later')));
      await follows(() => page.evaluate(() => (flows.main!.iframe.style.width = '260px')));
      // An iframe sized border-box still gives the flow all of the element's height.
      await page.evaluate(() => {
        const { style } = flows.main!.iframe;
        style.boxSizing = 'border-box';
        style.border = '6px solid';
        style.padding = '3px';
      });
      await frame.evaluate(() => (__element.variant = 'compact'));
      await settle(frame);
      const inner = await elementHeight(frame);
      await page.waitForFunction(
        (inner) => `${flows.main!.iframe.clientHeight - 6}px` === inner,
        inner,
      );

      const sent = await posts(frame);
      assert.ok(sent.every((post) => post.targetOrigin === lender.origin));
      assert.deepEqual(
        [...new Set(sent.map((post) => post.message.type))].sort(),
        ['action', 'resize'],
        'both kinds were sent',
      );
      for (const { message } of sent) {
        const keys =
          message.type === 'action'
            ? ['action', 'code', 'provider', 'reason', 'source', 'type', 'version']
            : ['height', 'source', 'type', 'version'];
        assert.deepEqual(Object.keys(message).sort(), keys);
        assert.equal(message.source, 'bank-connect-error');
        assert.equal(message.version, 1);
      }
      // No personal data: not the bank's name or website, not what a listener wrote into the event.
      assert.doesNotMatch(JSON.stringify(sent), /Tangerine|tangerine\.ca|borrower@/);
      // Each resize says something new.
      const heights = sent.filter((p) => p.message.type === 'resize').map((p) => p.message.height);
      assert.ok(heights.every((height, i) => i === 0 || height !== heights[i - 1]));
      assert.ok(
        (await page.evaluate(() => messages)).every((m) => m.origin === flow.origin),
        'every message came from the flow’s origin',
      );
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('sends a height at most once per frame, and only when it changed', async () => {
      const { page, problems } = await openLender();
      const frame = await embed(
        page,
        'busy',
        frameUrl(flow, { code: '936', provider: 'finicity', 'parent-origin': lender.origin }),
        { origin: flow.origin },
      );
      const resizes = async () =>
        (await posts(frame)).filter((post) => post.message.type === 'resize');
      const first = (await resizes()).length;
      assert.equal(first, 1, 'the first height, once');

      // Changes that leave the height alone send nothing: a theme, moving the element, its width.
      await frame.evaluate(() => (__element.theme = 'dark'));
      await frame.evaluate(() => {
        for (let i = 0; i < 5; i++) document.body.append(__element);
      });
      await settle(frame);
      assert.equal((await resizes()).length, first);
      let expected = first;
      let height = await elementHeight(frame);
      for (const width of [479, 478, 477, 476, 475]) {
        await frame.evaluate((width) => (__element.style.width = `${width}px`), width);
        await settle(frame);
        const now = await elementHeight(frame);
        if (now !== height) [expected, height] = [expected + 1, now];
      }
      assert.equal((await resizes()).length, expected);

      // Thirty frames of five height changes each: one message per frame at most.
      await frame.evaluate(async () => {
        for (let frameIndex = 0; frameIndex < 30; frameIndex++) {
          for (let step = 1; step <= 5; step++) {
            __element.style.setProperty(
              '--bank-connect-error-padding',
              `${frameIndex * 2 + step}px`,
            );
            __element.getBoundingClientRect();
          }
          await new Promise((done) => requestAnimationFrame(done));
        }
      });
      await settle(frame);
      const sent = (await resizes()).slice(first);
      assert.ok(sent.length >= 10, `heights kept coming (${sent.length})`);
      assert.ok(sent.length <= 31, `at most one per frame (${sent.length})`);
      const frames = sent.map((post) => post.frame);
      assert.equal(new Set(frames).size, frames.length, 'never two in one frame');
      await flush(page, frame, lender.origin);
      assert.equal((await flowOf(page, 'busy')).height, await elementHeight(frame));
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('posts no action the flow’s own listener cancelled', async () => {
      const { page, problems } = await openLender();
      const frame = await embed(
        page,
        'cancel',
        frameUrl(flow, {
          code: 'INVALID_LOGIN',
          actions: 'retry visit_institution',
          cancel: 'retry',
          'parent-origin': lender.origin,
        }),
        { origin: flow.origin },
      );
      await click(frame, 'button-primary');
      await click(frame, 'button-secondary');
      await page.waitForFunction(() => flows.cancel!.actions.length > 0);
      await flush(page, frame, lender.origin);
      assert.deepEqual(
        (await flowOf(page, 'cancel')).actions.map((a) => a.action),
        ['visit_institution'],
      );
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('never reaches a parent on another origin than parent-origin, and never posts to *', async () => {
      // The flow says the lender is `lender`, but `other` frames it.
      const { page, problems } = await openLender(other);
      const frame = await embed(
        page,
        'misplaced',
        frameUrl(flow, { code: 'INVALID_LOGIN', 'parent-origin': lender.origin }),
        { origin: flow.origin },
      );
      await click(frame, 'button-primary');
      await frame.evaluate(() => (__element.variant = 'compact'));
      await settle(frame);
      await flush(page, frame, other.origin);

      const sent = await posts(frame);
      assert.ok(sent.some((post) => post.message.type === 'action'));
      assert.ok(sent.some((post) => post.message.type === 'resize'));
      assert.ok(sent.every((post) => post.targetOrigin === lender.origin));
      // The browser dropped every one of them: only the test's own flush arrived.
      const arrived = await page.evaluate(() => messages);
      assert.equal(arrived.length, 1);
      assert.ok(isFlush(arrived[0]!));
      assert.deepEqual(await flowOf(page, 'misplaced'), { actions: [], heights: [], height: '' });
      // Firefox reports each message it dropped as an error of the flow's page; the others, nothing.
      const dropped = /postMessage.*target origin .* does not match the recipient window/;
      const unexpected = problems.filter((p) => !(engine === 'firefox' && dropped.test(p)));
      assert.deepEqual(unexpected, []);
      await page.close();
    });

    it('posts nothing for a parent-origin that is not an exact origin, or outside an iframe', async () => {
      const { page, problems } = await openLender();
      const invalid = [
        '*',
        '',
        'null',
        `${lender.origin}/`,
        `${lender.origin}/apply`,
        lender.origin.toUpperCase(),
        `${lender.origin} ${flow.origin}`,
        'javascript:alert(1)',
        'data:text/html,hi',
        'file:///etc/passwd',
      ];
      const frames = await Promise.all(
        invalid.map((value, i) =>
          embed(
            page,
            `invalid${i}`,
            frameUrl(flow, { code: 'INVALID_LOGIN', 'parent-origin': value }),
            { origin: flow.origin },
          ),
        ),
      );
      for (const frame of frames) await click(frame, 'button-primary');
      // Surrounding white space is forgiven: the origin itself is exact.
      const spaced = await embed(
        page,
        'spaced',
        frameUrl(flow, { code: 'INVALID_LOGIN', 'parent-origin': ` ${lender.origin}\n` }),
        { origin: flow.origin },
      );
      await click(spaced, 'button-primary');
      await page.waitForFunction(() => flows.spaced!.actions.length === 1);

      for (const [i, frame] of frames.entries()) {
        await settle(frame);
        assert.deepEqual(
          await posts(frame),
          [],
          `nothing posted for ${JSON.stringify(invalid[i])}`,
        );
      }
      assert.ok((await posts(spaced)).every((post) => post.targetOrigin === lender.origin));

      // Outside an iframe, a valid parent-origin posts nothing either (not even to itself).
      const top = await browser.newPage();
      const topProblems = top.problems;
      await top.goto(frameUrl(flow, { code: 'INVALID_LOGIN', 'parent-origin': flow.origin }));
      await settle(top);
      await click(top, 'button-primary');
      await settle(top);
      assert.deepEqual(await posts(top), []);
      assert.deepEqual(problems, []);
      assert.deepEqual(topProblems, []);
      await top.close();
      await page.close();
    });

    it('ignores messages from another window, another origin, and any malformed payload', async () => {
      const { page, problems } = await openLender();
      const params = { code: 'INVALID_LOGIN', 'parent-origin': lender.origin };
      const main = await embed(page, 'main', frameUrl(flow, params), { origin: flow.origin });
      // Same origin as the flow, another window, not bridged.
      const sibling = await embed(page, 'sibling', frameUrl(flow, params), { resize: false });
      // The right window for another bridge's origin: the iframe is `other`'s page.
      const stranger = await embed(page, 'stranger', frameUrl(other, params), {
        origin: flow.origin,
      });
      await page.waitForFunction(() => flows.main!.heights.length === 1);
      const height = (await flowOf(page, 'main')).height;

      // Valid messages, from the wrong window or origin.
      for (const frame of [sibling, stranger]) {
        await frame.evaluate(
          ([action, to]) => {
            __post(action, to);
            __post({ ...action, type: 'resize', height: 999 }, to);
          },
          [VALID_ACTION, lender.origin] as const,
        );
        await click(frame, 'button-primary');
        await flush(page, frame, lender.origin);
      }

      // Malformed and oversized, from the right window and origin.
      const { source, version, type, ...fields } = VALID_ACTION;
      const malformed: unknown[] = [
        null,
        undefined,
        0,
        '',
        'bank-connect-error',
        JSON.stringify(VALID_ACTION),
        [VALID_ACTION],
        { data: VALID_ACTION },
        { ...VALID_ACTION, version: 2 },
        { ...VALID_ACTION, version: '1' },
        { ...VALID_ACTION, source: 'Bank-Connect-Error' },
        { ...VALID_ACTION, type: 'ACTION' },
        { ...VALID_ACTION, type: 'navigate', url: 'javascript:alert(1)' },
        { ...VALID_ACTION, type: 'resize' },
        { ...VALID_ACTION, url: 'https://evil.example/' },
        { ...VALID_ACTION, institution: 'Tangerine' },
        { source, version, type, ...fields, code: undefined },
        {
          source,
          version,
          type,
          action: 'retry',
          reason: 'invalid_credentials',
          provider: 'flinks',
        },
        { ...VALID_ACTION, provider: 'akoya' },
        { ...VALID_ACTION, provider: 'Flinks' },
        { ...VALID_ACTION, provider: undefined },
        { ...VALID_ACTION, action: 'delete_account' },
        { ...VALID_ACTION, action: 'constructor' },
        { ...VALID_ACTION, reason: 'toString' },
        { ...VALID_ACTION, code: 936 },
        { ...VALID_ACTION, code: 'x'.repeat(65) },
        { ...VALID_ACTION, code: 'Invalid\u202eLogin' },
        { ...VALID_ACTION, code: 'Invalid\nLogin' },
        { ...VALID_ACTION, code: { toString: 'Invalid Login' } },
        { ...VALID_ACTION, code: '<img src=x onerror=alert(1)>' },
        { ...VALID_ACTION, code: 'Invalid "Login"' },
        { ...VALID_ACTION, code: 'Invalid\u00adLogin' },
        { ...VALID_ACTION, code: 'Invalid\u{e0041}Login' },
        { ...validResize(300), height: '300' },
        { ...validResize(300), height: [300] },
        validResize(-1),
        validResize(0),
        validResize(0.5),
        validResize(Number.MIN_VALUE),
        validResize(Number.NaN),
        validResize(Number.POSITIVE_INFINITY),
        validResize(10_001),
        validResize(1e9),
        { ...validResize(300), extra: 1 },
        { ...validResize(300), type: 'action' },
      ];
      await main.evaluate(
        ([payloads, to, action]) => {
          for (const payload of payloads) __post(payload, to);
          // Built here: the test driver would turn an own `__proto__` key into a prototype.
          __post(
            JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(action).slice(1)}`),
            to,
          );
          // Oversized, built here rather than sent through the test driver.
          __post({ ...action, code: 'x'.repeat(100_000) }, to);
          __post({ ...action, padding: 'x'.repeat(1_000_000) }, to);
          __post(new Array(200_000).fill(action), to);
          __post(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])), to);
          __post(new Map([['source', 'bank-connect-error']]), to);
          __post(new Date(), to);
          __post(new Uint8Array(1024), to);
        },
        [malformed, lender.origin, VALID_ACTION] as const,
      );

      // 500 generated payloads: anything at all, and valid messages with one thing wrong.
      await main.evaluate(
        ([payloads, to]) => {
          for (const payload of payloads) __post(payload, to);
        },
        [randomPayloads(), lender.origin] as const,
      );
      await flush(page, main, lender.origin);
      assert.deepEqual(await flowOf(page, 'main'), { actions: [], heights: [height], height });

      // Still working: the real element, and a well-formed message, both get through.
      await click(main, 'button-primary');
      await main.evaluate(([message, to]) => __post(message, to), [
        validResize(321),
        lender.origin,
      ] as const);
      await page.waitForFunction(() => flows.main!.iframe.style.height === '321px');
      assert.deepEqual(
        (await flowOf(page, 'main')).actions.map((a) => a.action),
        ['retry'],
      );
      assert.deepEqual(await flowOf(page, 'stranger'), { actions: [], heights: [], height: '' });
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('takes only what the browser delivered, at most one height a frame, past a clobbered defaultView', async () => {
      const { page, problems } = await openLender();
      // Injected markup naming an element `defaultView` shadows `document.defaultView`.
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.name = 'defaultView';
        document.body.append(img);
      });
      assert.equal(
        await page.evaluate(() => (document.defaultView as unknown as Element).localName),
        'img',
      );
      const params = { code: 'INVALID_LOGIN', 'parent-origin': lender.origin };
      const main = await embed(page, 'main', frameUrl(flow, params), { origin: flow.origin });
      await page.waitForFunction(() => flows.main!.heights.length === 1);
      const { height } = await flowOf(page, 'main');

      // Made by a script on the lender's page: the right origin and window, but not delivered.
      const withSource = await page.evaluate(
        ([action, resize, origin]) => {
          let source: Window | null = flows.main!.iframe.contentWindow;
          try {
            new MessageEvent('message', { source });
          } catch {
            source = null; // Firefox puts no other site's window in an event a script made
          }
          for (const data of [action, resize]) {
            window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
          }
          return source !== null;
        },
        [VALID_ACTION, validResize(555), flow.origin] as const,
      );
      assert.equal(withSource, engine !== 'firefox', 'the iframe’s window in a made-up event');
      await nextFrames(page);
      assert.deepEqual(await flowOf(page, 'main'), { actions: [], heights: [height], height });

      // A flood of heights, all posted in one task: applied at most once per animation frame.
      // Counts animation frames, and records the frame of each height applied. (A string: the
      // test runner's transform would name the functions with a helper the page lacks.)
      await page.evaluate(`
      window.frame = 0;
      window.applied = [];
      requestAnimationFrame(function tick() {
        window.frame++;
        requestAnimationFrame(tick);
      });
      new MutationObserver((records) => records.forEach(() => applied.push(frame))).observe(
        flows.main.iframe,
        { attributeFilter: ['style'] },
      );
    `);
      await main.evaluate(
        ([to]) => {
          for (let i = 1; i <= 1000; i++) {
            __post(
              { source: 'bank-connect-error', version: 1, type: 'resize', height: 100 + i },
              to,
            );
          }
        },
        [lender.origin] as const,
      );
      await flush(page, main, lender.origin);
      await page.waitForFunction(() => flows.main!.iframe.style.height === '1100px');
      const applied = await page.evaluate(
        () => (window as unknown as { applied: number[] }).applied,
      );
      assert.ok(applied.length >= 1);
      assert.equal(
        new Set(applied).size,
        applied.length,
        `${applied.length} heights applied in ${new Set(applied).size} frames`,
      );

      // The real element still gets through.
      await click(main, 'button-primary');
      await page.waitForFunction(() => flows.main!.actions.length === 1);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('stops at unsubscribe; two bridges each hear only their own iframe', async () => {
      const { page, problems } = await openLender();
      const params = (variant: string, code: string) => ({
        code,
        variant,
        actions: 'retry visit_institution choose_another_institution verify_another_way',
        'parent-origin': lender.origin,
      });
      const [a, b, fixed] = await Promise.all([
        embed(page, 'a', frameUrl(flow, params('compact', 'INVALID_LOGIN')), {
          origin: flow.origin,
        }),
        embed(page, 'b', frameUrl(flow, params('panel', '910')), { origin: flow.origin }),
        // A bridge that only listens for actions leaves the iframe's size to the page.
        embed(page, 'fixed', frameUrl(flow, params('panel', '936')), {
          origin: flow.origin,
          resize: false,
        }),
      ]);
      await click(fixed, 'button-primary');
      await page.waitForFunction(() => flows.fixed!.actions.length === 1);
      assert.equal((await flowOf(page, 'fixed')).height, '');
      assert.ok((await posts(fixed)).some((post) => post.message.type === 'resize'));
      await page.waitForFunction(() => flows.a!.heights.length && flows.b!.heights.length);
      assert.equal((await flowOf(page, 'a')).height, await elementHeight(a));
      assert.equal((await flowOf(page, 'b')).height, await elementHeight(b));
      assert.notEqual(await elementHeight(a), await elementHeight(b));

      await click(a, 'button-primary');
      await click(b, 'button-secondary');
      await page.waitForFunction(() => flows.a!.actions.length && flows.b!.actions.length);
      await flush(page, a, lender.origin);
      await flush(page, b, lender.origin);
      assert.deepEqual(
        (await flowOf(page, 'a')).actions.map((x) => `${x.action} ${x.code}`),
        ['retry Invalid Login'],
      );
      assert.deepEqual(
        (await flowOf(page, 'b')).actions.map((x) => `${x.action} ${x.code}`),
        ['verify_another_way 910'],
      );

      await page.evaluate(() => {
        flows.a!.stop();
        flows.a!.stop();
      });
      const stopped = await flowOf(page, 'a');
      await click(a, 'button-primary');
      await a.evaluate(() => (__element.variant = 'panel'));
      await settle(a);
      await flush(page, a, lender.origin);
      assert.ok((await posts(a)).length > 2, 'the element kept posting');
      assert.deepEqual(await flowOf(page, 'a'), stopped, 'nothing reached the stopped bridge');

      // The other bridge is untouched.
      await click(b, 'button-primary');
      await page.waitForFunction(() => flows.b!.actions.length === 2);
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('bridgeFrame never throws on bad arguments, and `*` is no origin', async () => {
      const { page, problems } = await openLender();
      const results = await page.evaluate(() => {
        const { bridgeFrame } = window as unknown as {
          bridgeFrame: (...args: unknown[]) => unknown;
        };
        const iframe = document.createElement('iframe');
        const throwing = {
          get origin(): string {
            throw new Error('getter');
          },
        };
        const bad: unknown[][] = [
          [],
          [null, { origin: 'https://a.example' }],
          [document.body, { origin: 'https://a.example' }],
          [{ contentWindow: window }, { origin: 'https://a.example' }],
          [iframe],
          [iframe, null],
          [iframe, throwing],
          [iframe, { origin: '*' }],
          [iframe, { origin: 'https://a.example/' }],
          [iframe, { origin: 'null' }],
          [iframe, { origin: 42 }],
          [iframe, { origin: 'https://a.example', onAction: 'alert(1)', resize: 'yes' }],
        ];
        return bad.map((args) => {
          try {
            const stop = bridgeFrame(...args);
            (stop as () => void)();
            return typeof stop;
          } catch (error) {
            return String(error);
          }
        });
      });
      assert.deepEqual(results, new Array(results.length).fill('function'));

      // A bridge that asks for `*` hears nothing, even from a flow that posts to this page.
      const frame = await embed(
        page,
        'star',
        frameUrl(flow, { code: 'INVALID_LOGIN', 'parent-origin': lender.origin }),
        { origin: '*' },
      );
      await click(frame, 'button-primary');
      await flush(page, frame, lender.origin);
      assert.deepEqual(await flowOf(page, 'star'), { actions: [], heights: [], height: '' });
      assert.ok((await page.evaluate(() => messages)).some((m) => m.type === 'action'));
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('a flow page sent with frame-ancestors cannot be framed by another site', async () => {
      const { page } = await openLender(other);
      await page.evaluate(
        (src) => addFlow('blocked', src, { origin: src.slice(0, src.indexOf('/', 8)) }),
        frameUrl(flow, { code: '936', 'parent-origin': other.origin }, '/strict-frame.html'),
      );
      const frame = await page.frame('iframe[title="blocked"]');
      assert.equal(await frame.evaluate(() => document.querySelector('bank-connect-error')), null);
      await page.close();
    });
  });
}

/** 500 payloads the bridge must drop: anything at all, and valid messages with one thing wrong. */
function randomPayloads(): unknown[] {
  const not = (allowed: readonly unknown[]) =>
    fc.anything({ maxDepth: 1 }).filter((value) => !allowed.includes(value as never));
  const wrong: Record<string, fc.Arbitrary<unknown>> = {
    source: not(['bank-connect-error']),
    version: not([1]),
    type: not(['action', 'resize']),
    action: not(ACTIONS),
    reason: not(REASONS),
    provider: not([...PROVIDERS, null]),
    code: fc.oneof(
      fc.anything({ maxDepth: 1 }).filter((value) => typeof value !== 'string'),
      fc.string({ minLength: 65, maxLength: 200 }),
      fc
        .tuple(fc.string(), fc.constantFrom('\u0000', '\n', '\u202e', '\u2066', '\ufeff'))
        .map(([text, invisible]) => `${text}${invisible}`),
      // Anything outside the documented codes' alphabet: markup, quotes, other scripts.
      fc.string({ maxLength: 64 }).filter((code) => /[^\w ./-]/.test(code)),
    ),
    height: fc.oneof(
      fc.anything({ maxDepth: 1 }).filter((value) => typeof value !== 'number'),
      fc.double({ max: 1, maxExcluded: true }),
      fc.double({ min: 10_000.001, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
    ),
  };
  const valid = fc.oneof(
    fc.record({
      source: fc.constant('bank-connect-error'),
      version: fc.constant(1),
      type: fc.constant('action'),
      action: fc.constantFrom(...ACTIONS),
      reason: fc.constantFrom(...REASONS),
      provider: fc.constantFrom(...PROVIDERS, null),
      code: fc.string({ maxLength: 20 }).filter((code) => /^[\w ]*$/.test(code)),
    }),
    fc.record({
      source: fc.constant('bank-connect-error'),
      version: fc.constant(1),
      type: fc.constant('resize'),
      height: fc.integer({ min: 1, max: 10_000 }),
    }),
  ) as fc.Arbitrary<Record<string, unknown>>;
  const oneThingWrong = fc
    .tuple(valid, fc.nat(), fc.constantFrom('drop', 'add', 'replace'), fc.anything())
    .chain(([message, pick, how, extra]) => {
      const keys = Object.keys(message);
      const key = keys[pick % keys.length]!;
      if (how === 'drop') {
        const rest = { ...message };
        delete rest[key];
        return fc.constant(rest);
      }
      if (how === 'add') return fc.constant({ ...message, unexpected: extra });
      return wrong[key]!.map((value) => ({ ...message, [key]: value }));
    });
  return [
    ...fc.sample(fc.anything({ maxDepth: 3, withNullPrototype: true }), { numRuns: 250, seed: 6 }),
    ...fc.sample(oneThingWrong, { numRuns: 250, seed: 6 }),
  ];
}
