import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sizes the viewport in CSS pixels, in every engine the suite runs in (setViewport from
 * @web/test-runner-commands works over CDP and BiDi only; this one works under WebDriver too).
 */
export async function resizeViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('resize-viewport', size);
  // The page may hear of its new size a frame later.
  await new Promise(requestAnimationFrame);
}
