import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ACTIONS,
  PROVIDER_NAMES,
  PROVIDERS,
  type Action,
  type BankConnectActionEvent,
  type BankConnectError,
} from '../../src/bank-connect-error.js';
import { DOCUMENTED_CODES } from '../app/code-rows.js';
import type { ViewContext } from '../app/context.js';
import { LOCALE_CHOICES } from '../app/locale.js';
import { EXAMPLE_PAYLOADS, examplesOf, parsePayload } from '../app/payloads.js';
import { snippetHtml } from '../app/snippet.js';
import { VARIANTS, type DemoState } from '../app/state.js';
import { tokensCss } from '../app/theme-sheet.js';
import { copyText, type CopyResult } from './copy.js';

interface LogEntry {
  id: number;
  time: string;
  detail: BankConnectActionEvent['detail'];
}

const MAX_LOG_ENTRIES = 25;
const log: LogEntry[] = [];
let nextLogId = 1;
let shownResolution = '';
let copied: { text: string; result: CopyResult } | null = null;

const PREVIEW_ID = 'playground-preview';

/**
 * Reads the preview element's `resolution` once it has rendered; `true` when it changed, so the
 * page renders again to show it. The JSON is the element's own answer, not a second computation.
 */
export async function syncPlaygroundResolution(): Promise<boolean> {
  const preview = document.getElementById(PREVIEW_ID) as BankConnectError | null;
  if (!preview) return false;
  await preview.updateComplete;
  const json = JSON.stringify(preview.resolution, null, 2);
  if (json === shownResolution) return false;
  shownResolution = json;
  return true;
}

function isUsableUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The element's inputs as the playground sets them: the payload wins when it is the source. */
function elementInputs(state: DemoState) {
  const payload = state.source === 'payload' ? parsePayload(state.payload) : null;
  return {
    code: payload ? '' : state.code,
    payload: payload?.value,
    problem: payload?.problem ?? '',
  };
}

