/** Time a condition may take to come true: generous, for a loaded machine. */
export const WAIT_MS = 60_000;

/** Checks every 50 ms until `check` is truthy; throws, naming `what`, after `WAIT_MS`. */
export async function poll(check: () => Promise<unknown>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
