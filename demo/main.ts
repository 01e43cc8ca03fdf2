import { render, type TemplateResult } from 'lit';
import '../src/bank-connect-error.js';
import type { HistoryMode, ViewContext } from './app/context.js';
import { showLocale } from './app/locale.js';
import { queryOf, readState, type DemoState, type View } from './app/state.js';
import { applyTokens } from './app/theme-sheet.js';
import { galleryView } from './views/gallery.js';
import { playgroundView, syncPlaygroundResolution } from './views/playground.js';
import { shell, VIEW_TITLES } from './views/shell.js';
import { supportTableView } from './views/support-table.js';
import { themeEditorView } from './views/theme-editor.js';

const VIEWS: Readonly<Record<View, (context: ViewContext) => TemplateResult>> = {
  gallery: galleryView,
  playground: playgroundView,
  theme: themeEditorView,
  support: supportTableView,
};

const root = document.getElementById('app')!;
let state: DemoState = readState(location.search);
let renderedView: View | null = null;

function writeUrl(history: HistoryMode) {
  const url = `${location.pathname}${queryOf(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Carries the state to what lives outside the templates: page theme, custom properties, locale. */
function applyPageSettings(previous: DemoState | null) {
  document.documentElement.dataset.theme = state.theme;
  if (previous?.tokens !== state.tokens) applyTokens(state.tokens);
  if (previous?.locale !== state.locale) {
    // The words in the gallery and support table come from the newly loaded translations.
    void showLocale(state.locale).then((current) => current && renderApp());
  }
}

function update(patch: Partial<DemoState>, history: HistoryMode = 'replace') {
  const previous = state;
  state = { ...state, ...patch };
  writeUrl(history);
  applyPageSettings(previous);
  renderApp();
}

const context = (): ViewContext => ({
  state,
  update,
  rerender: renderApp,
  hrefFor: (patch) => queryOf({ ...state, ...patch }) || location.pathname,
  follow: (patch) => (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return; // a new tab or window: the browser opens the link itself
    }
    event.preventDefault();
    update(patch, 'push');
  },
});

function renderApp() {
  const current = context();
  render(shell(current, VIEWS[state.view](current)), root);
  document.title = `${VIEW_TITLES[state.view]} · bank-connect-error demo`;
  // A new view takes focus to its heading, so keyboard and screen-reader users start there.
  if (renderedView !== state.view) {
    // On a phone the views scroll sideways: bring the current one into sight.
    root
      .querySelector('.site-nav [aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  if (renderedView !== null && renderedView !== state.view) {
    window.scrollTo(0, 0);
    root.querySelector<HTMLElement>('h1')?.focus();
  }
  renderedView = state.view;
  if (state.view === 'playground') {
    void syncPlaygroundResolution().then((changed) => changed && renderApp());
  }
}

window.addEventListener('popstate', () => {
  const previous = state;
  state = readState(location.search);
  applyPageSettings(previous);
  renderApp();
});

applyPageSettings(null);
renderApp();
