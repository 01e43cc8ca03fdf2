import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { devWarning } from '../dev-warning.js';
import { describeOrigin, exactOrigin } from '../host/exact-origin.js';
import {
  MAX_FRAME_HEIGHT,
  actionMessage,
  resizeMessage,
  type FrameAction,
  type FrameMessage,
} from '../host/frame-message.js';

export interface ParentFrameHost extends ReactiveControllerHost, HTMLElement {
  /** The lender page's exact origin, as the host wrote it in `parent-origin`. */
  parentOrigin: string | null | undefined;
}

const NOT_READ = Symbol('not read');

/**
 * When the element runs in a lender's iframe and knows the lender's exact origin, tells that page
 * which action the borrower chose and how tall the element is, so the page can act and fit the
 * iframe to it. Posts to that one origin only, never to `*`: the browser drops the message when
 * any other page is the parent. Posts nothing without a valid origin or outside an iframe.
 */
export class ParentFrameController implements ReactiveController {
  private readValue: unknown = NOT_READ;
  private origin: string | null = null;
  private observer?: ResizeObserver;
  private frameRequest?: number;
  private postedHeight?: number;

  constructor(private readonly host: ParentFrameHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  /** The origin is read after each update, so setting `parent-origin` late works too. */
  hostUpdated(): void {
    const value = this.host.parentOrigin;
    if (value === this.readValue) return;
    this.readValue = value;
    this.origin = exactOrigin(value);
    if (this.origin === null && value !== null && value !== undefined) {
      devWarning(
        `parent-origin ${describeOrigin(value)} is not an exact origin such as https://lender.example (no path, no trailing slash, never *); nothing is posted to the parent page.`,
      );
    }
    // A new parent has not heard the height yet.
    this.postedHeight = undefined;
    this.observe();
  }

  hostDisconnected(): void {
    this.stopObserving();
  }

  /** Tells the parent page which action the borrower chose. */
  postAction(action: FrameAction): void {
    this.post(actionMessage(action));
  }

  /** The lender's window, when the element is in an iframe at all. */
  private parentWindow(): Window | null {
    const view = this.host.ownerDocument.defaultView;
    const parent = view?.parent;
    return parent && parent !== view ? parent : null;
  }

  private post(message: FrameMessage): boolean {
    const parent = this.parentWindow();
    if (this.origin === null || parent === null) return false;
    try {
      parent.postMessage(message, this.origin);
      return true;
    } catch {
      return false;
    }
  }

  private observe(): void {
    this.stopObserving();
    const view = this.host.ownerDocument.defaultView;
    if (this.origin === null || !this.host.isConnected || !view?.ResizeObserver) return;
    if (this.parentWindow() === null) return;
    // A ResizeObserver reports the first size too, so the parent learns the height right away.
    this.observer = new view.ResizeObserver(() => this.scheduleHeight(view));
    this.observer.observe(this.host);
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frameRequest !== undefined) {
      this.host.ownerDocument.defaultView?.cancelAnimationFrame(this.frameRequest);
      this.frameRequest = undefined;
    }
  }

  /** However many times the size changes in a frame, the parent hears of it once. */
  private scheduleHeight(view: Window): void {
    if (this.frameRequest !== undefined) return;
    this.frameRequest = view.requestAnimationFrame(() => {
      this.frameRequest = undefined;
      this.postHeight();
    });
  }

  private postHeight(): void {
    const height = Math.min(Math.ceil(this.host.getBoundingClientRect().height), MAX_FRAME_HEIGHT);
    // A hidden element measures 0; shrinking the iframe to nothing would hide the flow for good.
    if (height <= 0 || height === this.postedHeight) return;
    if (this.post(resizeMessage(height))) this.postedHeight = height;
  }
}
