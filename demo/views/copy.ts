export interface CopyResult {
  copied: boolean;
  /** Said to the visitor (a status region): done, or how to copy by hand. */
  message: string;
}

/**
 * Copies text to the clipboard. Where the browser refuses (no permission, an insecure origin),
 * selects the element showing it instead, so the keyboard's copy shortcut finishes the job.
 */
export async function copyText(text: string, shownInId: string): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return { copied: true, message: 'Copied.' };
  } catch {
    const shown = document.getElementById(shownInId);
    if (shown) {
      const range = document.createRange();
      range.selectNodeContents(shown);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
    return { copied: false, message: 'Selected: press Ctrl+C (⌘C on a Mac) to copy it.' };
  }
}
