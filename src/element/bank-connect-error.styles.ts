import { css } from 'lit';

// Public tokens (`--bank-connect-error-*`) are only ever read, never set here, so a value set on
// any ancestor, even `:root`, applies. Each is read once into a private `--_*` variable with its
// default; the dark preset swaps only the defaults.
const darkDefaults = css`
  --_surface: var(--bank-connect-error-surface, #1a1f29);
  --_text: var(--bank-connect-error-text-color, #e8ebf0);
  --_muted: var(--bank-connect-error-muted-color, #b3bac7);
  --_border: var(--bank-connect-error-border-color, #3b4456);
  --_error: var(--bank-connect-error-error-color, #ff9b92);
  --_warning: var(--bank-connect-error-warning-color, #f5bb5c);
  --_info: var(--bank-connect-error-info-color, #93bdff);
  --_success: var(--bank-connect-error-success-color, #6fd49a);
  --_button-bg: var(--bank-connect-error-button-background, #93bdff);
  --_button-text: var(--bank-connect-error-button-color, #0c1527);
  --_button-secondary-bg: var(--bank-connect-error-button-secondary-background, transparent);
  --_button-secondary-text: var(--bank-connect-error-button-secondary-color, #c6dbff);
  --_focus-ring: var(--bank-connect-error-focus-ring-color, #c6dbff);
`;

export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    --_font-family: var(--bank-connect-error-font-family, inherit);
    --_font-size: var(--bank-connect-error-font-size, 1rem);
    --_line-height: var(--bank-connect-error-line-height, 1.5);
    --_title-font-size: var(--bank-connect-error-title-font-size, 1.0625rem);
    --_title-font-weight: var(--bank-connect-error-title-font-weight, 600);
    --_surface: var(--bank-connect-error-surface, #ffffff);
    --_text: var(--bank-connect-error-text-color, #1d2433);
    --_muted: var(--bank-connect-error-muted-color, #4d5566);
    --_border: var(--bank-connect-error-border-color, #d5d9e0);
    --_error: var(--bank-connect-error-error-color, #b42318);
    --_warning: var(--bank-connect-error-warning-color, #9a5b05);
    --_info: var(--bank-connect-error-info-color, #1d5bb8);
    --_success: var(--bank-connect-error-success-color, #17753d);
    --_radius: var(--bank-connect-error-radius, 0.75rem);
    --_padding: var(--bank-connect-error-padding, 1rem);
    --_gap: var(--bank-connect-error-gap, 0.75rem);
    --_button-bg: var(--bank-connect-error-button-background, #1d4fa8);
    --_button-text: var(--bank-connect-error-button-color, #ffffff);
    --_button-secondary-bg: var(--bank-connect-error-button-secondary-background, transparent);
    --_button-secondary-text: var(--bank-connect-error-button-secondary-color, #1d4fa8);
    --_button-radius: var(--bank-connect-error-button-radius, 0.5rem);
    --_focus-ring: var(--bank-connect-error-focus-ring-color, #1d4fa8);
    --_accent: var(--_error);

    box-sizing: border-box;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--_gap);
    padding: var(--_padding);
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    text-align: start;
    overflow-wrap: anywhere;
  }

  .base.theme-dark {
    ${darkDefaults}
  }

  @media (prefers-color-scheme: dark) {
    .base.theme-auto {
      ${darkDefaults}
    }
  }

  .warning {
    --_accent: var(--_warning);
  }

  .info {
    --_accent: var(--_info);
  }

  .success {
    --_accent: var(--_success);
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
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
    min-inline-size: 0;
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
    font-size: var(--_title-font-size);
    font-weight: var(--_title-font-weight);
    line-height: 1.3;
  }

  .retry {
    color: var(--_muted);
    font-weight: 600;
  }

  .reference {
    color: var(--_muted);
    font-size: 0.8125em;
    user-select: all;
  }

  [hidden] {
    display: none !important;
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
    border: 1px solid var(--_button-bg);
    border-radius: var(--_button-radius);
    background: var(--_button-bg);
    color: var(--_button-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      filter 120ms ease,
      background-color 120ms ease;
  }

  .button.secondary {
    border-color: var(--_button-secondary-text);
    background: var(--_button-secondary-bg);
    color: var(--_button-secondary-text);
  }

  .button:hover {
    filter: brightness(1.08);
  }

  .button:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
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
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    padding: calc(var(--_padding) * 2) calc(var(--_padding) * 1.5);
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

  .panel {
    --_title-font-size: var(--bank-connect-error-title-font-size, 1.375rem);
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
    padding: calc(var(--_padding) * 0.5) calc(var(--_padding) * 0.75);
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
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }

    .icon,
    .retry,
    .reference {
      color: CanvasText;
    }

    .button {
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
