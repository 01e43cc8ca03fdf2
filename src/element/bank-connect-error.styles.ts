import { css } from 'lit';

// Public tokens (`--bank-connect-error-*`, listed with their defaults in src/theme.ts) are only ever
// read, never set here, so a value set on any ancestor, even `:root`, applies. Each is read where
// it is used, with its default as the fallback: copying the tokens into private variables on every
// instance made style recalculation the largest cost of rendering a thousand elements. Defaults
// that differ in the dark preset are written `light-dark(light, dark)`, and `color-scheme` picks
// one: theme="light", theme="dark", or theme="auto" for the borrower's system setting.
export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  .base {
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    gap: var(--bank-connect-error-gap, 0.75rem);
    padding: var(--bank-connect-error-padding, 1rem);
    border: 1px solid var(--bank-connect-error-border-color, light-dark(#d5d9e0, #3b4456));
    border-inline-start: 0.25rem solid var(--_accent);
    color-scheme: light;
    border-radius: var(--bank-connect-error-radius, 0.75rem);
    background: var(--bank-connect-error-surface, light-dark(#ffffff, #1a1f29));
    color: var(--bank-connect-error-text-color, light-dark(#1d2433, #e8ebf0));
    font-family: var(--bank-connect-error-font-family, inherit);
    font-size: var(--bank-connect-error-font-size, 1rem);
    line-height: var(--bank-connect-error-line-height, 1.5);
    text-align: start;
    overflow-wrap: break-word;
  }

  .error {
    --_accent: var(--bank-connect-error-error-color, light-dark(#b42318, #ff9b92));
  }

  .warning {
    --_accent: var(--bank-connect-error-warning-color, light-dark(#9a5b05, #f5bb5c));
  }

  .info {
    --_accent: var(--bank-connect-error-info-color, light-dark(#1d5bb8, #93bdff));
  }

  .success {
    --_accent: var(--bank-connect-error-success-color, light-dark(#17753d, #6fd49a));
  }

  .icon {
    display: flex;
    color: var(--_accent);
  }

  .icon svg {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.5rem;
    min-inline-size: 0;
  }

  .details {
    display: block;
  }

  .announcement {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  p {
    margin: 0;
  }

  .title {
    /* a variant may change the default size (--_title-font-size), never the lender's own */
    font-size: var(--bank-connect-error-title-font-size, var(--_title-font-size, 1.0625rem));
    font-weight: var(--bank-connect-error-title-font-weight, 600);
    line-height: 1.3;
  }

  .retry,
  .reference {
    color: var(--bank-connect-error-muted-color, light-dark(#4d5566, #b3bac7));
  }

  .retry {
    font-weight: 600;
  }

  .reference {
    font-size: 0.8125em;
    user-select: all;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--bank-connect-error-button-background, light-dark(#1d4fa8, #93bdff));
    border-radius: var(--bank-connect-error-button-radius, 0.5rem);
    background: var(--bank-connect-error-button-background, light-dark(#1d4fa8, #93bdff));
    color: var(--bank-connect-error-button-color, light-dark(#ffffff, #0c1527));
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition: filter 120ms ease;
  }

  .button.secondary {
    border-color: var(--bank-connect-error-button-secondary-color, light-dark(#1d4fa8, #c6dbff));
    background: var(--bank-connect-error-button-secondary-background, transparent);
    color: var(--bank-connect-error-button-secondary-color, light-dark(#1d4fa8, #c6dbff));
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .button:focus-visible {
    outline: 2px solid var(--bank-connect-error-focus-ring-color, light-dark(#1d4fa8, #c6dbff));
    outline-offset: 2px;
  }

  .theme-dark {
    color-scheme: dark;
  }

  .theme-auto {
    color-scheme: light dark;
  }

  .visually-hidden,
  .compact :is(.message, .retry, .reference) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* panel: a whole step of a connect flow, centred */
  .panel {
    flex-direction: column;
    align-items: center;
    padding: calc(var(--bank-connect-error-padding, 1rem) * 2)
      calc(var(--bank-connect-error-padding, 1rem) * 1.5);
    border-inline-start-width: 1px;
    border-block-start: 0.25rem solid var(--_accent);
    text-align: center;
  }

  .panel .icon svg {
    inline-size: 3rem;
    block-size: 3rem;
    stroke-width: 1.75;
  }

  .panel .body {
    align-items: center;
    max-inline-size: 32rem;
  }

  .panel .title {
    --_title-font-size: 1.375rem;
  }

  .panel .actions {
    flex-direction: column;
    align-self: stretch;
    align-items: stretch;
    max-inline-size: 22rem;
    inline-size: 100%;
    margin-inline: auto;
  }

  /* compact: one line; the message, timing and reference stay readable by screen readers
     (they share the visually-hidden rule above) */
  .compact {
    align-items: center;
    padding: calc(var(--bank-connect-error-padding, 1rem) * 0.5)
      calc(var(--bank-connect-error-padding, 1rem) * 0.75);
  }

  .compact .icon svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  .compact .body {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
  }

  .compact .title {
    font-size: inherit;
  }

  .compact .button {
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
  }

  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    .icon,
    .retry,
    .reference {
      color: CanvasText;
    }

    .button,
    .button.secondary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    a.button {
      color: LinkText;
    }

    .button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
