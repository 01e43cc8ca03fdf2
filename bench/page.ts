// Runs in headless Chromium: renders N instances of each candidate and times it, so that every
// ratio printed compares numbers measured in the same page, on the same machine, in one run.
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import { LitElement, css, html } from 'lit';
import '../src/bank-connect-error.js';
import { resolve, setLocale, type BankConnectError } from '../src/bank-connect-error.js';
import { listCodes } from '../src/catalog.js';
import { reasonText } from '../src/messages/reasons.js';

/** A mix of codes from all three providers. */
const MIX = listCodes().filter((_, i) => i % 4 === 0);
const TEXTS = MIX.map(({ provider, code }) => reasonText(resolve({ provider, code }).reason, null));

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
  static override properties = { heading: {}, message: {} };
  declare heading: string;
  declare message: string;
  override render() {
    return html`<div role="alert">
      <p><strong>${this.heading}</strong></p>
      <p>${this.message}</p>
    </div>`;
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
    const title = document.createElement('strong');
    title.textContent = this.getAttribute('heading');
    const message = document.createElement('p');
    message.textContent = this.getAttribute('message');
    box.append(title, message);
    root.append(box);
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
    el.heading = TEXTS[i % TEXTS.length]!.title;
    el.message = TEXTS[i % TEXTS.length]!.message;
    return el;
  },
  'sl-alert': (i) => {
    const el = document.createElement('sl-alert');
    el.setAttribute('open', '');
    el.setAttribute('variant', 'danger');
    const title = document.createElement('strong');
    title.textContent = TEXTS[i % TEXTS.length]!.title;
    el.append(title, document.createElement('br'), TEXTS[i % TEXTS.length]!.message);
    return el;
  },
  'plain custom element': (i) => {
    const el = document.createElement('plain-element');
    el.setAttribute('heading', TEXTS[i % TEXTS.length]!.title);
    el.setAttribute('message', TEXTS[i % TEXTS.length]!.message);
    return el;
  },
};

const settled = (elements: HTMLElement[]) =>
  Promise.all(elements.map((el) => (el as Partial<LitElement>).updateComplete));

/** Creates, appends and renders `count` instances; returns milliseconds until laid out. */
async function renderOnce(make: Candidate, count: number): Promise<number> {
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
    const start = performance.now();
    await setLocale('es');
    await settled(elements as BankConnectError[]);
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
