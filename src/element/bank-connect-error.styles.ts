import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--bank-connect-error-font-family, inherit);
    color: var(--bank-connect-error-color, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    padding: var(--bank-connect-error-padding, 1rem);
    border: 1px solid var(--bank-connect-error-border-color, #d0d5dd);
    border-radius: var(--bank-connect-error-radius, 0.5rem);
    background: var(--bank-connect-error-background, #fff);
  }

  .title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }

  .message {
    margin: 0;
  }
`;
