import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { fromPayload, resolve, type Action, type Resolution } from '../core/index.js';
import { quoted } from '../quoted.js';
import { DEV_MODE, devWarning } from '../dev-warning.js';
import { LocaleController } from '../localization/locale-controller.js';
import { localeStore } from '../localization/localization.js';
import { directionOf } from '../localization/match-locale.js';
import { newTabText, severityLabel } from '../messages/labels.js';
import { VERSION } from '../version.js';
import { viewFor, type ShownButton } from '../view/borrower-view.js';
import { allowedActions, bankName, bankUrl, type LenderChoices } from '../view/lender-options.js';
import { BankConnectActionEvent } from './bank-connect-action-event.js';
import { styles } from './bank-connect-error.styles.js';
import { SEVERITY_ICONS } from './icons.js';
import { ParentFrameController } from './parent-frame.js';

export type Variant = 'inline' | 'panel' | 'compact';
export type Theme = 'light' | 'dark' | 'auto';

const VARIANTS: readonly Variant[] = ['inline', 'panel', 'compact'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
/** What an element shows before its first update; shared, since it is never changed. */
const NO_CODE = resolve({ code: '' });

/**
 * Shows a borrower what a bank-connection error means and the one next step that fixes it.
 * Its CSS custom properties are listed, with their defaults, by `bank-connect-error/theme`.
 *
 * @tagname bank-connect-error
 * @summary An aggregator error code (Argyle, Flinks, Finicity, Plaid, MX, Yodlee) in words a borrower understands.
 *
 * @slot - Extra content under the message, such as a support phone number.
 * @slot icon - Replaces the severity icon.
 * @slot actions - Replaces the action buttons.
 *
 * @event {BankConnectActionEvent} bank-connect-action - The borrower chose an action. Its `detail`
 *   holds `action`, `reason`, `provider` and `code`; it bubbles, is composed and is cancelable.
 *
 * @csspart base - The container.
 * @csspart icon-box - The severity icon's box (holds the `icon` slot).
 * @csspart title - What happened.
 * @csspart message - Why, and what to do.
 * @csspart retry - How long to wait before trying again.
 * @csspart action-row - The buttons' row (holds the `actions` slot).
 * @csspart button - Each action button (or the link to the bank's website).
 * @csspart button-primary - The first action.
 * @csspart button-secondary - The second action.
 * @csspart reference - The reference the borrower can quote to support.
 */
export class BankConnectError extends LitElement {
  static override styles = styles;

  /** The package version, so that a second copy loaded on the page can tell it apart. */
  static readonly version = VERSION;

  static override properties = {
    code: {},
    provider: {},
    institution: {},
    institutionUrl: { attribute: 'institution-url' },
    actions: {},
    variant: {},
    theme: {},
    hideReference: { type: Boolean, attribute: 'hide-reference' },
    parentOrigin: { attribute: 'parent-origin' },
    error: { attribute: false },
    _slotted: { state: true, attribute: false },
  };

  /** The provider's code, in any spelling the core accepts ("936", "INVALID_LOGIN"). */
  declare code: string;

  /** `argyle`, `flinks`, `finicity`, `plaid`, `mx` or `yodlee` (or an alias: `mastercard`, `envestnet`, `mx technologies`). Optional: detected from the code. */
  declare provider: string;

  /**
   * The bank's display name, woven into the text (cut at 60 characters); without it the text
   * says "your bank".
   */
  declare institution: string;

  /**
   * The bank's website for `visit_institution`. Only an absolute `https:` URL without credentials
   * is used.
   */
  declare institutionUrl: string;

  /**
   * Space-separated allowlist of the actions the lender's flow supports. Without it:
   * `retry reconnect choose_another_institution continue`, plus `visit_institution` when
   * `institution-url` is set. An empty value shows no buttons.
   */
  declare actions: string | null | undefined;

  /** `inline` (a banner in a form; default), `panel` (a full step of a connect flow), `compact` (one line). */
  declare variant: Variant;

  /** `light` (default), `dark`, or `auto` to follow the borrower's system setting. */
  declare theme: Theme;

  /** Hides the "Reference: Finicity 103" line. */
  declare hideReference: boolean;

  /** A raw provider payload (webhook body, error body, response), read with `fromPayload`. Wins over `code`. */
  declare error: unknown;

  /**
   * In an iframe connect flow: the lender page's exact origin (`https://lender.example`). Actions
   * and height changes are then posted to that page, and only to it; without it nothing is posted.
   */
  declare parentOrigin: string | null | undefined;

  readonly #parentFrame = new ParentFrameController(this);

  #resolution: Resolution = NO_CODE;

  /** What the lender's attributes mean, derived when they change rather than on every render. */
  #choices: LenderChoices = {
    bank: null,
    bankUrl: null,
    allowed: new Set<Action>(),
    hideReference: false,
  };

  /** Which slots the lender's page filled, so empty boxes take no space. Reactive state, so not `#private`. */
  declare private _slotted: { details: boolean; actions: boolean };

  constructor() {
    super();
    new LocaleController(this);
    this.code = '';
    this.provider = '';
    this.institution = '';
    this.institutionUrl = '';
    this.actions = undefined;
    this.variant = 'inline';
    this.theme = 'light';
    this.hideReference = false;
    this.error = undefined;
    this._slotted = { details: false, actions: false };
  }

  /** What the current code means: reason, severity, actions, timing. Read-only; a copy. */
  get resolution(): Resolution {
    const { actions, retryAfter, ...rest } = this.#resolution;
    return { ...rest, actions: [...actions], ...(retryAfter && { retryAfter: { ...retryAfter } }) };
  }

  /** The first render waits for the page's translations, so a borrower never reads English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && localeStore.status === 'loading') {
      return localeStore.ready.then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    const choices = { ...this.#choices, hideReference: this.hideReference };
    if (first || changed.has('institution')) choices.bank = bankName(this.institution);
    if (first || changed.has('institutionUrl')) choices.bankUrl = bankUrl(this.institutionUrl);
    if (first || changed.has('actions') || changed.has('institutionUrl')) {
      choices.allowed = allowedActions(this.actions, choices.bankUrl !== null);
    }
    this.#choices = choices;
    if (changed.has('code') || changed.has('provider') || changed.has('error')) {
      this.#resolution =
        this.error === undefined || this.error === null
          ? resolve({ provider: this.provider, code: this.code })
          : fromPayload(this.error, this.provider);
      const { known, code, provider } = this.#resolution;
      if (DEV_MODE && !known && (code || this.error != null)) {
        // The given provider wins; a code another provider documents hints at a wrong attribute.
        const owner = provider && resolve({ code }).provider;
        const hint =
          owner && owner !== provider ? ` (${owner} documents it: provider="${owner}"?)` : '';
        devWarning(
          `no documented meaning for code ${quoted(code)}${hint}; showing the generic message.`,
        );
      }
    }
  }

  /** Clicks and slot changes are heard once, on the shadow root, rather than on every button. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', (event) => this.#onClick(event));
    root.addEventListener('slotchange', () => this.#onSlotChange());
    return root;
  }

  #onClick(event: Event) {
    const target = (event.target as Element).closest?.('[data-action]');
    // Only our own buttons: a lender's slotted element may carry `data-action` too.
    if (!target || target.getRootNode() !== this.renderRoot) return;
    const action = target.getAttribute('data-action') as Action;
    const { reason, provider, code } = this.#resolution;
    const proceed = this.dispatchEvent(
      new BankConnectActionEvent({ action, reason, provider, code }),
    );
    // Built again rather than taken from the event: a listener may have changed its detail.
    if (proceed) this.#parentFrame.postAction({ action, reason, provider, code });
    else event.preventDefault();
  }

  #renderButton(button: ShownButton | undefined, rank: 'primary' | 'secondary') {
    if (!button) return nothing;
    const { action, label, href } = button;
    if (href) {
      return html`<a
        part="button button-${rank}"
        class="button ${rank}"
        data-action=${action}
        href=${href}
        target="_blank"
        rel="noopener noreferrer"
        >${label}<span class="visually-hidden"> ${newTabText()}</span></a
      >`;
    }
    return html`<button
      part="button button-${rank}"
      class="button ${rank}"
      data-action=${action}
      type="button"
    >
      ${label}
    </button>`;
  }

  #onSlotChange() {
    const filled = (selector: string) =>
      this.renderRoot
        .querySelector<HTMLSlotElement>(selector)!
        .assignedNodes({ flatten: true })
        .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent!.trim() !== '');
    this._slotted = {
      details: filled('slot:not([name])'),
      actions: filled('slot[name="actions"]'),
    };
  }

  // Every binding, listener and nested template is paid again by each instance, so listeners sit
  // on the shadow root, the icon is one attribute and the buttons are two fixed parts.
  protected override render() {
    const { severity } = this.#resolution;
    const { locale, title, message, wait, buttons, reference } = viewFor(
      this.#resolution,
      this.#choices,
    );
    const [primary, secondary] = buttons;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'inline';
    const theme = THEMES.includes(this.theme) ? this.theme : 'light';

    return html`<div
      part="base"
      class="base ${variant} ${severity} theme-${theme}"
      lang=${locale}
      dir=${directionOf(locale)}
    >
      <div part="icon-box" class="icon">
        <slot name="icon">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=${SEVERITY_ICONS[severity]}></path>
          </svg>
        </slot>
      </div>
      <div class="body">
        <div class="announcement" role=${severity === 'error' ? 'alert' : 'status'}>
          <p part="title" class="title">
            <span class="visually-hidden">${severityLabel(severity)} </span>${title}
          </p>
          <p part="message" class="message">${message}</p>
          ${wait ? html`<p part="retry" class="retry">${wait}</p>` : nothing}
        </div>
        <slot class="details" ?hidden=${!this._slotted.details}></slot>
        <div part="action-row" class="actions" ?hidden=${!this._slotted.actions && !primary}>
          <slot name="actions">
            ${this.#renderButton(primary, 'primary')}${this.#renderButton(secondary, 'secondary')}
          </slot>
        </div>
        ${reference ? html`<p part="reference" class="reference">${reference}</p>` : nothing}
      </div>
    </div>`;
  }
}
