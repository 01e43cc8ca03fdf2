import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ViewContext } from '../app/context.js';
import { PRESETS, presetNamed } from '../app/theme-presets.js';
import { tokensCss } from '../app/theme-sheet.js';
import {
  FONT_STACKS,
  TITLE_WEIGHTS,
  TOKENS,
  propertyName,
  type ThemeToken,
} from '../app/theme-tokens.js';
import { copyText, type CopyResult } from './copy.js';

const GROUPS = ['Colours', 'Text', 'Shape and spacing'] as const;

/** One of each severity, with two buttons and a waiting time, so every colour shows somewhere. */
const PREVIEWS = [
  {
    provider: 'finicity',
    code: '936',
    institution: 'Tangerine',
    url: 'https://www.tangerine.ca/',
    variant: 'inline',
  },
  { provider: 'finicity', code: '910', institution: 'Desjardins', url: '', variant: 'inline' },
  { provider: 'flinks', code: 'NoHolder', institution: '', url: '', variant: 'compact' },
  { provider: 'flinks', code: 'Completed', institution: '', url: '', variant: 'panel' },
] as const;

let copied: { text: string; result: CopyResult } | null = null;

function control(context: ViewContext, token: ThemeToken) {
  const { state, update } = context;
  const dark =
    state.theme === 'dark' ||
    (state.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const base = dark ? token.dark : token.light;
  const value = state.tokens[token.name] ?? base;
  const id = `token-${token.name}`;
  const set = (next: string) => update({ tokens: { ...state.tokens, [token.name]: next } });
  const input = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const label = html`<label for=${id}>
    ${token.label} <code class="token-name">${propertyName(token)}</code>
  </label>`;

  switch (token.kind) {
    case 'color':
      return html`<div class="token">
        ${label}
        <div class="token-input">
          <input
            id=${id}
            type="color"
            .value=${live(/^#[0-9a-f]{6}$/i.test(value) ? value : '#ffffff')}
            @input=${(event: Event) => set(input(event))}
          />
          <output for=${id}>${value}</output>
        </div>
      </div>`;
    case 'length':
    case 'number': {
      const unit = token.kind === 'length' ? 'rem' : '';
      const number = parseFloat(value);
      return html`<div class="token token-range">
        ${label}
        <div class="token-input">
          <input
            id=${id}
            type="range"
            min=${token.min!}
            max=${token.max!}
            step=${token.step!}
            aria-valuetext=${value}
            .value=${live(String(Number.isFinite(number) ? number : token.min))}
            @input=${(event: Event) => set(`${input(event)}${unit}`)}
          />
          <output for=${id}>${value}</output>
        </div>
      </div>`;
    }
    case 'weight':
    case 'font': {
      const options =
        token.kind === 'weight'
          ? TITLE_WEIGHTS.map((weight) => ({ label: weight, value: weight }))
          : FONT_STACKS;
      return html`<div class="token">
        ${label}
        <select id=${id} @change=${(event: Event) => set(input(event))}>
          ${options.map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === value}>
                ${option.label}
              </option>`,
          )}
        </select>
      </div>`;
    }
  }
}

function cssBlock(context: ViewContext) {
  const { state } = context;
  const rules = tokensCss(state.tokens);
  const dark = state.theme !== 'light';
  const css = [
    rules || '/* Nothing to set: the element’s own defaults. */',
    ...(dark ? [`/* …and theme="${state.theme}" on each <bank-connect-error>. */`] : []),
  ].join('\n');
  const result = copied?.text === css ? copied.result : null;
  return html`
    <h2 id="css-heading">CSS to copy</h2>
    <p class="hint">Set anywhere above the element, <code>:root</code> included.</p>
    <pre
      id="theme-css"
      class="code-block"
      dir="ltr"
      role="region"
      aria-labelledby="css-heading"
      tabindex="0"
    ><code>${css}</code></pre>
    <div class="button-row">
      <button
        type="button"
        @click=${async () => {
          copied = { text: css, result: await copyText(css, 'theme-css') };
          context.rerender();
        }}
      >
        Copy the CSS
      </button>
      <span role="status">${result?.message ?? ''}</span>
    </div>
  `;
}

/** The documented custom properties as controls, with presets, a live preview and the CSS. */
export function themeEditorView(context: ViewContext) {
  const { state, update } = context;
  const preset = presetNamed(state.preset)!;
  const edited = JSON.stringify(state.tokens) !== JSON.stringify(preset.tokens);
  return html`
    <h1 tabindex="-1">Theme editor</h1>
    <p class="lede">
      The element is styled only through its documented custom properties. What you set here styles
      every element in this demo, the gallery and playground included.
    </p>
    <!-- The preview comes first, so on a phone it sits above the controls that change it -->
    <div class="theme-editor">
      <div class="theme-preview">
        <h2>Preview</h2>
        <div class="preview-stack">
          ${PREVIEWS.map(
            (sample) => html`
              <bank-connect-error
                provider=${sample.provider}
                code=${sample.code}
                institution=${sample.institution}
                institution-url=${sample.url}
                variant=${sample.variant}
                theme=${state.theme}
              ></bank-connect-error>
            `,
          )}
        </div>
      </div>
      <form class="theme-controls" @submit=${(event: Event) => event.preventDefault()}>
        <div class="preset-row">
          <label>
            <span>Start from</span>
            <select
              id="theme-preset"
              @change=${(event: Event) => {
                const next = presetNamed((event.target as HTMLSelectElement).value)!;
                update({ preset: next.id, tokens: next.tokens, theme: next.theme });
              }}
            >
              ${PRESETS.map(
                (option) =>
                  html`<option value=${option.id} ?selected=${option.id === state.preset}>
                    ${option.label}
                  </option>`,
              )}
            </select>
          </label>
          <button
            type="button"
            class="button-secondary"
            ?disabled=${!edited}
            @click=${() => update({ tokens: preset.tokens })}
          >
            Undo my changes
          </button>
        </div>
        ${GROUPS.map(
          (group) => html`
            <fieldset>
              <legend>${group}</legend>
              ${TOKENS.filter((token) => token.group === group).map((token) =>
                control(context, token),
              )}
            </fieldset>
          `,
        )}
      </form>
      <div class="theme-css">${cssBlock(context)}</div>
    </div>
  `;
}
