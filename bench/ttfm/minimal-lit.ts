// Baseline: the least a Lit element needs to show the same words, in one file with Lit inside.
import { LitElement, css, html } from 'lit';

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
  static override properties = {
    heading: {},
    message: {},
    primary: {},
    secondary: {},
    reference: {},
  };
  declare heading: string;
  declare message: string;
  declare primary: string;
  declare secondary: string;
  declare reference: string;
  override render() {
    return html`<div role="alert">
        <p><strong>${this.heading}</strong></p>
        <p>${this.message}</p>
      </div>
      <button>${this.primary}</button><button>${this.secondary}</button>
      <p>${this.reference}</p>`;
  }
}
customElements.define('minimal-lit', MinimalLit);
