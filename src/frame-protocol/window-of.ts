/**
 * The window of an element's document, read through `Document.prototype`'s own getter: an element
 * named `defaultView` on the page (`<img name="defaultView">`) shadows `document.defaultView`,
 * which would silently cut both ends of the bridge off. `null` outside a browser or a window.
 */
export function windowOf(element: Element): (Window & typeof globalThis) | null {
  try {
    const getter = Object.getOwnPropertyDescriptor(Document.prototype, 'defaultView')!.get!;
    return getter.call(element.ownerDocument) as (Window & typeof globalThis) | null;
  } catch {
    return null;
  }
}
