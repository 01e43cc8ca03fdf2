import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { PROVIDER_NAMES, PROVIDERS, REASONS } from '../../src/bank-connect-error.js';
import type { CodeFilters } from '../app/code-filters.js';
import { DOCUMENTED_CODES } from '../app/code-rows.js';
import type { ViewContext } from '../app/context.js';
import { SEVERITIES, type DemoState } from '../app/state.js';

/** Reasons some documented code has (all but `unknown`), in the vocabulary's order. */
const DOCUMENTED_REASONS = REASONS.filter((reason) =>
  DOCUMENTED_CODES.some((entry) => entry.reason === reason),
);

export function filtersOf(state: DemoState): CodeFilters {
  return {
    provider: state.filterProvider,
    reason: state.filterReason,
    severity: state.filterSeverity,
    query: state.query,
  };
}

const NO_FILTERS: Partial<DemoState> = {
  filterProvider: '',
  filterReason: '',
  filterSeverity: '',
  query: '',
};

/**
 * Provider, reason and severity filters and a search box, shared by the gallery and the support
 * table, with a count announced as it changes.
 */
export function codeFiltersForm({ state, update }: ViewContext, shown: number, total: number) {
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const filtered = Boolean(
    state.filterProvider || state.filterReason || state.filterSeverity || state.query,
  );
  const option = (current: string, optionValue: string, label: string) =>
    html`<option value=${optionValue} ?selected=${current === optionValue}>${label}</option>`;

  return html`
    <form
      class="filters"
      role="search"
      aria-label="Filter the codes"
      @submit=${(event: Event) => event.preventDefault()}
    >
      <label>
        <span>Provider</span>
        <select
          name="provider"
          @change=${(event: Event) =>
            update({ filterProvider: value(event) as DemoState['filterProvider'] })}
        >
          ${option(state.filterProvider, '', 'All providers')}
          ${PROVIDERS.map((provider) =>
            option(state.filterProvider, provider, PROVIDER_NAMES[provider]),
          )}
        </select>
      </label>
      <label>
        <span>Reason</span>
        <select
          name="reason"
          @change=${(event: Event) =>
            update({ filterReason: value(event) as DemoState['filterReason'] })}
        >
          ${option(state.filterReason, '', 'All reasons')}
          ${DOCUMENTED_REASONS.map((reason) => option(state.filterReason, reason, reason))}
        </select>
      </label>
      <label>
        <span>Severity</span>
        <select
          name="severity"
          @change=${(event: Event) =>
            update({ filterSeverity: value(event) as DemoState['filterSeverity'] })}
        >
          ${option(state.filterSeverity, '', 'All severities')}
          ${SEVERITIES.map((severity) => option(state.filterSeverity, severity, severity))}
        </select>
      </label>
      <label class="filters-search">
        <span>Search codes and words</span>
        <input
          name="q"
          type="search"
          dir="auto"
          autocomplete="off"
          spellcheck="false"
          placeholder="936, INVALID_LOGIN, password…"
          .value=${live(state.query)}
          @input=${(event: Event) => update({ query: value(event) })}
        />
      </label>
      <button
        type="button"
        class="button-secondary"
        ?disabled=${!filtered}
        @click=${() => update(NO_FILTERS)}
      >
        Clear filters
      </button>
    </form>
    <p class="result-count" role="status">
      ${shown === total ? `All ${total} codes` : `${shown} of ${total} codes`}
    </p>
  `;
}
