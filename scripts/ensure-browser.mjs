// First step of `npm test`: make sure the browsers are there before anything slow runs: the
// engines the browser suite runs in (TEST_BROWSERS, else Chromium, Firefox and WebKit), and
// Chromium, which the Chromium-only page tests always need.
import { ENGINES, ensureEngines, selectedEngines } from './engines.mjs';

try {
  const wanted = selectedEngines();
  const engines = ENGINES.filter((engine) => engine === 'chromium' || wanted.includes(engine));
  for (const [engine, found] of Object.entries(ensureEngines(engines))) {
    console.log(
      `${engine}: ${typeof found === 'string' ? found : Object.values(found).join(', ')}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
