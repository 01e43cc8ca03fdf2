import { html, render } from 'lit';
import '../src/bank-connect-error.js';

// Every variant in the page's chosen theme (`?theme=dark`), for screenshots and side-by-side review.
const theme = new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;

const samples = [
  { provider: 'finicity', code: '936', institution: 'Tangerine', url: 'https://www.tangerine.ca/' },
  { provider: 'finicity', code: '910', institution: 'Desjardins', url: '' },
  { provider: 'flinks', code: 'Completed', institution: '', url: '' },
];

render(
  html`${['inline', 'panel', 'compact'].map(
    (variant) => html`
      <section class="variant">
        <h2>${variant}</h2>
        ${samples.map(
          (s) =>
            html`<bank-connect-error
              variant=${variant}
              theme=${theme}
              provider=${s.provider}
              code=${s.code}
              institution=${s.institution}
              institution-url=${s.url}
            ></bank-connect-error>`,
        )}
      </section>
    `,
  )}`,
  document.querySelector<HTMLElement>('#variants')!,
);
