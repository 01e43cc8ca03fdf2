import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../src/bank-connect-error.js';
import type { ViewContext } from '../app/context.js';
import { LOCALE_CHOICES } from '../app/locale.js';
import { PAGE_THEMES, type PageTheme, type View } from '../app/state.js';

export const VIEW_TITLES: Readonly<Record<View, string>> = {
  gallery: 'Gallery',
  playground: 'Playground',
  theme: 'Theme editor',
  support: 'Support table',
};

const THEME_LABELS: Readonly<Record<PageTheme, string>> = {
  light: 'Light',
  dark: 'Dark',
  auto: 'Follow the system',
};

function navigation({ state, hrefFor, follow }: ViewContext) {
  const views = Object.keys(VIEW_TITLES) as View[];
  // The connect flow is its own page (an iframe demo); it is told the locale and theme.
  const flowQuery = new URLSearchParams({ locale: state.locale, theme: state.theme });
  return html`
    <nav class="site-nav" aria-label="Views">
      <ul>
        ${views.map(
          (view) => html`
            <li>
              <a
                href=${hrefFor({ view })}
                aria-current=${view === state.view ? 'page' : 'false'}
                @click=${follow({ view })}
                >${VIEW_TITLES[view]}</a
              >
            </li>
          `,
        )}
        <li><a href="connect-flow.html?${flowQuery}">Connect flow (iframe)</a></li>
      </ul>
    </nav>
  `;
}

function pageSettings({ state, update }: ViewContext) {
  return html`
    <div class="page-settings">
      <label>
        <span>Language</span>
        <select
          id="page-locale"
          @change=${(event: Event) =>
            update({ locale: (event.target as HTMLSelectElement).value as Locale })}
        >
          ${LOCALE_CHOICES.map(
            ({ locale, label }) =>
              html`<option value=${locale} lang=${locale} ?selected=${locale === state.locale}>
                ${label}
              </option>`,
          )}
        </select>
      </label>
      <label>
        <span>Theme</span>
        <select
          id="page-theme"
          @change=${(event: Event) =>
            update({ theme: (event.target as HTMLSelectElement).value as PageTheme })}
        >
          ${PAGE_THEMES.map(
            (theme) =>
              html`<option value=${theme} ?selected=${theme === state.theme}>
                ${THEME_LABELS[theme]}
              </option>`,
          )}
        </select>
      </label>
    </div>
  `;
}

/** The frame every view shares: skip link, header with views and page settings, footer. */
export function shell(context: ViewContext, content: TemplateResult): TemplateResult {
  return html`
    <a class="skip-link" href="#main">Skip to the content</a>
    <header class="site-header">
      <p class="brand">
        <a
          href=${context.hrefFor({ view: 'gallery' })}
          @click=${context.follow({ view: 'gallery' })}
          ><code>&lt;bank-connect-error&gt;</code></a
        >
        <span>demo</span>
      </p>
      ${navigation(context)} ${pageSettings(context)}
    </header>
    <main id="main" tabindex="-1">${content}</main>
    <footer class="site-footer">
      <p>
        The element's words follow the language above; this page's own text is in English.
        <a href="variants.html?theme=${context.state.theme === 'dark' ? 'dark' : 'light'}"
          >Every variant side by side</a
        >.
      </p>
    </footer>
  `;
}
