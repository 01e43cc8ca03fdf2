// Builds every page `npm run bench:ttfm` loads, into one folder its server serves: the baselines and
// each way a lender ships <bank-connect-error>, in English and in Spanish, all showing the same
// words for the same error.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { build as esbuild } from 'esbuild';
import { html, unsafeStatic } from 'lit/static-html.js';
import { build as vite } from 'vite';
import { probeScript, type TitlePlace } from './probe.js';

export const OUT = 'node_modules/.cache/ttfm';

/** The error every candidate shows. */
const ERROR = { provider: 'flinks', code: 'INVALID_LOGIN', institution: 'Desjardins' };
const ELEMENT = `<bank-connect-error provider="${ERROR.provider}" code="${ERROR.code}" institution="${ERROR.institution}"></bank-connect-error>`;

export interface Candidate {
  name: string;
  /** The page, on the bench's server. */
  path: string;
  /** The title the borrower reads, in the page's language: the measurement waits for it. */
  title: string;
}

/** The element as the server renders it (Node, with Lit's DOM shim), from the npm build. */
const element = (await import(
  new URL('../../dist/bank-connect-error.js', import.meta.url).href
)) as typeof import('../../src/bank-connect-error.js');

/** What <bank-connect-error> shows for the error, in a locale: the words every baseline shows too. */
async function wordsIn(locale: string) {
  await element.setLocale(locale);
  const view = element.borrowerView(element.resolve(ERROR), ERROR);
  return {
    title: view.title,
    message: view.wait ? `${view.message} ${view.wait}` : view.message,
    buttons: view.buttons.map((button) => button.label),
    reference: view.reference,
  };
}

