import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEV_MODE, devWarning } from '../dev-warning.js';
import { describeOrigin, exactOrigin } from '../host/exact-origin.js';
import type { FrameAction } from '../host/frame-message.js';
import type { ParentFramePoster } from './parent-frame-poster.js';

export interface ParentFrameHost extends ReactiveControllerHost, HTMLElement {
  /** The lender page's exact origin, as the host wrote it in `parent-origin`. */
  parentOrigin: string | null | undefined;
}

const NOT_READ = Symbol('not read');

/**
 * The element's side of an iframe connect flow: reads `parent-origin`, and once it is a valid
 * origin hands it to a `ParentFramePoster`, which posts the borrower's actions and the element's
 * height to that page. Only an element with a valid `parent-origin` needs the poster, so it loads
 * then, and pages that embed the element directly never fetch it. An action chosen while it loads
 * is posted once it has.
 */
export class ParentFrameController implements ReactiveController {
  private readValue: unknown = NOT_READ;
  private origin: string | null = null;
  private poster?: ParentFramePoster;
  private loading?: Promise<void>;
  private queued: FrameAction[] = [];

  constructor(private readonly host: ParentFrameHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.poster?.hostConnected();
  }

  /** The origin is read after each update, so setting `parent-origin` late works too. */
  hostUpdated(): void {
    const value = this.host.parentOrigin;
    if (value === this.readValue) return;
    this.readValue = value;
    this.origin = exactOrigin(value);
    if (DEV_MODE && this.origin === null && value !== null && value !== undefined) {
      devWarning(
        `parent-origin ${describeOrigin(value)} is not an exact origin such as https://lender.example (no path, no trailing slash, never *); nothing is posted to the parent page.`,
      );
    }
    if (this.poster) this.poster.postTo(this.origin);
    else if (this.origin !== null) this.load();
  }

  hostDisconnected(): void {
    this.poster?.hostDisconnected();
  }

  /** Tells the parent page which action the borrower chose. */
  postAction(action: FrameAction): void {
    if (this.poster) this.poster.postAction(action);
    else if (this.loading) this.queued.push(action);
  }

  private load(): void {
    this.loading ??= import('./parent-frame-poster.js').then(
      ({ ParentFramePoster }) => {
        const poster = new ParentFramePoster(this.host);
        this.poster = poster;
        // The origin as it is now, which an update during the load may have changed.
        poster.postTo(this.origin);
        this.queued.splice(0).forEach((action) => poster.postAction(action));
      },
      () => {
        // Offline or blocked: nothing is posted, and the next valid origin tries again.
        this.loading = undefined;
        this.queued = [];
      },
    );
  }
}
