/**
 * Where a candidate's title is, once it is on screen:
 * - `page`: in the page's own HTML;
 * - `shadow`: in the shadow root of the element `tag` (rendered, or declared in the server's HTML);
 * - `shoelace`: in `<sl-alert>`'s light DOM, once the alert is defined and has rendered its open
 *   box (the page hides it until then, as Shoelace advises).
 */
export type TitlePlace = { in: 'page' } | { in: 'shadow'; tag: string } | { in: 'shoelace' };

/**
 * An inline script for the top of `<head>`: from the first frame, it looks for `title` in every
 * animation frame, and resolves `window.titleShown` with the time of the first frame that holds
 * it (milliseconds since navigation started). That frame is then painted: the title is on screen
 * within one frame of that time, for every candidate alike.
 */
export function probeScript(title: string, place: TitlePlace): string {
  // Plain JavaScript: it runs in the page before anything else.
  return `<script>
window.titleShown = new Promise((done) => {
  const title = ${JSON.stringify(title)};
  const place = ${JSON.stringify(place)};
  const text = (node) => (node ? node.textContent.replace(/\\s+/g, ' ') : '');
  const shown = () => {
    if (place.in === 'page') return text(document.body).includes(title);
    if (place.in === 'shadow') {
      const element = document.querySelector(place.tag);
      return !!element && text(element.shadowRoot).includes(title);
    }
    const alert = document.querySelector('sl-alert');
    return !!alert && !!customElements.get('sl-alert') &&
      !!alert.shadowRoot && !!alert.shadowRoot.querySelector('[part~="base"]:not([hidden])') &&
      text(alert).includes(title);
  };
  const frame = (time) => (shown() ? done(time) : requestAnimationFrame(frame));
  requestAnimationFrame(frame);
});
</script>`;
}
