import { expect, fixture, html } from '@open-wc/testing';
import { resizeViewport } from './commands.js';
import {
  REASONS,
  getLocale,
  supportedLocales,
  type BankConnectError,
} from '../../src/bank-connect-error.js';
import { localeStore } from '../../src/localization/localization.js';
import {
  AXE_TIMEOUT,
  SAMPLE,
  buttonLabels,
  part,
  render,
  visibleText,
  warmUpAxe,
} from './helpers.js';
import { readTargets, setPageLanguage } from './locale-helpers.js';

/** Every reason at once, so one page holds a whole locale. */
const BANK = 'Banque Nationale du Canada';
const matchedPageLocale = () =>
  supportedLocales.find((l) => l.toLowerCase() === document.documentElement.lang.toLowerCase()) ??
  'en';
const ALL_ACTIONS =
  'retry reconnect visit_institution choose_another_account choose_another_institution verify_another_way contact_support continue';

async function renderAllReasons(variant = 'inline') {
  const container = await fixture<HTMLElement>(
    html`<div>
      ${REASONS.map(
        (reason) =>
          html`<bank-connect-error
            variant=${variant}
            provider=${SAMPLE[reason].provider}
            code=${SAMPLE[reason].code}
            institution=${BANK}
            institution-url="https://www.bnc.ca/"
            actions=${ALL_ACTIONS}
          ></bank-connect-error>`,
      )}
    </div>`,
  );
  const elements = [...container.querySelectorAll<BankConnectError>('bank-connect-error')];
  // The elements follow <html lang> once connected, and render first once it has loaded.
  await localeStore.ready;
  expect(getLocale(), 'the elements follow <html lang>').to.equal(matchedPageLocale());
  await Promise.all(elements.map((el) => el.updateComplete));
  return { container, elements };
}

/**
 * English words a locale keeps on purpose, as its banks write: Tagalog's "Error:" (its own word,
 * "Mali:", reads as "your mistake") and "Reference para sa suporta:".
 */
const LOANWORDS: Readonly<Record<string, RegExp>> = { tl: /\b(Error:|Reference\b)/g };

describe('localization', () => {
  before(async function () {
    this.timeout(AXE_TIMEOUT);
    await warmUpAxe();
  });
  after(async () => {
    await resizeViewport({ width: 800, height: 600 });
    document.documentElement.lang = 'en';
  });

  describe('follows <html lang>', () => {
    it('at start and whenever it changes, with the right direction', async () => {
      const el = await render({ code: '103' });
      await setPageLanguage('en-US', 'en', el);
      expect(part(el, 'base')!.lang).to.equal('en');
      await setPageLanguage('fr-BE', 'fr', el);
      const french = (await readTargets('fr')).get('reason.invalid_credentials.title');
      expect(visibleText(el, 'title')).to.equal(french);
      expect(part(el, 'base')!.lang).to.equal('fr');
      expect(part(el, 'base')!.dir).to.equal('ltr');
      await setPageLanguage('ar', 'ar', el);
      expect(part(el, 'base')!.dir).to.equal('rtl');
      await setPageLanguage('xx', 'en', el);
      expect(visibleText(el, 'title')).to.equal("We couldn't sign in to your bank");
    });
  });

  for (const locale of supportedLocales) {
    describe(locale, () => {
      let targets: Map<string, string>;
      before(async () => {
        targets = await readTargets(locale);
        document.documentElement.lang = locale;
      });

      it('renders every reason in this locale’s words', async () => {
        const { elements } = await renderAllReasons();
        for (const [index, reason] of REASONS.entries()) {
          const el = elements[index]!;
          expect(part(el, 'base')!.lang).to.equal(locale);
          expect(part(el, 'base')!.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
          if (locale === 'en') continue;
          const words = (id: string) => targets.get(`${id}.named`) ?? targets.get(id)!;
          const withBank = (text: string) => text.replaceAll('{0}', BANK).replaceAll('{1}', BANK);
          expect(visibleText(el, 'title'), `${reason} title`).to.equal(
            withBank(words(`reason.${reason}.title`)),
          );
          expect(visibleText(el, 'message'), `${reason} message`).to.equal(
            withBank(words(`reason.${reason}.message`)),
          );
          const expectedButtons = el.resolution.actions
            .slice(0, 2)
            .map((action) => withBank(words(`action.${action}`)));
          expect(buttonLabels(el), `${reason} buttons`).to.deep.equal(expectedButtons);
        }
      });

      it('leaves no English in the shadow DOM', async () => {
        if (locale === 'en') return;
        const { elements } = await renderAllReasons();
        const english =
          /\b(Try again|Reconnect|Go to|Choose another|Verify another way|Get help|Continue|Reference|Error:|Warning:|opens in a new tab|your bank)\b/;
        for (const el of elements) {
          const text = el.shadowRoot!.textContent!.replace(LOANWORDS[locale] ?? /^$/, '');
          expect(text, el.resolution.reason).not.to.match(english);
        }
      });

      it('passes axe', async function () {
        this.timeout(AXE_TIMEOUT);
        const { container } = await renderAllReasons();
        await expect(container).to.be.accessible();
      });

      it('fits a 320 px screen in every variant, nothing overflowing', async () => {
        await resizeViewport({ width: 320, height: 640 });
        for (const variant of ['inline', 'panel', 'compact']) {
          const { elements } = await renderAllReasons(variant);
          for (const el of elements) {
            const base = part(el, 'base')!;
            expect(
              base.getBoundingClientRect().width,
              `${variant} ${el.resolution.reason}`,
            ).to.be.at.most(320);
            const shown = [...base.querySelectorAll<HTMLElement>('p, .button')].filter(
              (node) => node.getBoundingClientRect().width > 1, // not the screen-reader-only text
            );
            for (const node of shown) {
              expect(
                node.scrollWidth,
                `${variant} ${el.resolution.reason}: ${node.textContent}`,
              ).to.be.at.most(node.clientWidth + 1);
            }
          }
        }
        await resizeViewport({ width: 800, height: 600 });
      });
    });
  }

  it('formats waiting times with Intl in the active locale', async () => {
    const el = await render({ provider: 'finicity', code: '910' });
    for (const locale of ['de', 'ar']) {
      await setPageLanguage(locale, locale, el);
      const days = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'day',
        unitDisplay: 'long',
      });
      expect(visibleText(el, 'retry')).to.contain(days.formatRange(3, 5));
    }
  });

  it('re-renders every mounted element once per switch', async () => {
    document.documentElement.lang = 'en';
    const { elements } = await renderAllReasons();
    const renders = elements.map(() => 0);
    elements.forEach((el, i) => {
      const original = (el as unknown as { render(): unknown }).render;
      (el as unknown as { render(): unknown }).render = function (this: BankConnectError) {
        renders[i]!++;
        return original.call(this);
      };
    });
    await setPageLanguage('it', 'it', ...elements);
    expect(new Set(renders)).to.deep.equal(new Set([1]));
    expect(getLocale()).to.equal('it');
  });
});
