import { quoted } from '../quoted.js';
import { DEV_MODE, devWarning } from '../dev-warning.js';
import { sourceLocale } from '../generated/locale-codes.js';
import type { TranslatedLocale } from './locale-loaders.js';
import { matchLocale, type Locale } from './match-locale.js';
import type { Templates } from './msg.js';

/**
 * - `idle`: nothing asked for yet; English shows.
 * - `loading`: the latest request's translations are downloading; the previous locale shows.
 * - `ready`: the latest request's locale shows.
 * - `failed`: the latest request's download failed or overran the watchdog; English shows (a
 *   late download that still arrives, still the latest request, then makes it `ready`).
 */
export type LocaleStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LocaleStoreOptions {
  /** Downloads a locale's translations, most specific first (`fr-CA`, then `fr`). */
  load(locale: TranslatedLocale): Promise<readonly Templates[]>;
  /** Makes the messages read these translations (none: English). */
  apply(templates: readonly Templates[]): void;
  /** The element whose `lang` to follow until `choose()`; asked for late, as servers have none. */
  page(): HTMLElement;
  /** Calls `overdue` unless the returned cancel is called first: how long a download may take. */
  watchdog(overdue: () => void): () => void;
}

const noop = () => {};

/**
 * The locale the elements speak, and getting there: downloads translations on request (the
 * latest request wins), follows the page's `lang` while anyone listens and until a locale is
 * chosen, and tells its listeners each time the locale changes.
 */
export class LocaleStore {
  readonly #options: LocaleStoreOptions;
  #status: LocaleStatus = 'idle';
  #locale: Locale = sourceLocale;
  /** What the latest request asked for: only its download changes anything. */
  #requested: Locale = sourceLocale;
  #ready: Promise<void> = Promise.resolve();
  #resolveReady = noop;
  #cancelWatchdog = noop;
  /** Downloads in flight or done. A failed one is dropped, so a later request tries again. */
  readonly #downloads = new Map<TranslatedLocale, Promise<readonly Templates[]>>();
  readonly #listeners = new Set<() => void>();
  /** Set by `choose()`; until then the store follows the page's `lang`. */
  #chosen?: Locale;
  #pageLanguage?: MutationObserver;

  constructor(options: LocaleStoreOptions) {
    this.#options = options;
  }

  /** Where the latest request stands. */
  get status(): LocaleStatus {
    return this.#status;
  }

  /** The locale the elements speak now. */
  get locale(): Locale {
    return this.#locale;
  }

  /** Resolves once nothing is loading (at once, unless `loading`). Never rejects. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /**
   * Speaks the supported locale closest to `tag` from now on, instead of following the page.
   * Returns `ready`: it never rejects, and nothing here throws.
   */
  choose(tag: unknown): Promise<void> {
    this.#chosen = fromTag(tag, 'setLocale:');
    this.#request(this.#chosen);
    return this.#ready;
  }

  /** Calls `listener` each time the locale changes. Returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    if (!this.#pageLanguage) {
      this.#pageLanguage = new MutationObserver(() => this.#followPage());
      this.#pageLanguage.observe(this.#options.page(), { attributeFilter: ['lang'] });
      this.#followPage();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size > 0) return;
      this.#pageLanguage?.disconnect();
      this.#pageLanguage = undefined;
    };
  }

  #followPage() {
    if (!this.#chosen) this.#request(fromTag(this.#options.page().lang, '<html lang>'));
  }

  #request(locale: Locale) {
    if (this.#status === 'loading' && locale === this.#requested) return; // on its way already
    this.#requested = locale;
    this.#cancelWatchdog();
    // English needs no download, and the locale shown needs none again: nothing to wait for.
    if (locale === this.#locale || locale === sourceLocale) {
      this.#settle('ready', locale, []);
      return;
    }
    if (this.#status !== 'loading') {
      this.#ready = new Promise((resolve) => (this.#resolveReady = resolve));
    }
    this.#status = 'loading';
    this.#cancelWatchdog = this.#options.watchdog(() => this.#fail(locale));
    this.#download(locale).then(
      // Also after the watchdog's English: the translations replace it if still the latest.
      (templates) => {
        if (locale === this.#requested) this.#settle('ready', locale, templates);
      },
      () => this.#fail(locale),
    );
  }

  #download(locale: TranslatedLocale) {
    let download = this.#downloads.get(locale);
    if (!download) {
      download = this.#options.load(locale);
      this.#downloads.set(locale, download);
      download.catch(() => this.#downloads.delete(locale));
    }
    return download;
  }

  #fail(locale: TranslatedLocale) {
    if (locale !== this.#requested) return;
    if (DEV_MODE) devWarning(`could not load the "${locale}" translations; showing English.`);
    this.#settle('failed', sourceLocale, []);
  }

  #settle(status: 'ready' | 'failed', locale: Locale, templates: readonly Templates[]) {
    this.#cancelWatchdog();
    this.#status = status;
    this.#resolveReady();
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.#options.apply(templates);
    this.#listeners.forEach((rerender) => rerender());
  }
}

function fromTag(tag: unknown, origin: string): Locale {
  const locale = matchLocale(tag);
  if (
    DEV_MODE &&
    locale === sourceLocale &&
    typeof tag === 'string' &&
    tag &&
    !/^en\b/i.test(tag)
  ) {
    devWarning(`${origin} ${quoted(tag, 40)} is not a supported locale; showing English.`);
  }
  return locale;
}
