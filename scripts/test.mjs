// `npm test`: every check, in order, stopping at the first that fails. Finding (or installing) the
// browsers runs beside the steps that need none: on a new machine the install takes minutes.
import { spawn } from 'node:child_process';

const STEPS_WITHOUT_BROWSERS = [
  'npm run localize:build',
  'npm run typecheck',
  'npm run lint',
  'node scripts/build.mjs',
  'npm run test:unit',
];
const STEPS_WITH_BROWSERS = ['npm run test:browser', 'npx vite build', 'npm run test:pages'];

/** Runs a command line in a shell, its output as it comes; resolves with its exit code. */
const run = (command) =>
  new Promise((done) => {
    spawn(command, { shell: true, stdio: 'inherit' }).on('exit', (code, signal) =>
      done(code ?? (signal ? 1 : 0)),
    );
  });

async function inOrder(commands) {
  for (const command of commands) {
    const code = await run(command);
    if (code !== 0) return { command, code };
  }
  return undefined;
}

const browsers = run('node scripts/ensure-browser.mjs');
const failed =
  (await inOrder(STEPS_WITHOUT_BROWSERS)) ??
  ((await browsers) === 0
    ? await inOrder(STEPS_WITH_BROWSERS)
    : { command: 'node scripts/ensure-browser.mjs', code: 1 });
if (failed) {
  await browsers;
  console.error(`\nnpm test: \`${failed.command}\` failed (exit code ${failed.code}).`);
  process.exit(failed.code);
}
