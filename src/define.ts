import { cut } from './core/untrusted-text.js';
import { escapeInvisible } from './quoted.js';
import { DEV_MODE, devWarning } from './dev-warning.js';
import { BankConnectError } from './element/bank-connect-error.component.js';

const TAG = 'bank-connect-error';

type Registered = CustomElementConstructor & { version?: string };

/**
 * Registers `<bank-connect-error>` unless it already is. A page may load the package twice (two
 * bundles, a bundle beside the npm build): the first definition wins, and a second copy of
 * another version says so in development. Each registering entry point calls this at its own top
 * level, so the side effect stays in the files `sideEffects` names.
 */
export function defineBankConnectError(): void {
  const registered = customElements.get(TAG) as Registered | undefined;
  if (!registered) {
    customElements.define(TAG, BankConnectError);
  } else if (DEV_MODE && registered.version !== BankConnectError.version) {
    devWarning(
      `<${TAG}> ${typeof registered.version === 'string' ? escapeInvisible(cut(registered.version, 40)) : '(unknown version)'} is already defined; this copy (${BankConnectError.version}) is not used.`,
    );
  }
}
