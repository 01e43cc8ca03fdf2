import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  PROVIDER_NAMES,
  PROVIDERS,
  REASONS,
  getLocale,
  type Provider,
} from '../../src/bank-connect-error.js';
import { filterRows } from '../app/code-filters.js';
import { codeRows, type CodeRow } from '../app/code-rows.js';
import type { ViewContext } from '../app/context.js';
import { breakable } from './breakable.js';
import { codeFiltersForm, filtersOf } from './code-filters-form.js';

interface ReasonGroup {
  rows: CodeRow[];
  first: CodeRow;
}

/** One provider's rows, grouped by reason in the vocabulary's order. */
function byReason(rows: readonly CodeRow[]): ReasonGroup[] {
  return REASONS.map((reason) => rows.filter((row) => row.reason === reason))
    .filter((group) => group.length > 0)
    .map((group) => ({ rows: group, first: group[0]! }));
}

function card(context: ViewContext, row: CodeRow) {
  const { provider, code } = row;
  const tryIt = { view: 'playground', source: 'code', provider, code } as const;
  return html`
    <li class="card">
      <p class="card-heading">
        <code class="code">${breakable(code)}</code>
        <a href=${context.hrefFor(tryIt)} @click=${context.follow(tryIt)}
          >Try it<span class="visually-hidden"> (${PROVIDER_NAMES[provider]} ${code})</span></a
        >
      </p>
      <p class="card-description">${PROVIDER_NAMES[provider]}: “${row.source.quote}”</p>
      <bank-connect-error
        provider=${provider}
        code=${code}
        theme=${context.state.theme}
      ></bank-connect-error>
    </li>
  `;
}

function providerSection(context: ViewContext, provider: Provider, rows: readonly CodeRow[]) {
  const locale = getLocale();
  return html`
    <section class="provider-group" aria-labelledby="gallery-${provider}">
      <h2 id="gallery-${provider}">
        ${PROVIDER_NAMES[provider]}
        <span class="heading-count">${rows.length} ${rows.length === 1 ? 'code' : 'codes'}</span>
      </h2>
      <div class="reason-columns">
        ${repeat(
          byReason(rows),
          (group) => group.first.reason,
          ({ rows: group, first }) => html`
            <div class="reason-group">
              <h3 class="reason-heading">
                <code>${breakable(first.reason)}</code>
                <span class="severity severity-${first.severity}">${first.severity}</span>
                <span class="reason-title" lang=${locale}>${first.title}</span>
              </h3>
              <ul class="card-list">
                ${repeat(
                  group,
                  (row) => row.code,
                  (row) => card(context, row),
                )}
              </ul>
            </div>
          `,
        )}
      </div>
    </section>
  `;
}

/** Every documented code of every provider, rendered live, grouped by provider and reason. */
export function galleryView(context: ViewContext) {
  const rows = codeRows();
  const shown = filterRows(rows, filtersOf(context.state), getLocale());
  return html`
    <h1 tabindex="-1">Gallery</h1>
    <p class="lede">
      Every code Argyle, Flinks and Finicity document, rendered live by the element: what the
      borrower reads, and the provider's own words about the code above it.
    </p>
    ${codeFiltersForm(context, shown.length, rows.length)}
    ${PROVIDERS.map((provider) => {
      const providerRows = shown.filter((row) => row.provider === provider);
      return providerRows.length ? providerSection(context, provider, providerRows) : '';
    })}
    ${
      shown.length === 0
        ? html`<p class="empty">
            No code matches these filters. Try fewer words, or clear the filters.
          </p>`
        : ''
    }
  `;
}
