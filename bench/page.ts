// Runs in headless Chromium: renders N instances of each candidate and times it, so that every
// ratio printed compares numbers measured in the same page, on the same machine, in one run.
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import { LitElement, css, html } from 'lit';
import { listCodes } from '../src/catalog.js';

// <bank-connect-error> itself, and the words it shows, come from the production drop-in that
// lenders ship.
const BUNDLE = '/dist/bank-connect-error.bundled.js';
const { setLocale, resolve, borrowerView } = (await import(
  /* @vite-ignore */ BUNDLE
)) as typeof import('../src/bank-connect-error.js');

/** A mix of codes from all three providers. */
const MIX = listCodes().filter((_, i) => i % 4 === 0);

/** The words <bank-connect-error> shows for each code: the baselines show the same. */
const TEXTS = MIX.map(({ provider, code }) => {
  const { title, message, wait, buttons, reference } = borrowerView(resolve({ provider, code }));
  return {
    title,
    message: wait ? `${message} ${wait}` : message,
    buttons: buttons.map((button) => button.label),
    reference,
  };
});

/** Baseline: the least a Lit element needs to show the same words. */
class MinimalLit extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 1rem;
      border: 1px solid #ccc;
    }
    p {
      margin: 0;
    }
  `;
  static override properties = { words: { attribute: false } };
  declare words: (typeof TEXTS)[number];
  override render() {
    const { title, message, buttons, reference } = this.words;
    return html`<div role="alert">
        <p><strong>${title}</strong></p>
        <p>${message}</p>
      </div>
      ${buttons.map((label) => html`<button>${label}</button>`)}
      <p>${reference}</p>`;
  }
}
customElements.define('minimal-lit', MinimalLit);

/** Baseline: a plain custom element writing its shadow root once. */
class PlainElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    const words = TEXTS[Number(this.getAttribute('words'))]!;
    const title = document.createElement('strong');
    title.textContent = words.title;
    const message = document.createElement('p');
    message.textContent = words.message;
    box.append(title, message);
    const buttons = words.buttons.map((label) => {
      const button = document.createElement('button');
      button.textContent = label;
      return button;
    });
    const reference = document.createElement('p');
    reference.textContent = words.reference;
    root.append(box, ...buttons, reference);
  }
}
customElements.define('plain-element', PlainElement);

type Candidate = (i: number) => HTMLElement;

const CANDIDATES: Record<string, Candidate> = {
  'bank-connect-error': (i) => {
    const el = document.createElement('bank-connect-error');
    el.setAttribute('provider', MIX[i % MIX.length]!.provider);
    el.setAttribute('code', MIX[i % MIX.length]!.code);
    return el;
  },
  'minimal Lit element': (i) => {
    const el = document.createElement('minimal-lit') as MinimalLit;
    el.words = TEXTS[i % TEXTS.length]!;
    return el;
  },
  'sl-alert': (i) => {
    const el = document.createElement('sl-alert');
    el.setAttribute('open', '');
    el.setAttribute('variant', 'danger');
    const words = TEXTS[i % TEXTS.length]!;
    const title = document.createElement('strong');
    title.textContent = words.title;
    const buttons = words.buttons.map((label) => {
      const button = document.createElement('button');
      button.textContent = label;
      return button;
    });
    el.append(title, document.createElement('br'), words.message, ...buttons, words.reference);
    return el;
  },
  'plain custom element': (i) => {
    const el = document.createElement('plain-element');
    el.setAttribute('words', String(i % TEXTS.length));
    return el;
  },
};

const settled = (elements: HTMLElement[]) =>
  Promise.all(elements.map((el) => (el as Partial<LitElement>).updateComplete));

/**
 * Collects the garbage the previous measurement left, so that no candidate pays, at random, for
 * collecting another's thousands of elements (without this the 1,000-instance ratios swing by a
 * third between runs). Every candidate then starts from the same small heap.
 */
async function startClean() {
  const { gc } = window as { gc?: () => void };
  if (!gc) throw new Error('the bench needs Chromium started with --js-flags=--expose-gc');
  gc();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Creates, appends and renders `count` instances; returns milliseconds until laid out. */
async function renderOnce(make: Candidate, count: number): Promise<number> {
  await startClean();
  const container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  const elements = Array.from({ length: count }, (_, i) => make(i));
  container.append(...elements);
  await settled(elements);
  void container.offsetHeight; // layout, as a page would
  const time = performance.now() - start;
  container.remove();
  return time;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function renderBench(count: number, repeats: number) {
  const results: Record<string, number> = {};
  for (const name of Object.keys(CANDIDATES)) await renderOnce(CANDIDATES[name]!, 100); // warm up
  const times: Record<string, number[]> = {};
  // Interleave candidates so that drift in the machine's speed affects all of them alike.
  for (let r = 0; r < repeats; r++) {
    for (const [name, make] of Object.entries(CANDIDATES)) {
      (times[name] ??= []).push(await renderOnce(make, count));
    }
  }
  for (const [name, values] of Object.entries(times)) results[name] = median(values);
  return results;
}

async function localeSwitchBench(repeats: number) {
  const container = document.createElement('div');
  document.body.append(container);
  const elements = Array.from({ length: 1000 }, (_, i) => CANDIDATES['bank-connect-error']!(i));
  container.append(...elements);
  await settled(elements);
  await setLocale('es'); // the first switch downloads the Spanish module: not what we time
  await setLocale('en');
  await settled(elements);
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    await startClean();
    const start = performance.now();
    await setLocale('es');
    await settled(elements);
    void container.offsetHeight;
    times.push(performance.now() - start);
    await setLocale('en');
    await settled(elements);
  }
  container.remove();
  return median(times);
}

declare global {
  interface Window {
    runBench(options: { repeats1k: number; repeats10k: number }): Promise<unknown>;
  }
}

window.runBench = async ({ repeats1k, repeats10k }) => ({
  render1k: await renderBench(1_000, repeats1k),
  render10k: await renderBench(10_000, repeats10k),
  switch1k: await localeSwitchBench(repeats1k),
});
