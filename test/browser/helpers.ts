import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { REASONS, type Reason } from '../../src/bank-connect-error.js';
import { listCodes } from '../../src/catalog.js';
import type { BankConnectError } from '../../src/bank-connect-error.js';

export interface Options {
  code?: string;
  provider?: string;
  institution?: string;
  institutionUrl?: string;
  actions?: string;
  variant?: string;
  theme?: string;
  hideReference?: boolean;
}

/** Renders the element with the given attributes (an absent option is an absent attribute). */
export function render(options: Options): Promise<BankConnectError> {
  const o = options;
  return fixture<BankConnectError>(
    html`<bank-connect-error
      code=${o.code ?? nothing}
      provider=${o.provider ?? nothing}
      institution=${o.institution ?? nothing}
      institution-url=${o.institutionUrl ?? nothing}
      actions=${o.actions ?? nothing}
      variant=${o.variant ?? nothing}
      theme=${o.theme ?? nothing}
      ?hide-reference=${o.hideReference}
    ></bank-connect-error>`,
  );
}

/** One documented code per reason (and an undocumented one for `unknown`). */
export const SAMPLE: Record<Reason, { provider: string; code: string }> = Object.fromEntries(
  REASONS.map((reason) => [
    reason,
    listCodes().find((entry) => entry.reason === reason) ?? { provider: 'argyle', code: 'nope' },
  ]),
) as Record<Reason, { provider: string; code: string }>;

export const part = (el: BankConnectError, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const parts = (el: BankConnectError, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** What a sighted borrower reads in a part (screen-reader-only text left out). */
export function visibleText(el: BankConnectError, name: string): string {
  const node = part(el, name);
  if (!node) return '';
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

export const buttonLabels = (el: BankConnectError) =>
  parts(el, 'button').map((button) => {
    const copy = button.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent!.trim();
  });

/** Collects the element's development warnings while `run` runs. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Time for a test that runs axe: over a whole locale (every reason at once) axe takes 0.6 to 1.7 s
 * on a busy two-core machine, where mocha's default 5 s left too little room; 30 s leaves plenty.
 */
export const AXE_TIMEOUT = 30_000;

/** Runs axe once, so that its setup on first use is not counted in the first test's time. */
export async function warmUpAxe(): Promise<void> {
  await expect(await fixture(html`<p>axe</p>`)).to.be.accessible();
}
