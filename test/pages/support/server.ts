import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xlf': 'application/xml',
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:43117` */
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Extra response headers, e.g. a Content-Security-Policy, per request path. */
  headers?: (path: string) => Record<string, string>;
  /** Files served from memory instead of the folder, by path (`/strict.html`, `/watch.js`). */
  pages?: Record<string, string>;
  /** Compresses every response with gzip for a browser that accepts it, as a web host would. */
  gzip?: boolean;
  /** Answers a request with 503 when this says so: a host that is down for a moment. */
  unavailable?: (path: string) => boolean;
}

/** Serves a folder on 127.0.0.1 at a free port: the page-level tests' stand-in for a web host. */
export async function serve(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const requests: string[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    if (options.unavailable?.(path)) return void response.writeHead(503).end();
    const headers = options.headers?.(path) ?? {};
    const send = (type: string, body: string | Buffer) => {
      if (options.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const compressed = gzipSync(body);
        response
          .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', ...headers })
          .end(compressed);
      } else {
        response.writeHead(200, { 'content-type': type, ...headers }).end(body);
      }
    };
    const page = options.pages?.[path];
    if (page !== undefined) {
      send(TYPES[extname(path)] ?? TYPES['.html']!, page);
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      response.writeHead(404).end('not found');
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
