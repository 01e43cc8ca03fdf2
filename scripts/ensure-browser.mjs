// First step of `npm test`: make sure a browser is there before anything slow runs.
import { ensureBrowser } from './browser.mjs';

try {
  console.log(`Browser: ${ensureBrowser()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
