import { html, render } from 'lit';
import type { Action } from '../src/core/index.js';
import { bridgeFrame, type FrameAction } from '../src/bridge-frame.js';
import { otherLoopbackOrigin } from './flow-origins.js';

interface Scenario {
  label: string;
  params: Record<string, string>;
}

const SCENARIOS: Scenario[] = [
  {
    label: 'Finicity 936: online banking not in English (Tangerine)',
    params: {
      provider: 'finicity',
      code: '936',
      institution: 'Tangerine',
      'institution-url': 'https://www.tangerine.ca/',
    },
  },
  {
    label: 'Flinks INVALID_LOGIN: wrong password (RBC)',
    params: { provider: 'flinks', code: 'INVALID_LOGIN', institution: 'RBC Royal Bank' },
  },
  {
    label: 'Finicity 910: the bank’s connection is down (Desjardins)',
    params: { provider: 'finicity', code: '910', institution: 'Desjardins' },
  },
  {
    label: 'Argyle token_invalid_or_expired: reconnect',
    params: { provider: 'argyle', code: 'token_invalid_or_expired' },
  },
  {
    label: 'Flinks Retry Later, compact',
    params: { provider: 'flinks', code: 'Retry Later', variant: 'compact' },
  },
];

/** What this lender's page does for each action: here, it says so. */
const REACTIONS: Record<Action, string> = {
  retry: 'Restarting the connect flow…',
  reconnect: 'Reconnecting the account…',
  visit_institution: 'The bank’s website opened in a new tab; waiting for the borrower to return…',
  choose_another_account: 'Opening the account list…',
  choose_another_institution: 'Opening bank search…',
  verify_another_way: 'Opening statement upload…',
  contact_support: 'Opening the support chat…',
  continue: 'Continuing the application…',
};

/** How long the flow may stay silent before the page suggests why. */
const SILENCE_HINT_MS = 5000;

const iframe = document.querySelector<HTMLIFrameElement>('#flow')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const scenarioSelect = controls.querySelector<HTMLSelectElement>('select[name="scenario"]')!;
const narrow = controls.querySelector<HTMLInputElement>('input[name="narrow"]')!;
const reaction = document.querySelector<HTMLElement>('#reaction')!;
const logList = document.querySelector<HTMLOListElement>('#log')!;

const flowOrigin = otherLoopbackOrigin(location.href);
// The rest of the demo links here with its language and theme; the flow shows them.
const pageQuery = new URLSearchParams(location.search);
const demoSettings = Object.fromEntries(
  ['locale', 'theme'].flatMap((name) => {
    const value = pageQuery.get(name);
    return value ? [[name, value]] : [];
  }),
);
const log: { time: string; text: string }[] = [];
let silenceTimer: ReturnType<typeof setTimeout> | undefined;

function note(text: string) {
  log.unshift({ time: new Date().toLocaleTimeString(), text });
  log.length = Math.min(log.length, 50);
  render(
    log.map((entry) => html`<li><time>${entry.time}</time> ${entry.text}</li>`),
    logList,
  );
}

function heardFromFlow() {
  clearTimeout(silenceTimer);
  reaction.classList.remove('hint');
}

function onAction({ action, reason, provider, code }: FrameAction) {
  heardFromFlow();
  reaction.textContent = REACTIONS[action];
  note(`action ${action} (reason ${reason}, ${provider ?? 'unknown provider'} ${code})`);
}

function loadScenario(index: number) {
  const scenario = SCENARIOS[index] ?? SCENARIOS[0]!;
  const url = new URL('flow-frame.html', `${flowOrigin}${location.pathname}`);
  url.search = new URLSearchParams({ ...scenario.params, ...demoSettings }).toString();
  iframe.src = url.href;
  reaction.textContent = 'Waiting for the borrower…';
  clearTimeout(silenceTimer);
  silenceTimer = setTimeout(() => {
    reaction.classList.add('hint');
    reaction.textContent = `The flow at ${flowOrigin} has not answered. If it did not load, the server may listen on one loopback address only: start it with “npm start -- --host 127.0.0.1”.`;
  }, SILENCE_HINT_MS);
}

render(
  SCENARIOS.map((scenario, index) => html`<option value=${index}>${scenario.label}</option>`),
  scenarioSelect,
);
scenarioSelect.addEventListener('change', () => loadScenario(Number(scenarioSelect.value)));
narrow.addEventListener('change', () => iframe.classList.toggle('narrow', narrow.checked));

// The bridge writes the height it accepted to the iframe's style; the log shows each one.
new MutationObserver(() => {
  heardFromFlow();
  note(`resize: the flow is ${iframe.style.height} tall`);
}).observe(iframe, { attributes: true, attributeFilter: ['style'] });

bridgeFrame(iframe, { origin: flowOrigin, resize: true, onAction });

document.querySelector('#origins')!.textContent =
  flowOrigin === location.origin
    ? `This page and the flow share ${location.origin}: open the demo on localhost or 127.0.0.1 to see two origins.`
    : `This page: ${location.origin}. The flow in the iframe: ${flowOrigin}.`;
loadScenario(0);
