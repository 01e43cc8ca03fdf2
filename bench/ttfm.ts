// `npm run bench:ttfm`: how long a borrower on a mid-range phone and a mobile network waits for the
// first words, for each way a lender ships <bank-connect-error> and for baselines, in one headless
// Chromium run. Each page loads into a fresh browser context (cold cache), throttled alike through
// the DevTools protocol, served gzip-compressed; candidates are interleaved and the medians and
// their ratios printed. What is measured: docs/performance.md, "Time to the first message".
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/pages/support/browser.js';
import { serve, type StaticServer } from '../test/pages/support/server.js';
import { buildCandidates, OUT, type Candidate } from './ttfm/candidates.js';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 11);
/** `BENCH_PAGES=/ssr-en.html`: only these pages, with plain HTML (the floor), for more rounds. */
const PAGES = process.env.BENCH_PAGES?.split(',');

/** Lighthouse's mobile profile: a slow 4G network and a phone's CPU. */
const NETWORK = {
  offline: false,
  latency: 150, // ms, each request's round trip
  downloadThroughput: 1_600_000 / 8, // bytes a second
  uploadThroughput: 750_000 / 8,
};
const CPU_SLOWDOWN = 4;

/** Each target: the candidate measured, the one it is compared with, and the ratio allowed. */
const TARGETS: [string, string, number][] = [
  ['/drop-in-es-handed.html', '/drop-in-en.html', 1.1],
  ['/app-es-import.html', '/app-en.html', 1.1],
  ['/ssr-es.html', '/ssr-en.html', 1.1],
  ['/drop-in-en.html', '/lit.html', 1.1],
  ['/ssr-en.html', '/plain.html', 1.1],
];
/** Other ratios worth reading, with no target. */
const COMPARISONS: [string, string][] = [
  // What the drop-in's bytes alone cost: the minimal element, as large as the drop-in.
  ['/lit-padded.html', '/lit.html'],
  ['/drop-in-en.html', '/lit-padded.html'],
  ['/drop-in-es-preload.html', '/drop-in-en.html'],
  ['/drop-in-es.html', '/drop-in-en.html'],
  ['/app-es.html', '/app-en.html'],
  ['/drop-in-en.html', '/shoelace.html'],
  ['/app-en.html', '/drop-in-en.html'],
  ['/ssr-en.html', '/drop-in-en.html'],
];

declare global {
  interface Window {
    titleShown: Promise<number>;
  }
}

/** Loads a candidate's page cold and throttled; returns ms from navigation to the title's frame. */
async function timeToTitle(browser: Browser, server: StaticServer, candidate: Candidate) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const before = server.requests.length;
    await page.goto(`${server.origin}${candidate.path}`, { waitUntil: 'domcontentloaded' });
    const ms = await page.evaluate(() => window.titleShown);
    return { ms, requests: server.requests.length - before };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

execFileSync('node', ['scripts/build.mjs'], { stdio: 'ignore' }); // what lenders ship, as built now
const candidates = (await buildCandidates()).filter(
  ({ path }) => !PAGES || path === '/plain.html' || PAGES.includes(path),
);
const server = await serve(OUT, { gzip: true, headers: () => ({ 'cache-control': 'no-cache' }) });
const browser = await launchBrowser();
const chromium = browser.version();
const loadBefore = loadavg();
const times = new Map<string, number[]>(candidates.map(({ path }) => [path, []]));
const requests = new Map<string, number>();
try {
  for (const candidate of candidates) await timeToTitle(browser, server, candidate); // warm-up
  // Interleaved, each round starting one candidate further on: drift in the machine's speed
  // reaches every candidate alike, and none always loads first.
  for (let round = 0; round < REPEATS; round++) {
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[(i + round) % candidates.length]!;
      const { ms, requests: count } = await timeToTitle(browser, server, candidate);
      times.get(candidate.path)!.push(ms);
      requests.set(candidate.path, count);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const loadAfter = loadavg();

const medians = new Map([...times].map(([path, values]) => [path, median(values)]));
const nameOf = new Map(candidates.map(({ path, name }) => [path, name]));
/** A ratio is printed only when both its pages ran. */
const measured = ([a, b]: readonly [string, string, ...unknown[]]) => times.has(a) && times.has(b);
const ratio = (a: string, b: string) => medians.get(a)! / medians.get(b)!;
/** The median of each round's ratio: the two loads of a pair ran one after the other. */
const pairedRatio = (a: string, b: string) =>
  median(times.get(a)!.map((value, round) => value / times.get(b)![round]!));
const floor = medians.get('/plain.html')!;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

console.log(
  `Time to the title on screen, ${new Date().toISOString().slice(0, 10)}: headless Chromium ` +
    `${chromium}, ${NETWORK.latency} ms round trip, ` +
    `${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down, CPU ${CPU_SLOWDOWN}× slower, gzip, ` +
    `cold cache; median of ${REPEATS}, interleaved. ${cpus().length} cores, load average ` +
    `${loadBefore[0]!.toFixed(2)} before, ${loadAfter[0]!.toFixed(2)} after.\n`,
);
const width = Math.max(...candidates.map(({ name }) => name.length));
console.log(
  `  ${'candidate'.padEnd(width)}  ${'median'.padStart(8)}  vs plain  ${'range'.padStart(15)}  requests`,
);
for (const { path, name } of candidates) {
  const values = times.get(path)!;
  const range = `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
  console.log(
    `  ${name.padEnd(width)}  ${ms(medians.get(path)!).padStart(8)}  ` +
      `${`${(medians.get(path)! / floor).toFixed(2)}×`.padStart(8)}  ${range.padStart(15)}  ` +
      `${String(requests.get(path)).padStart(8)}`,
  );
}
// Two readings of each ratio: of the medians, and the median of each round's ratio, which cancels
// the machine's drift between rounds (each pair loads back to back); a target holds on both.
console.log('\nTargets (ratio of the medians; median of the rounds’ ratios)');
for (const [a, b, most] of TARGETS.filter(measured)) {
  const [value, paired] = [ratio(a, b), pairedRatio(a, b)];
  console.log(
    `  ${Math.max(value, paired) <= most ? '✓' : '✗'} ${nameOf.get(a)} / ${nameOf.get(b)}: ` +
      `${value.toFixed(2)}×; ${paired.toFixed(2)}× (at most ${most.toFixed(2)}×)`,
  );
}
console.log('\nOther ratios');
for (const [a, b] of COMPARISONS.filter(measured)) {
  console.log(
    `    ${nameOf.get(a)} / ${nameOf.get(b)}: ${ratio(a, b).toFixed(2)}×; ` +
      `${pairedRatio(a, b).toFixed(2)}×`,
  );
}
