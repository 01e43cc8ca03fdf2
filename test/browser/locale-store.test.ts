import { expect } from '@open-wc/testing';
import type { TranslatedLocale } from '../../src/localization/locale-loaders.js';
import { LocaleStore } from '../../src/localization/locale-store.js';
import type { Templates } from '../../src/localization/msg.js';

interface Download {
  promise: Promise<readonly Templates[]>;
  resolve(templates: readonly Templates[]): void;
  reject(error: Error): void;
}

/**
 * A store of its own, whose downloads, watchdog and page the test drives by hand: nothing here
 * waits on the clock or on the network, and nothing is shared with another test.
 */
function storeUnderTest(pageLang = '') {
  const page = document.createElement('html');
  page.lang = pageLang;
  const downloads = new Map<TranslatedLocale, Download>();
  const requested: TranslatedLocale[] = [];
  const applied: (readonly Templates[])[] = [];
  let overdue: (() => void) | null = null;

  const store = new LocaleStore({
    load(locale) {
      requested.push(locale);
      const download = {} as Download;
      download.promise = new Promise((resolve, reject) =>
        Object.assign(download, { resolve, reject }),
      );
      downloads.set(locale, download);
      return download.promise;
    },
    apply: (templates) => applied.push(templates),
    page: () => page,
    watchdog(callback) {
      overdue = callback;
      return () => {
        if (overdue === callback) overdue = null;
      };
    },
  });

  /** The locales the store's listeners were told of, in order. */
  const heard: string[] = [];
  const listen = () => store.subscribe(() => heard.push(store.locale));

  return {
    store,
    page,
    requested,
    applied,
    heard,
    listen,
    // The store subscribed to each download when it asked for it, so it has handled the outcome
    // by the time the test, subscribing after it, goes on.
    async arrive(locale: TranslatedLocale) {
      const download = downloads.get(locale)!;
      download.resolve([{ 'reason.unknown.title': `in ${locale}` }]);
      await download.promise;
    },
    async fail(locale: TranslatedLocale) {
      const download = downloads.get(locale)!;
      download.reject(new TypeError('Failed to fetch dynamically imported module'));
      await download.promise.catch(() => {});
    },
    /** Runs the watchdog of the download under way out of time. */
    overrun: () => overdue!(),
    watchdogRunning: () => overdue !== null,
  };
}

/**
 * Whether `promise` has settled already. A settled promise's reaction is queued at once, ahead
 * of this function's own await, so nothing else gets to run in between.
 */
async function settledAlready(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  return settled;
}

/** Lets the page's mutation observers hear of `lang` changes: they are told in a microtask. */
const mutationsDelivered = () => Promise.resolve();

