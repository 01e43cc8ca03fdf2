import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEV_MODE, devWarning } from '../dev-warning.js';
import { quoted } from '../quoted.js';
import { exactOrigin } from '../frame-protocol/origin.js';
import {
  MAX_FRAME_HEIGHT,
  actionMessage,
  resizeMessage,
  type FrameAction,
  type FrameMessage,
} from '../frame-protocol/message.js';
import { windowOf } from '../frame-protocol/window-of.js';
import { FrameHeightWatcher } from './frame-height.js';

export interface ParentFrameHost extends ReactiveControllerHost, HTMLElement {
  /** The lender page's exact origin, as written in `parent-origin`. */
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
  private readonly heights: FrameHeightWatcher;

  constructor(private readonly host: ParentFrameHost) {
    this.heights = new FrameHeightWatcher(host, MAX_FRAME_HEIGHT, (height) =>
      this.post(resizeMessage(height)),
    );
    host.addController(this);
  }

  hostConnected(): void {
    this.watchHeights();
  }

  /**
   * Heights are watched from the update on, so setting `parent-origin` late works too; each post
   * reads the origin again, so a click right after a change never goes to the previous one.
   */
  hostUpdated(): void {
    const value = this.host.parentOrigin;
    if (value === this.readValue) return;
    this.readValue = value;
    this.origin = exactOrigin(value);
    if (DEV_MODE && this.origin === null && value !== null && value !== undefined) {
      devWarning(
        `parent-origin ${quoted(value)} is not an exact origin such as https://lender.example (no path, no trailing slash, never *); nothing is posted to the parent page.`,
      );
    }
    this.watchHeights(true);
  }

  hostDisconnected(): void {
    this.heights.stop();
  }

  /** Tells the parent page which action the borrower chose. */
  postAction(action: FrameAction): void {
    this.post(actionMessage(action));
  }

  /** The lender's window, when the element is in an iframe at all. */
  private parentWindow(): Window | null {
    const view = windowOf(this.host);
    const parent = view?.parent;
    return parent && parent !== view ? parent : null;
  }

  private post(message: FrameMessage): boolean {
    const origin = exactOrigin(this.host.parentOrigin);
    const parent = this.parentWindow();
    if (origin === null || parent === null) return false;
    try {
      parent.postMessage(message, origin);
      return true;
    } catch {
      return false;
    }
  }

  /** Watches the height while there is a parent to tell; a new parent hears it first. */
  private watchHeights(newParent = false): void {
    const wanted = this.origin !== null && this.host.isConnected && this.parentWindow() !== null;
    if (wanted) this.heights.start(newParent);
    else this.heights.stop();
  }
}
