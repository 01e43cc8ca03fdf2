/**
 * The demo needs two origins from one server. `localhost` and `127.0.0.1` on the same port are
 * two origins to a browser, so the lender page and the flow each use the other loopback name.
 * Any other host has no second name here, and both sides stay on one origin.
 */
export function otherLoopbackOrigin(href: string): string {
  const url = new URL(href);
  const other: Record<string, string> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' };
  url.hostname = other[url.hostname] ?? url.hostname;
  return url.origin;
}
