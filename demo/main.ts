import { html, render } from 'lit';
import '../src/bank-connect-error.js';
import { PROVIDERS, type BankConnectError } from '../src/bank-connect-error.js';
import { listCodes } from '../src/catalog.js';

const form = document.querySelector<HTMLFormElement>('#playground')!;
const preview = document.querySelector<BankConnectError>('#preview')!;
const resolutionView = document.querySelector<HTMLPreElement>('#resolution')!;

async function showChoice() {
  const data = new FormData(form);
  preview.provider = String(data.get('provider') ?? '');
  preview.code = String(data.get('code') ?? '');
  preview.institution = String(data.get('institution') ?? '');
  await preview.updateComplete;
  resolutionView.textContent = JSON.stringify(preview.resolution, null, 2);
}

form.addEventListener('input', showChoice);
form.addEventListener('submit', (event) => event.preventDefault());
void showChoice();

const PROVIDER_NAMES = { argyle: 'Argyle', flinks: 'Flinks', finicity: 'Finicity' };

render(
  PROVIDERS.map(
    (provider) => html`
      <h3>${PROVIDER_NAMES[provider]}</h3>
      <div class="gallery-grid">
        ${listCodes(provider).map(
          ({ code, reason }) => html`
            <figure>
              <figcaption><code>${code}</code> → ${reason}</figcaption>
              <bank-connect-error provider=${provider} code=${code}></bank-connect-error>
            </figure>
          `,
        )}
      </div>
    `,
  ),
  document.querySelector<HTMLElement>('#gallery')!,
);
