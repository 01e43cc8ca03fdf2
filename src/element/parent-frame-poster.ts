import {
  MAX_FRAME_HEIGHT,
  actionMessage,
  resizeMessage,
  type FrameAction,
  type FrameMessage,
} from '../host/frame-message.js';

/**
 * When the element runs in a lender's iframe, tells the lender's page (at the exact origin that
 * `ParentFrameController` checked) which action the borrower chose and how tall the element is,
 * so the page can act and fit the iframe to it. Posts to that one origin only, never to `*`: the
 * browser drops the message when any other page is the parent. Posts nothing without an origin
 * or outside an iframe. The controller passes on its host's lifecycle.
 */
export class ParentFramePoster {
  private origin: string | null = null;
  private observer?: ResizeObserver;
  private frameRequest?: number;
  private postedHeight?: number;

  constructor(private readonly host: HTMLElement) {}

  /** Posts to `origin` from now on, or to nobody when it is `null`. */
  postTo(origin: string | null): void {
    this.origin = origin;
    // A new parent has not heard the height yet.
    this.postedHeight = undefined;
    this.observe();
  }

  hostConnected(): void {
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