/** The element rendered to declarative shadow DOM in a locale, as a lender's server would. */
async function serverRendered(locale: string) {
  await element.setLocale(locale);
  // Static markup, no bindings: the client hydrates only the element itself.
  return collectResult(render(html`${unsafeStatic(ELEMENT)}`));
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function page(options: {
  lang: string;
  title: string;
  place: TitlePlace;
  head?: string;
  body: string;
}) {
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connect your bank</title>
<link rel="icon" href="data:,">
${probeScript(options.title, options.place)}
${options.head ?? ''}
</head>
<body>
${options.body}
</body>
</html>
`;
}

/** One self-contained ES module (Lit inside), as a lender would host a baseline. */
const oneFile = (entry: string, outfile: string) =>
  esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: join(OUT, outfile),
    logLevel: 'error',
  });

/**
 * A copy of a script padded, in a trailing comment, with text that has no repeats for gzip to find,
 * until it sends as many gzip bytes as `like` (compressed as the bench's server does): the same
 * code, another size.
 */
function padded(file: string, like: string, outfile: string) {
  const code = readFileSync(join(OUT, file), 'utf8');
  const goal = gzipSync(readFileSync(like)).length;
  let noise = '';
  let block = 'bench';
  let out = code;
  while (gzipSync(out).length < goal) {
    block = createHash('sha256').update(block).digest('base64');
    noise += block;
    out = `${code}\n/*${noise}*/\n`;
  }
  writeFileSync(join(OUT, outfile), out);
}

/** A lender's app built by Vite from the npm package, into its own folder. */
const app = (entry: string, outDir: string) =>
  vite({
    configFile: false,
    logLevel: 'error',
    base: './',
    publicDir: false,
    build: {
      outDir: join(OUT, outDir),
      emptyOutDir: true,
      rolldownOptions: { input: entry, output: { entryFileNames: '[name].js' } },
    },
  });

/** Writes every page and what it loads into OUT; returns the candidates. */
export async function buildCandidates(): Promise<Candidate[]> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const english = await wordsIn('en');
  const spanish = await wordsIn('es');
  const ssrEnglish = await serverRendered('en');
  const ssrSpanish = await serverRendered('es');
  await element.setLocale('en');

  await oneFile('bench/ttfm/minimal-lit.ts', 'lit/minimal-lit.js');
  padded('lit/minimal-lit.js', 'dist/bank-connect-error.bundled.js', 'lit/minimal-lit-padded.js');
  await oneFile('bench/ttfm/shoelace.ts', 'shoelace/shoelace.js');
  await app('bench/ttfm/app.ts', 'app');
  await app('bench/ttfm/app-es.ts', 'app-es');
  await app('bench/ttfm/hydrate.ts', 'ssr');
  await app('bench/ttfm/hydrate-es.ts', 'ssr-es');
  // The drop-in as a lender hosts it: the file, and the locale modules beside it.
  cpSync('dist/bank-connect-error.bundled.js', join(OUT, 'drop-in/bank-connect-error.bundled.js'));
  cpSync('dist/bundled', join(OUT, 'drop-in/bundled'), {
    recursive: true,
    filter: (file) => !file.endsWith('.map'),
  });

  const ours = { in: 'shadow', tag: 'bank-connect-error' } as const;
  const script = (src: string) => `<script type="module" src="${src}"></script>`;
  const dropIn = script('/drop-in/bank-connect-error.bundled.js');
  const [primary, secondary] = english.buttons.map(escape);
  const minimalLit = `<minimal-lit heading="${escape(english.title)}" message="${escape(english.message)}"
primary="${primary}" secondary="${secondary}" reference="${escape(english.reference)}"></minimal-lit>`;
  const pages: Record<string, { name: string; html: string; title: string }> = {
    // In this order, each pair a target compares loads one after the other, in every round but the
    // one that starts between them.
    '/plain.html': {
      name: 'plain HTML (the floor)',
      title: english.title,
      html: page({
        lang: 'en',
        title: english.title,
        place: { in: 'page' },
        head: '<style>.alert{padding:1rem;border:1px solid #ccc}p{margin:0}</style>',
        body: `<div class="alert"><div role="alert"><p><strong>${escape(english.title)}</strong></p>
<p>${escape(english.message)}</p></div><button>${primary}</button><button>${secondary}</button>
<p>${escape(english.reference)}</p></div>`,
      }),
    },
    '/ssr-en.html': {
      name: 'server-rendered, English',
      title: english.title,
      html: page({
        lang: 'en',
        title: english.title,
        place: ours,
        head: script('/ssr/hydrate.js'),
        body: ssrEnglish,
      }),
    },
    '/ssr-es.html': {
      name: 'server-rendered in Spanish',
      title: spanish.title,
      html: page({
        lang: 'es',
        title: spanish.title,
        place: ours,
        head: script('/ssr-es/hydrate-es.js'),
        body: ssrSpanish,
      }),
    },
    '/lit-padded.html': {
      name: 'minimal Lit element, padded to the drop-in’s size',
      title: english.title,
      html: page({
        lang: 'en',
        title: english.title,
        place: { in: 'shadow', tag: 'minimal-lit' },
        head: script('/lit/minimal-lit-padded.js'),
        body: minimalLit,
      }),
    },
    '/lit.html': {
      name: 'minimal Lit element, one file',
      title: english.title,
      html: page({
        lang: 'en',
        title: english.title,
        place: { in: 'shadow', tag: 'minimal-lit' },
        head: script('/lit/minimal-lit.js'),
        body: minimalLit,
      }),
    },
    '/drop-in-en.html': {
      name: 'drop-in, English',
      title: english.title,
      html: page({ lang: 'en', title: english.title, place: ours, head: dropIn, body: ELEMENT }),
    },
    '/drop-in-es-handed.html': {
      name: 'drop-in, Spanish, es.js run first',
      title: spanish.title,
      html: page({
        lang: 'es',
        title: spanish.title,
        place: ours,
        head: `${script('/drop-in/bundled/es.js')}\n${dropIn}`,
        body: ELEMENT,
      }),
    },
    '/drop-in-es-preload.html': {
      name: 'drop-in, Spanish, modulepreload es.js',
      title: spanish.title,
      html: page({
        lang: 'es',
        title: spanish.title,
        place: ours,
        head: `${dropIn}\n<link rel="modulepreload" href="/drop-in/bundled/es.js">`,
        body: ELEMENT,
      }),
    },
    '/drop-in-es.html': {
      name: 'drop-in, Spanish (no preload)',
      title: spanish.title,
      html: page({ lang: 'es', title: spanish.title, place: ours, head: dropIn, body: ELEMENT }),
    },
    '/shoelace.html': {
      name: 'Shoelace sl-alert + sl-button, one file',
      title: english.title,
      html: page({
        lang: 'en',
        title: english.title,
        place: { in: 'shoelace' },
        head: `${script('/shoelace/shoelace.js')}<style>:not(:defined){visibility:hidden}</style>`,
        body: `<sl-alert variant="danger" open><strong>${escape(english.title)}</strong><br>
${escape(english.message)}<div><sl-button variant="primary">${primary}</sl-button>
<sl-button>${secondary}</sl-button></div>${escape(english.reference)}</sl-alert>`,
      }),
    },
    '/app-en.html': {
      name: 'Vite app, English',
      title: english.title,
      html: page({
        lang: 'en',
        title: english.title,
        place: ours,
        head: script('/app/app.js'),
        body: ELEMENT,
      }),
    },
    '/app-es-import.html': {
      name: 'Vite app, Spanish, locales/es imported',
      title: spanish.title,
      html: page({
        lang: 'es',
        title: spanish.title,
        place: ours,
        head: script('/app-es/app-es.js'),
        body: ELEMENT,
      }),
    },
    '/app-es.html': {
      name: 'Vite app, Spanish (downloaded)',
      title: spanish.title,
      html: page({
        lang: 'es',
        title: spanish.title,
        place: ours,
        head: script('/app/app.js'),
        body: ELEMENT,
      }),
    },
  };
  for (const [path, { html }] of Object.entries(pages)) writeFileSync(join(OUT, path), html);
  return Object.entries(pages).map(([path, { name, title }]) => ({ name, path, title }));
}