describe('LocaleStore', () => {
  it('starts idle, in English, with nothing to wait for', async () => {
    const { store, requested } = storeUnderTest();
    expect(store.status).to.equal('idle');
    expect(store.locale).to.equal('en');
    expect(await settledAlready(store.ready)).to.be.true;
    expect(requested).to.be.empty;
  });

  it('is loading while a download runs, and ready once it has arrived', async () => {
    const { store, requested, applied, heard, listen, arrive } = storeUnderTest();
    listen();
    void store.choose('es');
    expect(store.status).to.equal('loading');
    expect(store.locale, 'the locale shown until Spanish arrives').to.equal('en');
    expect(requested).to.deep.equal(['es']);
    expect(await settledAlready(store.ready), 'ready waits for the download').to.be.false;

    await arrive('es');
    expect(store.status).to.equal('ready');
    expect(store.locale).to.equal('es');
    expect(applied).to.deep.equal([[{ 'reason.unknown.title': 'in es' }]]);
    expect(heard).to.deep.equal(['es']);
    expect(await settledAlready(store.ready)).to.be.true;
  });

  it('lets the latest request win, behind one ready promise', async () => {
    const { store, heard, listen, arrive } = storeUnderTest();
    listen();
    const ready = store.choose('it');
    expect(store.choose('nb'), 'one promise for everything that waits').to.equal(ready);

    await arrive('it');
    expect(store.status, 'Italian arrived, overtaken').to.equal('loading');
    expect(store.locale).to.equal('en');
    expect(await settledAlready(ready)).to.be.false;

    await arrive('nb');
    expect(store.locale).to.equal('nb');
    expect(heard, 'Italian never showed').to.deep.equal(['nb']);
    expect(await settledAlready(ready)).to.be.true;
  });

  it('needs no download for English or for the locale shown, and drops the one under way', async () => {
    const { store, requested, heard, listen, arrive } = storeUnderTest();
    listen();
    void store.choose('fr');
    await arrive('fr');
    void store.choose('de');
    void store.choose('fr-BE');
    expect(store.status, 'back to French, shown already').to.equal('ready');
    expect(await settledAlready(store.ready)).to.be.true;
    await arrive('de');
    expect(store.locale, 'German arrived, overtaken').to.equal('fr');

    void store.choose('en-GB');
    expect(store.status).to.equal('ready');
    expect(store.locale).to.equal('en');
    expect(requested).to.deep.equal(['fr', 'de']);
    expect(heard).to.deep.equal(['fr', 'en']);
  });

  it('downloads a locale once, however often it is asked for', async () => {
    const { store, requested, arrive } = storeUnderTest();
    void store.choose('es');
    void store.choose('es-MX');
    await arrive('es');
    void store.choose('de');
    await arrive('de');
    await store.choose('es');
    expect(store.locale).to.equal('es');
    expect(requested).to.deep.equal(['es', 'de']);
  });

  it('shows English when a download fails, and downloads it again on the next request', async () => {
    const { store, requested, heard, listen, arrive, fail } = storeUnderTest();
    listen();
    void store.choose('sv');
    await arrive('sv');
    const ready = store.choose('lv');
    await fail('lv');
    expect(store.status).to.equal('failed');
    expect(store.locale).to.equal('en');
    expect(await settledAlready(ready), 'settled, not rejected').to.be.true;

    void store.choose('lv');
    expect(store.status).to.equal('loading');
    expect(requested).to.deep.equal(['sv', 'lv', 'lv']);
    await arrive('lv');
    expect(store.status).to.equal('ready');
    expect(heard).to.deep.equal(['sv', 'en', 'lv']);
  });

  it('ignores the failure of an overtaken download', async () => {
    const { store, arrive, fail } = storeUnderTest();
    void store.choose('lt');
    void store.choose('da');
    await fail('lt');
    expect(store.status).to.equal('loading');
    await arrive('da');
    expect(store.status).to.equal('ready');
    expect(store.locale).to.equal('da');
  });

  it('shows English when a download overruns the watchdog, then the translations if they come', async () => {
    const { store, heard, listen, arrive, overrun } = storeUnderTest();
    listen();
    void store.choose('sv');
    await arrive('sv');
    const ready = store.choose('es');
    overrun();
    expect(store.status).to.equal('failed');
    expect(store.locale).to.equal('en');
    expect(await settledAlready(ready), 'nothing waits any longer').to.be.true;

    await arrive('es');
    expect(store.status).to.equal('ready');
    expect(heard).to.deep.equal(['sv', 'en', 'es']);
  });

  it('after an overrun, keeps to a newer request when the late translations come', async () => {
    const { store, arrive, overrun } = storeUnderTest();
    void store.choose('es');
    overrun();
    void store.choose('pt-BR');
    await arrive('es');
    expect(store.status).to.equal('loading');
    expect(store.locale).to.equal('en');
    await arrive('pt-BR');
    expect(store.locale).to.equal('pt-BR');
  });

  it('keeps a watchdog running only while a download is awaited', async () => {
    const { store, watchdogRunning, arrive, fail } = storeUnderTest();
    void store.choose('es');
    expect(watchdogRunning()).to.be.true;
    await arrive('es');
    expect(watchdogRunning()).to.be.false;
    void store.choose('de');
    void store.choose('en');
    expect(watchdogRunning(), 'back to English').to.be.false;
    void store.choose('lt');
    await fail('lt');
    expect(watchdogRunning()).to.be.false;
  });

  it('follows the page’s lang while anyone listens', async () => {
    const { store, page, requested, arrive, listen } = storeUnderTest('fr-BE');
    expect(requested, 'nobody listens yet').to.be.empty;
    const stop = listen();
    expect(requested).to.deep.equal(['fr']);
    await arrive('fr');
    expect(store.locale).to.equal('fr');

    page.lang = 'de';
    await mutationsDelivered();
    expect(requested).to.deep.equal(['fr', 'de']);

    stop();
    page.lang = 'it';
    await mutationsDelivered();
    expect(requested, 'nobody listens any more').to.deep.equal(['fr', 'de']);
  });

  it('keeps to a chosen locale, whatever the page’s lang says after', async () => {
    const { store, page, requested, listen } = storeUnderTest();
    const stop = listen();
    void store.choose('pl');
    page.lang = 'es';
    await mutationsDelivered();
    expect(requested).to.deep.equal(['pl']);
    stop();
    listen(); // listening again does not bring the page's lang back
    expect(requested).to.deep.equal(['pl']);
  });

  it('matches the closest supported locale; anything else is English, and nothing throws', async () => {
    const { store, requested } = storeUnderTest();
    void store.choose('pt-BR');
    void store.choose('zh-SG');
    void store.choose('nn-NO');
    expect(requested).to.deep.equal(['pt-BR', 'zh-Hans', 'nb']);
    for (const tag of [undefined, null, 42, {}, '', 'xx', '../../evil', 'x'.repeat(10_000)]) {
      await store.choose(tag);
      expect(store.locale, String(tag).slice(0, 12)).to.equal('en');
      expect(store.status).to.equal('ready');
    }
  });
});
