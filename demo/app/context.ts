import type { DemoState } from './state.js';

/** How a change reaches the address bar: a new history entry (views), or in place (typing). */
export type HistoryMode = 'push' | 'replace';

/** What every view gets: the state, and the ways to change it. */
export interface ViewContext {
  state: DemoState;
  update(patch: Partial<DemoState>, history?: HistoryMode): void;
  /** Renders again after a change outside the state (the playground's event log). */
  rerender(): void;
  /** The link that opens the demo with these changes, for `href`s a visitor can copy or open. */
  hrefFor(patch: Partial<DemoState>): string;
  /** A click handler that follows such a link in place, leaving modified clicks to the browser. */
  follow(patch: Partial<DemoState>): (event: MouseEvent) => void;
}
