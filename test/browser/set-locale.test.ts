import { expect } from '@open-wc/testing';
import { getLocale, setLocale, type BankConnectError } from '../../src/bank-connect-error.js';
import { localeStore } from '../../src/localization/localization.js';
import { part, render, visibleText, warningsDuring } from './helpers.js';
import { failToLoad, readTargets } from './locale-helpers.js';

/** Renders an element, noting the title of each of its renders, from the very first. */
async function renderNotingTitles(code: string) {
  const el = document.createElement('bank-connect-error') as BankConnectError;
  el.code = code;
  const titles: string[] = [];
  document.body.append(el);
  const renders = new MutationObserver(() => titles.push(visibleText(el, 'title')));
  renders.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await el.updateComplete;
  renders.disconnect();
  el.remove();
  return { el, titles };
}

// setLocale() overrides <html lang> for the rest of the page's life: these tests share one page.
describe('setLocale', () => {
  const rejections: PromiseRejectionEvent[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));

  const pageLanguage = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLanguage;
    expect(rejections, 'no unhandled rejection').to.have.length(0);
  });

  it('overrides <html lang> from then on', async () => {
    const el = await render({ code: '103' });
    await setLocale('de');
    await el.updateComplete;
    expect(getLocale()).to.equal('de');
    const german = (await readTargets('de')).get('reason.invalid_credentials.title');
    expect(visibleText(el, 'title')).to.equal(german);
    document.documentElement.lang = 'es';
    await Promise.resolve(); // the store hears of the change in a microtask
    expect(localeStore.status, 'nothing to download').to.equal('ready');
    await el.updateComplete;
    expect(getLocale()).to.equal('de');
    expect(part(el, 'base')!.lang).to.equal('de');
  });

  it('matches the closest supported locale', async () => {
    await setLocale('pt-BR');
    expect(getLocale()).to.equal('pt-BR');
    await setLocale('zh-SG');
    expect(getLocale()).to.equal('zh-Hans');
  });

  it('falls back to English for unsupported or malformed locales, warning in development', async () => {
    for (const tag of ['xx', '../../evil', '', 'x'.repeat(10_000)]) {
      await setLocale('fr');
      const warnings = await warningsDuring(() => setLocale(tag));
      expect(getLocale(), JSON.stringify(tag.slice(0, 12))).to.equal('en');
      if (tag) expect(warnings.join('\n')).to.contain('not a supported locale');
    }
  });

  it('renders an element first in the locale being loaded, never in English first', async () => {
    await setLocale('en');
    void setLocale('ro');
    const { el, titles } = await renderNotingTitles('103');
    const romanian = (await readTargets('ro')).get('reason.invalid_credentials.title');
    expect(titles, 'the words of each render').to.deep.equal([romanian]);
    expect(part(el, 'base')!.lang).to.equal('ro');
  });

  it('renders an element first in the latest locale when switches race', async () => {
    await setLocale('en');
    void setLocale('it');
    const rendering = renderNotingTitles('103');
    void setLocale('zh-Hans');
    await setLocale('nb');
    const { titles } = await rendering;
    const norwegian = (await readTargets('nb')).get('reason.invalid_credentials.title');
    expect(titles, 'the words of each render').to.deep.equal([norwegian]);
  });

  it('lets the last of several racing switches win', async () => {
    const el = await render({ code: '910' });
    void setLocale('fr');
    void setLocale('nl');
    void setLocale('hi');
    await setLocale('pl');
    await el.updateComplete;
    expect(getLocale()).to.equal('pl');
    expect(part(el, 'base')!.lang).to.equal('pl');
    void setLocale('vi');
    await setLocale('en');
    await el.updateComplete;
    expect(visibleText(el, 'title')).to.equal('The connection to your bank is down');
  });

  it('leaves the element in English and working when a locale fails to load', async () => {
    await setLocale('sv');
    const offline = failToLoad('lv');
    const el = await render({ code: '103' });
    const warnings = await warningsDuring(() => setLocale('lv'));
    offline.restore();
    await el.updateComplete;
    expect(warnings.join('\n')).to.contain('could not load the "lv" translations');
    expect(getLocale()).to.equal('en');
    expect(visibleText(el, 'title')).to.equal("We couldn't sign in to your bank");
    let clicked = '';
    el.addEventListener('bank-connect-action', (e) => (clicked = e.detail.action));
    part(el, 'button-primary')!.click();
    expect(clicked).to.equal('retry');
  });

  it('tries a failed locale again on the next switch', async () => {
    const offline = failToLoad('lt');
    void setLocale('lt');
    await setLocale('da'); // a failing switch overtaken by a working one
    expect(getLocale()).to.equal('da');
    await setLocale('lt');
    expect(getLocale()).to.equal('en');
    offline.restore();
    await setLocale('lt');
    expect(getLocale()).to.equal('lt');
  });
});
