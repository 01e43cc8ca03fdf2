import { expect } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/bank-connect-error.js';
import { localeSettled } from '../../src/localization/localization.js';
import { part, render, visibleText, warningsDuring } from './helpers.js';
import { delayLoad, failToLoad, readTargets } from './locale-helpers.js';

// setLocale() overrides <html lang> for the rest of the page's life: these tests share one page.
describe('setLocale', () => {
  const rejections: PromiseRejectionEvent[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => window.removeEventListener('unhandledrejection', onRejection));

  afterEach(() => expect(rejections, 'no unhandled rejection').to.have.length(0));

  it('overrides <html lang> from then on', async () => {
    const el = await render({ code: '103' });
    await setLocale('de');
    await el.updateComplete;
    expect(getLocale()).to.equal('de');
    const german = (await readTargets('de')).get('reason.invalid_credentials.title');
    expect(visibleText(el, 'title')).to.equal(german);
    document.documentElement.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(getLocale()).to.equal('de');
    expect(part(el, 'base')!.lang).to.equal('de');
  });

  it('matches the closest supported locale', async () => {
    await setLocale('pt-BR');
    expect(getLocale()).to.equal('pt');
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
    void setLocale('ro');
    const el = await render({ code: '103' }); // resolves after the first render
    expect(part(el, 'base')!.lang).to.equal('ro');
    expect(visibleText(el, 'title')).to.equal(
      (await readTargets('ro')).get('reason.invalid_credentials.title'),
    );
  });

  it('keeps first renders waiting only while a locale really loads, all on one wait', async () => {
    await setLocale('en');
    await setLocale('en'); // the locale shown: nothing to load, nothing to wait for
    expect(localeSettled(3000)).to.be.undefined;
    const loading = setLocale('et');
    const wait = localeSettled(3000);
    expect(wait).to.be.instanceOf(Promise);
    expect(localeSettled(3000), 'every first render shares it').to.equal(wait);
    await loading;
    expect(localeSettled(3000)).to.be.undefined;
  });

  it('after a wait that ran out, lets the next first render wait afresh', async () => {
    const slow = delayLoad('pl');
    const loading = setLocale('pl');
    const first = localeSettled(20)!;
    await first; // ran out: Polish is still loading
    const second = localeSettled(20);
    expect(second).to.be.instanceOf(Promise);
    expect(second).not.to.equal(first);
    slow.release();
    await loading;
  });

  it('renders first in the latest locale when a switch overtakes the one it waited for', async () => {
    const italian = delayLoad('it');
    const norwegian = delayLoad('nb');
    void setLocale('it');
    const el = document.createElement('bank-connect-error');
    el.code = '103';
    const titles: string[] = [];
    const seen = new MutationObserver(() => titles.push(visibleText(el, 'title')));
    document.body.append(el);
    seen.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await new Promise((resolve) => setTimeout(resolve, 20)); // its first render waits on Italian
    const switched = setLocale('nb');
    italian.release(); // Italian arrives, overtaken: the element must not render (English) yet
    await new Promise((resolve) => setTimeout(resolve, 100));
    norwegian.release();
    await switched;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    seen.disconnect();
    el.remove();
    const title = (await readTargets('nb')).get('reason.invalid_credentials.title');
    expect(titles[0], 'the first words rendered').to.equal(title);
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
    expect(visibleText(el, 'title')).to.equal("Your bank's connection is down");
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
