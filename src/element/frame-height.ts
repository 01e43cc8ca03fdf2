import { windowOf } from '../frame-protocol/window-of.js';

/**
 * Watches the element's height for `ParentFrameController` and reports each new one, so that the
 * lender's page can fit the iframe to it: at most once per animation frame, never the same height
 * twice in a row, never 0 (a hidden element would shrink the iframe to nothing for good), and at
 * most `maxHeight`.
 */
export class FrameHeightWatcher {
  private observer?: ResizeObserver;
  private frameRequest?: number;
  private reportedHeight?: number;

  /** `report` posts a height (at most `maxHeight`) and says whether it reached a parent. */
  constructor(
    private readonly element: HTMLElement,
    private readonly maxHeight: number,
    private readonly report: (height: number) => boolean,
  ) {}

  /** Watches from now on; a parent that is new hears the current height even if it is unchanged. */
  start(newParent: boolean): void {
    this.stop();
    if (newParent) this.reportedHeight = undefined;
    const view = windowOf(this.element);
    if (!this.element.isConnected || !view?.ResizeObserver) return;
    // A ResizeObserver reports the first size too, so the parent learns the height right away.
    this.observer = new view.ResizeObserver(() => this.scheduleReport(view));
    this.observer.observe(this.element);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frameRequest !== undefined) {
      windowOf(this.element)?.cancelAnimationFrame(this.frameRequest);
      this.frameRequest = undefined;
    }
  }

  /** However many times the size changes in a frame, the parent hears of it once. */
  private scheduleReport(view: Window): void {
    if (this.frameRequest !== undefined) return;
    this.frameRequest = view.requestAnimationFrame(() => {
      this.frameRequest = undefined;
      const height = Math.min(
        Math.ceil(this.element.getBoundingClientRect().height),
        this.maxHeight,
      );
      if (height <= 0 || height === this.reportedHeight) return;
      if (this.report(height)) this.reportedHeight = height;
    });
  }
}
