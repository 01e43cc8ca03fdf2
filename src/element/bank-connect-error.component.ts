import { LitElement, html, type PropertyValues } from 'lit';
import { resolve, type Resolution } from '../core/index.js';
import { styles } from './bank-connect-error.styles.js';
import { reasonText } from './reason-text.js';

/**
 * Shows a borrower what a bank-connection error means and what to do next.
 *
 * @csspart base - The container.
 * @csspart title - What happened.
 * @csspart message - Why, and what to do.
 */
export class BankConnectError extends LitElement {
  static override styles = styles;

  static override properties = {
    code: {},
    provider: {},
    institution: {},
  };

  /** The provider's code, in any spelling the core accepts. */
  declare code: string;

  /** `argyle`, `flinks` or `finicity` (or an alias such as `mastercard`); optional. */
  declare provider: string;

  /** The bank's display name, woven into the text; without it the text says "your bank". */
  declare institution: string;

  private _resolution: Resolution = resolve({ code: '' });

  constructor() {
    super();
    this.code = '';
    this.provider = '';
    this.institution = '';
  }

  /** What the current code means: reason, severity, actions. Read-only. */
  get resolution(): Resolution {
    return { ...this._resolution, actions: [...this._resolution.actions] };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('provider')) {
      this._resolution = resolve({ provider: this.provider, code: this.code });
    }
  }

  protected override render() {
    const { reason, severity } = this._resolution;
    const text = reasonText(reason, this.institution.trim() || null);
    const role = severity === 'error' ? 'alert' : 'status';
    return html`
      <div part="base" class="base" role=${role}>
        <p part="title" class="title">${text.title}</p>
        <p part="message" class="message">${text.message}</p>
      </div>
    `;
  }
}
