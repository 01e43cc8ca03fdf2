/**
 * For the lender's page that embeds a connect flow in an iframe: `bridgeFrame` takes the actions
 * and heights the flow's `<bank-connect-error parent-origin="…">` posts, and nothing else.
 */
import { devWarning } from './dev-warning.js';
import { quoted } from './quoted.js';
import { exactOrigin } from './frame-protocol/origin.js';
import { readFrameMessage, type FrameAction } from './frame-protocol/message.js';
import { windowOf } from './frame-protocol/window-of.js';

export type {
  FrameAction,
  FrameActionMessage,
  FrameMessage,
  FrameResizeMessage,
} from './frame-protocol/message.js';
export { MAX_FRAME_HEIGHT, MESSAGE_SOURCE, MESSAGE_VERSION } from './frame-protocol/message.js';

export interface BridgeOptions {
  /** The iframe's exact origin, e.g. `https://connect.lender.example`: no path, never `*`. */
  origin: string;
  /** Called with `{ action, reason, provider, code }` when the borrower chooses an action. */
  onAction?: (action: FrameAction) => void;
  /** Sets the iframe's height to the element's whenever it changes. Default `false`. */
  resize?: boolean;
}

interface Bridge {
  view: Window;
  origin: string;
  onAction: ((action: FrameAction) => void) | null;
  resize: boolean;
}

const unbridged = () => {};

/** The origin the iframe's `src` points at, when it is a web URL (not `about:blank`, `srcdoc`). */
function srcOrigin(iframe: HTMLIFrameElement): string | null {
  try {
    const url = new URL(iframe.src);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

function readOptions(iframe: HTMLIFrameElement, options: BridgeOptions): Bridge | null {
  const view = iframe?.ownerDocument ? windowOf(iframe) : null;
  // Checked against the iframe's own window, so an iframe from another same-origin document works.
  if (!view || !(iframe instanceof view.HTMLIFrameElement)) {
    devWarning('bridgeFrame: the first argument is not an <iframe> in a page; nothing is bridged.');
    return null;
  }
  const origin = exactOrigin(options?.origin);
  if (origin === null) {
    devWarning(
      `bridgeFrame: origin ${quoted(options?.origin)} is not an exact origin such as https://connect.lender.example (no path, no trailing slash, never *); nothing is bridged.`,
    );
    return null;
  }
  const loads = srcOrigin(iframe);
  if (loads !== null && loads !== origin) {
    devWarning(
      `bridgeFrame: the iframe loads ${loads} but origin is ${origin}; its messages will be ignored.`,
    );
  }
  const onAction = typeof options.onAction === 'function' ? options.onAction : null;
  return { view, origin, onAction, resize: options.resize === true };
}

/** Sets the height of the iframe's page; a `border-box` iframe also needs room for its border. */
function applyHeight(iframe: HTMLIFrameElement, view: Window, height: number): void {
  const style = view.getComputedStyle(iframe);
  const frame =
    style.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
          .map((side) => parseFloat(style[side as 'borderTopWidth']) || 0)
          .reduce((sum, size) => sum + size, 0)
      : 0;
  // CSSOM, not a style attribute: a strict Content-Security-Policy allows it.
  iframe.style.height = `${Math.ceil(height + frame)}px`;
}

/**
 * Listens for the messages of the `<bank-connect-error>` inside `iframe`. A message counts only
 * when it comes from exactly `origin`, from that iframe's window, and matches the message schema;
 * anything else is dropped without a sound. Never throws; returns the function that stops it.
 *
 * @example
 * const stop = bridgeFrame(iframe, {
 *   origin: 'https://connect.lender.example',
 *   resize: true,
 *   onAction: ({ action }) => { if (action === 'choose_another_institution') showBankSearch(); },
 * });
 */
export function bridgeFrame(iframe: HTMLIFrameElement, options: BridgeOptions): () => void {
  let bridge: Bridge | null;
  try {
    bridge = readOptions(iframe, options);
  } catch {
    // Options with throwing getters, an iframe from a detached realm: not worth breaking the page.
    bridge = null;
    devWarning('bridgeFrame: could not read its arguments; nothing is bridged.');
  }
  if (!bridge) return unbridged;
  const { view, origin, onAction, resize } = bridge;

  // A flood of heights costs one layout a frame: only the latest of each frame is applied.
  let height = 0;
  let frameRequest: number | undefined;
  const applyLatest = () => {
    frameRequest = undefined;
    applyHeight(iframe, view, height);
  };

  const onMessage = (event: MessageEvent) => {
    // Only what the browser delivered: a page script's own `dispatchEvent` forges origin and source.
    if (!event.isTrusted || event.origin !== origin) return;
    // Another window on the same origin (a second iframe, a popup) is not this flow.
    const frameWindow = iframe.contentWindow;
    if (frameWindow === null || event.source !== frameWindow) return;
    const message = readFrameMessage(event.data);
    if (message === null) return;
    if (message.type === 'resize') {
      height = message.height;
      if (resize) frameRequest ??= view.requestAnimationFrame(applyLatest);
      return;
    }
    const { action, reason, provider, code } = message;
    onAction?.({ action, reason, provider, code });
  };

  view.addEventListener('message', onMessage);
  return () => {
    view.removeEventListener('message', onMessage);
    if (frameRequest !== undefined) view.cancelAnimationFrame(frameRequest);
  };
}
