import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { PROVIDER_NAMES, getLocale } from '../../src/bank-connect-error.js';
import { filterRows } from '../app/code-filters.js';
import { codeRows, type CodeRow } from '../app/code-rows.js';
import type { ViewContext } from '../app/context.js';
import { csvDownloadUrl, toCsv } from '../app/csv.js';
import { LOCALE_CHOICES } from '../app/locale.js';
import { breakable } from './breakable.js';
import { codeFiltersForm, filtersOf } from './code-filters-form.js';

const COLUMNS = ['Provider', 'Code', 'Reason', 'Severity', 'Title', 'Message', 'Waiting time'];
/** The CSV adds where each code's meaning comes from, in columns a spreadsheet can filter. */
const CSV_COLUMNS = [...COLUMNS, 'Source', 'Source URL', 'Source quote', 'Note'];

const cells = (row: CodeRow) => [
  PROVIDER_NAMES[row.provider],
  row.code,
  row.reason,
  row.severity,
  row.title,
  row.message,
  row.wait,
  row.source.title,
  row.source.url ?? '',
  row.source.quote,
  row.note ?? '',
];

/** The provider's words about the code, where they come from, and our note where they mislead. */
function sourceCell({ source, note }: CodeRow) {
  return html`<blockquote class="source-quote" lang="en">“${source.quote}”</blockquote>
    <p class="source-title">
      ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>` : source.title}
    </p>
    ${note ? html`<p class="source-note"><strong>Our reading:</strong> ${note}</p>` : ''}`;
}

const downloadUrl = csvDownloadUrl();

/**
 * Every code with the exact words the borrower read, in the chosen language, to search and to
 * download: what a lender's support team needs to answer "what did the borrower see?".
 */
export function supportTableView(context: ViewContext) {
  const { state, update } = context;
  const locale = getLocale();
  const rows = codeRows(state.supportBank);
  const shown = filterRows(rows, filtersOf(state), locale);
  const language = LOCALE_CHOICES.find((choice) => choice.locale === locale)!.label;
  const csv = toCsv(CSV_COLUMNS, shown.map(cells));

  return html`
    <h1 tabindex="-1">Support table</h1>
    <p class="lede">
      What did the borrower see? Every code with the exact title and message the element shows, in
      the language chosen above, and the provider's own words the meaning rests on. Search for the
      reference the borrower quotes, such as “Finicity 936”.
    </p>
    ${codeFiltersForm(context, shown.length, rows.length)}
    <div class="table-tools">
      <label>
        <span>Bank name in the messages (optional)</span>
        <input
          name="support-bank"
          autocomplete="off"
          .value=${live(state.supportBank)}
          @input=${(event: Event) =>
            update({ supportBank: (event.target as HTMLInputElement).value })}
        />
      </label>
      <a
        class="button-link"
        id="support-csv"
        href=${downloadUrl(csv)}
        download="bank-connect-error-messages-${locale}.csv"
        >Download CSV (${shown.length} ${shown.length === 1 ? 'row' : 'rows'})</a
      >
    </div>
    <div class="table-scroll" role="region" aria-labelledby="support-caption" tabindex="0">
      <table class="support-table">
        <caption id="support-caption">
          What the borrower reads for each code, in ${language}
        </caption>
        <thead>
          <tr>
            ${COLUMNS.map((column) => html`<th scope="col">${column}</th>`)}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (row) => html`
              <tr>
                <td>${PROVIDER_NAMES[row.provider]}</td>
                <td><code>${breakable(row.code)}</code></td>
                <td><code>${breakable(row.reason)}</code></td>
                <td><span class="severity severity-${row.severity}">${row.severity}</span></td>
                <td lang=${locale}>${row.title}</td>
                <td lang=${locale}>${row.message}</td>
                <td lang=${locale}>${row.wait}</td>
                <td>${sourceCell(row)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