function sourceFields({ state, update }: ViewContext, problem: string) {
  const value = (event: Event) =>
    (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
  const suggestions = DOCUMENTED_CODES.filter(
    (entry) => !state.provider || entry.provider === state.provider,
  );
  return html`
    <fieldset>
      <legend>What the provider sent</legend>
      <div class="choice-row">
        ${(['code', 'payload'] as const).map(
          (source) => html`
            <label class="choice">
              <input
                type="radio"
                name="source"
                value=${source}
                .checked=${live(state.source === source)}
                @change=${() => update({ source })}
              />
              ${source === 'code' ? 'A code' : 'A raw payload'}
            </label>
          `,
        )}
      </div>
      <label>
        <span>Provider${state.source === 'payload' ? ' (a hint for bare codes)' : ''}</span>
        <select
          name="provider"
          @change=${(event: Event) => update({ provider: value(event) as DemoState['provider'] })}
        >
          <option value="" ?selected=${state.provider === ''}>Detect from the code</option>
          ${PROVIDERS.map(
            (provider) =>
              html`<option value=${provider} ?selected=${state.provider === provider}>
                ${PROVIDER_NAMES[provider]}
              </option>`,
          )}
        </select>
      </label>
      ${
        state.source === 'code'
          ? html`
              <label>
                <span>Code</span>
                <input
                  name="code"
                  list="code-suggestions"
                  autocomplete="off"
                  spellcheck="false"
                  aria-describedby="code-hint"
                  .value=${live(state.code)}
                  @input=${(event: Event) => update({ code: value(event) })}
                />
              </label>
              <p class="hint" id="code-hint">Any spelling: 936, INVALID_LOGIN, Invalid Login…</p>
              <datalist id="code-suggestions">
                ${suggestions.map((entry) => html`<option value=${entry.code}></option>`)}
              </datalist>
            `
          : html`
              <label>
                <span>Example payload</span>
                <select
                  name="example"
                  @change=${(event: Event) => {
                    const example = EXAMPLE_PAYLOADS.find((e) => e.id === value(event));
                    if (example) update({ payload: example.text });
                  }}
                >
                  <option value="">Real payloads, each from its source…</option>
                  ${PROVIDERS.map(
                    (provider) => html`
                      <optgroup label=${PROVIDER_NAMES[provider]}>
                        ${examplesOf(provider).map(
                          (example) => html`
                            <option value=${example.id} title=${example.source}>
                              ${example.label}
                            </option>
                          `,
                        )}
                      </optgroup>
                    `,
                  )}
                </select>
              </label>
              <label>
                <span>Payload (JSON, as your backend received it)</span>
                <textarea
                  name="payload"
                  rows="12"
                  spellcheck="false"
                  dir="ltr"
                  aria-describedby="payload-problem"
                  .value=${live(state.payload)}
                  @input=${(event: Event) => update({ payload: value(event) })}
                ></textarea>
              </label>
              <p class="hint" id="payload-problem" role="status">
                ${
                  problem
                    ? `Not JSON (${problem}): the element gets the text as it is and shows its generic message.`
                    : state.payload.trim() === ''
                      ? 'Paste a payload, or start from an example.'
                      : nothing
                }
              </p>
            `
      }
    </fieldset>
  `;
}

function bankFields({ state, update }: ViewContext) {
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const badUrl = state.institutionUrl !== '' && !isUsableUrl(state.institutionUrl);
  return html`
    <fieldset>
      <legend>The bank</legend>
      <label>
        <span>Name</span>
        <input
          name="institution"
          autocomplete="off"
          .value=${live(state.institution)}
          @input=${(event: Event) => update({ institution: value(event) })}
        />
      </label>
      <label>
        <span>Website</span>
        <input
          name="institution-url"
          type="url"
          dir="ltr"
          autocomplete="off"
          aria-describedby="url-hint"
          .value=${live(state.institutionUrl)}
          @input=${(event: Event) => update({ institutionUrl: value(event) })}
        />
      </label>
      <p class="hint" id="url-hint">
        ${
          badUrl
            ? 'Not an absolute https: URL: the element shows no link to it.'
            : 'Only absolute https: URLs are used.'
        }
      </p>
    </fieldset>
  `;
}

function actionFields({ state, update }: ViewContext) {
  const toggle = (action: Action, on: boolean) =>
    update({
      actions: ACTIONS.filter((name) => (name === action ? on : state.actions.includes(name))),
    });
  return html`
    <fieldset>
      <legend>Actions your flow supports</legend>
      <div class="checkbox-grid">
        ${ACTIONS.map(
          (action) => html`
            <label class="choice">
              <input
                type="checkbox"
                name="actions"
                value=${action}
                .checked=${live(state.actions.includes(action))}
                @change=${(event: Event) =>
                  toggle(action, (event.target as HTMLInputElement).checked)}
              />
              <code>${action}</code>
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}

function appearanceFields({ state, update }: ViewContext) {
  const locale = LOCALE_CHOICES.find((choice) => choice.locale === state.locale)!;
  return html`
    <fieldset>
      <legend>Variant</legend>
      <div class="choice-row">
        ${VARIANTS.map(
          (variant) => html`
            <label class="choice">
              <input
                type="radio"
                name="variant"
                value=${variant}
                .checked=${live(state.variant === variant)}
                @change=${() => update({ variant })}
              />
              ${variant}
            </label>
          `,
        )}
      </div>
      <label class="choice">
        <input
          type="checkbox"
          name="hide-reference"
          .checked=${live(state.hideReference)}
          @change=${(event: Event) =>
            update({ hideReference: (event.target as HTMLInputElement).checked })}
        />
        Hide the reference line
      </label>
    </fieldset>
    <p class="hint">
      Language: ${locale.label}. Theme: ${state.theme}. Change them in the page settings at the top;
      the theme editor's values apply here too.
    </p>
  `;
}

function eventLog(context: ViewContext) {
  return html`
    <div class="output-block">
      <h2 id="events-heading">Events</h2>
      <p class="hint">Each <code>bank-connect-action</code> the element fires, oldest first.</p>
      <div class="event-log" role="log" aria-labelledby="events-heading" tabindex="0">
        ${
          log.length === 0
            ? html`<p class="hint">None yet: press one of the element's buttons.</p>`
            : html`<ol>
                ${log.map(
                  (entry) =>
                    html`<li>
                      <span class="log-time">${entry.time}</span>
                      <code dir="ltr">${JSON.stringify(entry.detail)}</code>
                    </li>`,
                )}
              </ol>`
        }
      </div>
      <button
        type="button"
        class="button-secondary"
        ?disabled=${log.length === 0}
        @click=${() => {
          log.length = 0;
          context.rerender();
        }}
      >
        Clear the log
      </button>
    </div>
  `;
}

function snippetBlock(context: ViewContext, snippet: string) {
  const result = copied?.text === snippet ? copied.result : null;
  return html`
    <div class="output-block">
      <h2 id="snippet-heading">HTML</h2>
      <p class="hint">
        Reproduces what is shown above. Copy <code>dist/bank-connect-error.bundled.js</code> from
        the package next to your page, then paste this.
      </p>
      <pre
        id="snippet"
        class="code-block"
        dir="ltr"
        role="region"
        aria-labelledby="snippet-heading"
        tabindex="0"
      ><code>${snippet}</code></pre>
      <div class="button-row">
        <button
          type="button"
          @click=${async () => {
            copied = { text: snippet, result: await copyText(snippet, 'snippet') };
            context.rerender();
          }}
        >
          Copy the HTML
        </button>
        <span role="status">${result?.message ?? ''}</span>
      </div>
    </div>
  `;
}

/** One element with every input a host sets, its resolution, its events and its HTML. */
export function playgroundView(context: ViewContext) {
  const { state } = context;
  const { code, payload, problem } = elementInputs(state);
  const snippet = snippetHtml({
    provider: state.provider,
    code,
    payload,
    institution: state.institution,
    institutionUrl: state.institutionUrl,
    actions: state.actions,
    variant: state.variant,
    theme: state.theme,
    hideReference: state.hideReference,
    locale: state.locale,
    css: tokensCss(state.tokens),
  });

  const onAction = (event: BankConnectActionEvent) => {
    const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
    log.push({ id: nextLogId++, time, detail: { ...event.detail } });
    log.splice(0, Math.max(0, log.length - MAX_LOG_ENTRIES));
    context.rerender();
  };

  return html`
    <h1 tabindex="-1">Playground</h1>
    <p class="lede">
      Set what your page would set, see what the borrower sees, and copy the HTML that does it.
    </p>
    <div class="output-block preview-block">
      <h2>What the borrower sees</h2>
      <div class="stage" @bank-connect-action=${onAction}>
        <bank-connect-error
          id=${PREVIEW_ID}
          provider=${state.provider}
          code=${code}
          institution=${state.institution}
          institution-url=${state.institutionUrl}
          actions=${state.actions.join(' ')}
          variant=${state.variant}
          theme=${state.theme}
          ?hide-reference=${state.hideReference}
          .error=${payload}
        ></bank-connect-error>
      </div>
    </div>
    <div class="playground">
      <form
        class="playground-controls"
        aria-label="The element's inputs"
        @submit=${(event: Event) => event.preventDefault()}
      >
        ${sourceFields(context, problem)} ${bankFields(context)} ${actionFields(context)}
        ${appearanceFields(context)}
      </form>
      <div class="playground-output">
        <div class="output-block">
          <h2 id="resolution-heading">Resolution</h2>
          <p class="hint">The element's <code>resolution</code> property.</p>
          <pre
            id="resolution"
            class="code-block"
            dir="ltr"
            role="region"
            aria-labelledby="resolution-heading"
            tabindex="0"
          ><code>${shownResolution}</code></pre>
        </div>
        ${eventLog(context)} ${snippetBlock(context, snippet)}
      </div>
    </div>
  `;
}
