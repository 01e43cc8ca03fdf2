/**
 * What a reader sees in the first `<bank-connect-error>`'s shadow root, as one line of text.
 * Runs in the page (`page.evaluate(shadowText)`). Styles are not text: a server-rendered root
 * carries them in a `<style>`, which hydration may move.
 */
export const shadowText = () => {
  const walker = document.createTreeWalker(
    document.querySelector('bank-connect-error')!.shadowRoot!,
    NodeFilter.SHOW_TEXT,
  );
  let text = '';
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement?.localName !== 'style') text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
};
