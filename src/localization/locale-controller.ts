import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeStore } from './localization.js';

/** Re-renders its element when the locale changes, while the element is connected. */
export class LocaleController implements ReactiveController {
  private stopListening?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopListening = localeStore.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopListening?.();
    this.stopListening = undefined;
  }
}
