import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { supportedLocales } from '../../src/localization/match-locale.js';
import { listCodes } from '../../src/catalog.js';
import { launchBrowser, watchedPage } from './support/browser.js';
import { axeViolations, elementsRendered, shownTexts } from './support/demo-page.js';
import { serve, type StaticServer } from './support/server.js';
import { assertTextBecomes } from './support/settled-text.js';

// Drives the BUILT demo (`npm run build:demo` → demo-dist/) as a visitor would, from a plain
// static server; the playground's snippet is checked against the package's drop-in (dist/).

const DOCUMENTED = listCodes();
const VIEWS = {
  gallery: 'Gallery',
  playground: 'Playground',
  theme: 'Theme editor',
  support: 'Support table',
};
const PREVIEW = '#playground-preview';
const FINICITY_936 = 'bank-connect-error[provider="finicity"][code="936"]';

/** A unit's target in a locale's XLIFF file, as the translators wrote it. */
function xliffTarget(locale: string, id: string): string {
  const xliff = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const unit = new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?</trans-unit>`);
  const target = unit.exec(xliff)?.[0].match(/<target>([\s\S]*?)<\/target>/)?.[1] ?? '';
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return target.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
}

const colour = (page: Page, selector: string, part: string, property: string) =>
  page.evaluate(
    ([selector, part, property]) => {
      const element = document.querySelector(selector!)!.shadowRoot!;
      return getComputedStyle(element.querySelector(`[part~="${part}"]`)!).getPropertyValue(
        property!,
      );
    },
    [selector, part, property],
  );

describe('the demo site (demo-dist/)', () => {
  let browser: Browser;
  let demo: StaticServer;
  let dropIn: StaticServer;
  // Pages the drop-in server answers from memory; a test adds the snippet page here.
  const blankPages: Record<string, string> = {};

  before(async () => {
    for (const [file, command] of [
      ['demo-dist/index.html', 'npm run build:demo'],
      ['dist/bank-connect-error.bundled.js', 'npm run build'],
    ]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`${command}\` first.`);
    }
    browser = await launchBrowser();
    demo = await serve('demo-dist');
    dropIn = await serve('dist', { pages: blankPages });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
    await dropIn?.close();
  });

  /** Opens the demo at a query and waits until its elements have rendered. */
  async function open(query = '', viewport = { width: 1280, height: 900 }) {
    const watched = await watchedPage(browser, { viewport, acceptDownloads: true });
    await watched.page.goto(`${demo.origin}/index.html${query}`);
    await watched.page.locator('main h1').waitFor();
    if ((await watched.page.locator('bank-connect-error').count()) > 0) {
      await elementsRendered(watched.page);
    }
    return watched;
  }

  it('loads with no console error, and every view renders from its link', async () => {
    const { page, problems } = await open();
    for (const [view, heading] of Object.entries(VIEWS)) {
      await page.locator('nav').getByRole('link', { name: heading, exact: true }).click();
      await assertTextBecomes(page.locator('main h1'), heading);
      assert.match(page.url(), view === 'gallery' ? /index\.html$/ : new RegExp(`view=${view}`));
    }
    assert.equal(
      await page.locator('nav a[href^="connect-flow.html"]').innerText(),
      'Connect flow (iframe)',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shrugs off a hostile URL: defaults, a warning, no error', async () => {
    const { page, problems } = await open(
      `?view=nope&locale=../../evil&theme=%3Cscript%3E&actions=rm%20-rf&vars=${encodeURIComponent('surface:red;}body{display:none')}`,
    );
    assert.equal(await page.locator('main h1').innerText(), 'Gallery');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('[style]').count(), 0, 'no style attributes anywhere');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the gallery renders every documented code of every provider, live', async () => {
    const { page } = await open();
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('main bank-connect-error')].map(
        (element) => `${element.getAttribute('provider')} ${element.getAttribute('code')}`,
      ),
    );
    assert.equal(rendered.length, DOCUMENTED.length);
    assert.deepEqual(
      rendered.sort(),
      DOCUMENTED.map(({ provider, code }) => `${provider} ${code}`).sort(),
    );
    const texts = await shownTexts(page, 'main bank-connect-error');
    assert.ok(texts.every((text) => text.title && text.message && text.reference));
    assert.equal(await page.locator('.result-count').innerText(), `All ${DOCUMENTED.length} codes`);
    await page.close();
  });

  it('filters the gallery by provider, reason and severity, and searches codes and words', async () => {
    const { page } = await open();
    const cards = page.locator('main bank-connect-error');
    const filters = page.locator('form[role="search"]');

    await filters.getByLabel('Provider').selectOption('argyle');
    assert.equal(await cards.count(), DOCUMENTED.filter((c) => c.provider === 'argyle').length);
    await filters.getByLabel('Provider').selectOption('');

    await filters.getByLabel('Reason').selectOption('no_recent_transactions');
    const noActivity = DOCUMENTED.filter((c) => c.reason === 'no_recent_transactions');
    assert.equal(await cards.count(), noActivity.length);
    await filters.getByLabel('Reason').selectOption('');

    await filters.getByLabel('Severity').selectOption('success');
    await elementsRendered(page, 'main bank-connect-error');
    const successes = await shownTexts(page, 'main bank-connect-error');
    assert.ok(successes.length > 0 && successes.length < DOCUMENTED.length);
    assert.ok(successes.every((text) => text.classes.split(' ').includes('success')));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    assert.equal(await cards.count(), DOCUMENTED.length);

    // A code in another spelling finds it; words find the codes whose message says them.
    const search = filters.getByLabel('Search codes and words');
    await search.fill('INVALID_LOGIN');
    assert.deepEqual(
      await page.$$eval('main bank-connect-error', (els) =>
        els.map((el) => el.getAttribute('code')),
      ),
      ['Invalid Login'],
    );
    await search.fill('password');
    await elementsRendered(page, 'main bank-connect-error');
    const matches = await shownTexts(page, 'main bank-connect-error');
    assert.ok(
      matches.length > 3 && matches.length < DOCUMENTED.length,
      `${matches.length} matches`,
    );
    assert.ok(matches.every((text) => /password/i.test(`${text.title} ${text.message}`)));

    // The filters live in the URL: the link reproduces the view.
    assert.match(page.url(), /[?&]q=password\b/);
    const again = await open(new URL(page.url()).search);
    assert.equal(await again.page.locator('main bank-connect-error').count(), matches.length);
    await again.page.close();
    await page.close();
  });

  it('the playground: a typed code and a pasted payload change the element and the JSON', async () => {
    const { page, problems } = await open('?view=playground');
    const resolution = async () =>
      JSON.parse(await page.locator('#resolution').innerText()) as Record<string, unknown>;
    await page.waitForFunction(() => document.querySelector('#resolution')?.textContent?.trim());
    assert.equal((await resolution()).reason, 'language_not_supported');

    await page.getByLabel('Provider').selectOption('');
    await page.getByLabel('Code', { exact: true }).fill('INVALID_LOGIN');
    await page.waitForFunction(() =>
      /invalid_credentials/.test(document.querySelector('#resolution')!.textContent!),
    );
    assert.deepEqual(
      [(await resolution()).provider, (await resolution()).code],
      ['flinks', 'Invalid Login'],
    );
    assert.match((await shownTexts(page, PREVIEW))[0]!.title, /We couldn't sign in to Tangerine/);

    // A Finicity error body, pasted as the backend received it.
    await page.getByLabel('A raw payload').check();
    await page
      .getByLabel('Payload (JSON, as your backend received it)')
      .fill('{ "code": 910, "status": "500", "message": "Institution outage" }');
    await page.waitForFunction(() =>
      /"910"/.test(document.querySelector('#resolution')!.textContent!),
    );
    const outage = await resolution();
    assert.deepEqual([outage.provider, outage.reason], ['finicity', 'institution_outage']);
    assert.deepEqual(outage.retryAfter, { min: 259200, max: 432000 });
    const shown = (await shownTexts(page, PREVIEW))[0]!;
    assert.match(shown.reference, /Finicity 910/);

    // A real Argyle Link event from the examples; the element's buttons fill the event log.
    await page
      .getByLabel('Example payload')
      .selectOption('argyle/link-ui-login-opened-invalid-credentials');
    await page.waitForFunction(() =>
      /"invalid_credentials"/.test(document.querySelector('#resolution')!.textContent!),
    );
    await page.locator(`${PREVIEW} [part~="button-primary"]`).click();
    const logged = await page.locator('.event-log li code').first().innerText();
    assert.deepEqual(JSON.parse(logged), {
      action: 'retry',
      reason: 'invalid_credentials',
      provider: 'argyle',
      code: 'invalid_credentials',
    });

    // Not JSON: a note for the developer, the generic message for the borrower, no error.
    await page.getByLabel('Payload (JSON, as your backend received it)').fill('{ oops');
    await page.waitForFunction(() =>
      /"unknown"/.test(document.querySelector('#resolution')!.textContent!),
    );
    assert.match(await page.locator('#payload-problem').innerText(), /Not JSON/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the snippet, pasted into a blank page beside the bundled script, renders the same', async () => {
    const payload = JSON.stringify({ HttpStatusCode: 401, FlinksCode: 'RETRY_LATER' });
    const { page } = await open(
      `?view=playground&source=payload&payload=${encodeURIComponent(payload)}` +
        `&institution=${encodeURIComponent('Caisse "Populaire" <Desjardins>')}` +
        '&variant=panel&theme=dark&locale=fr&preset=maple&actions=retry+contact_support',
    );
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await elementsRendered(page, PREVIEW);
    const snippet = await page.locator('#snippet').innerText();
    assert.match(snippet, /src="\.\/bank-connect-error\.bundled\.js"/);

    blankPages['/snippet.html'] =
      `<!doctype html><html lang="en"><head><link rel="icon" href="data:," /></head><body>\n${snippet}\n</body></html>`;
    const blank = await watchedPage(browser);
    await blank.page.goto(`${dropIn.origin}/snippet.html`);
    await blank.page.waitForFunction(() =>
      document.querySelector('bank-connect-error')?.shadowRoot?.querySelector('[lang="fr"]'),
    );
    await elementsRendered(blank.page);

    const [expected] = await shownTexts(page, PREVIEW);
    const [actual] = await shownTexts(blank.page);
    assert.deepEqual(actual, expected);
    assert.match(actual!.message, /Caisse "Populaire" <Desjardins>/);
    assert.equal(
      await colour(blank.page, 'bank-connect-error', 'button-primary', 'background-color'),
      await colour(page, PREVIEW, 'button-primary', 'background-color'),
    );
    assert.deepEqual(blank.problems, []);
    await blank.page.close();
    await page.close();
  });

  it('switching the locale changes the words and the page’s lang and dir', async () => {
    const { page, problems } = await open();
    const english = (await shownTexts(page, FINICITY_936))[0]!.title;
    const locale = page.locator('#page-locale');
    const labels = (await locale.locator('option').allTextContents()).map((label) => label.trim());
    assert.equal(labels.length, supportedLocales.length);
    assert.ok(labels.includes('français · French (fr)'), labels.join(', '));

    await locale.selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    const french = xliffTarget('fr', 'reason.language_not_supported.title');
    await page.waitForFunction(
      ([selector, text]) =>
        document.querySelector(selector!)!.shadowRoot!.textContent!.includes(text!),
      [FINICITY_936, french],
    );
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');

    await locale.selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)!.shadowRoot!.querySelector('[dir="rtl"]'),
      FINICITY_936,
    );
    const arabic = (await shownTexts(page, FINICITY_936))[0]!;
    assert.equal(arabic.lang, 'ar');
    assert.notEqual(arabic.title, english);
    assert.match(page.url(), /[?&]locale=ar\b/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the theme editor changes the elements’ computed colours, through a constructed stylesheet', async () => {
    const { page } = await open('?view=theme');
    const preview = '.preview-stack bank-connect-error';
    const before = await colour(page, preview, 'base', 'background-color');
    assert.equal(before, 'rgb(255, 255, 255)');

    await page.getByLabel('Background --bank-connect-error-surface').fill('#123456');
    await page.waitForFunction(
      (selector) =>
        getComputedStyle(
          document.querySelector(selector)!.shadowRoot!.querySelector('[part~="base"]')!,
        ).backgroundColor === 'rgb(18, 52, 86)',
      preview,
    );
    assert.match(
      await page.locator('#theme-css').innerText(),
      /--bank-connect-error-surface: #123456;/,
    );

    await page.getByLabel('Start from').selectOption('maple');
    await page.waitForFunction(
      (selector) =>
        getComputedStyle(
          document.querySelector(selector)!.shadowRoot!.querySelector('[part~="button-primary"]')!,
        ).backgroundColor === 'rgb(46, 107, 52)',
      preview,
    );
    // Applied through the CSSOM: no style attribute, no <style> written into the page.
    assert.equal(await page.locator('[style]').count(), 0);
    assert.equal(await page.locator('style').count(), 0);

    // The theme reaches every view: the gallery shows the lender's colours too.
    await page.getByRole('link', { name: 'Gallery' }).click();
    await elementsRendered(page);
    assert.equal(
      await colour(page, FINICITY_936, 'base', 'background-color'),
      'rgb(251, 250, 246)',
    );
    await page.close();
  });

  it('the support table lists every code in the chosen locale and downloads it as CSV', async () => {
    const { page } = await open('?view=support&locale=fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    const rows = page.locator('.support-table tbody tr');
    assert.equal(await rows.count(), DOCUMENTED.length);
    const french = xliffTarget('fr', 'reason.language_not_supported.title');
    await page.locator('.support-table', { hasText: french }).waitFor();

    await page.getByLabel('Search codes and words').fill('Finicity 936');
    assert.equal(await rows.count(), 1);
    await page.getByLabel('Search codes and words').fill('');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'bank-connect-error-messages-fr.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    assert.equal(lines.length, DOCUMENTED.length + 1, 'a header and a line per code');
    assert.equal(
      lines[0],
      '"Provider","Code","Reason","Severity","Title","Message","Waiting time","Source","Source URL","Source quote","Note"',
    );
    assert.ok(
      lines.some(
        (line) =>
          line.startsWith('"Finicity","936","language_not_supported","error"') &&
          line.includes(french) &&
          line.includes('""Aggregation Status Codes""'),
      ),
    );
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const { page } = await open();
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'Skip to the content',
    );
    // Tab to the Playground link, follow it: the new view's heading takes focus.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Playground') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Playground');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    // From there, Tab reaches the inputs and typing changes the element.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'code')) break;
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('103');
    await page.waitForFunction(() =>
      /"103"/.test(document.querySelector('#resolution')!.textContent!),
    );
    await page.close();
  });

  for (const [name, query] of [
    ['gallery', ''],
    ['gallery, dark, in Arabic', '?theme=dark&locale=ar'],
    ['playground', '?view=playground'],
    [
      'playground, dark, with a payload',
      `?view=playground&theme=dark&source=payload&payload=${encodeURIComponent('{"code":185}')}`,
    ],
    ['theme editor, a dark brand', '?view=theme&preset=nightjar&theme=dark'],
    ['support table', '?view=support'],
  ]) {
    it(`passes axe: ${name}`, async () => {
      const { page } = await open(query);
      if (query.includes('locale=ar')) {
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});
