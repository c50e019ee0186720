/**
 * A static server for the fixture e-paper tree, on 127.0.0.1 only. With root = tests/fixtures/pages a
 * page is at `/<name>/html/2024-05/16/node_3.htm`; with root = one fixture folder at `/html/2024-05/16/node_3.htm`.
 *
 * `imageOrigin: true` starts a second server (another port = another origin) for the images and rewrites
 * each HTML page's `<img src>` to absolute URLs on it, the way many papers serve page images from a CDN
 * host — so the extension's cross-origin image loading (canvas taint, CORS) is exercised. `imageCors`
 * decides whether that server sends `Access-Control-Allow-Origin: *` (default true).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface FixtureServerOptions {
  root: string;
  port?: number;
  imageOrigin?: boolean;
  imageCors?: boolean;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  /** Origin of the image server, when imageOrigin is set. */
  imageUrl?: string;
  /** Every request path served, prefixed with 'page ' or 'image ', for assertions. */
  requests: string[];
  /** The User-Agent of each request, in the order of `requests`. */
  userAgents: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.htm': 'text/html; charset=utf-8', '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.png': 'image/png', '.json': 'application/json; charset=utf-8', '.pdf': 'application/pdf', '.css': 'text/css',
};

/** Points relative `<img src>` of an HTML page at the image origin (same path, other host). */
export function rewriteImageSources(html: string, pagePath: string, imageUrl: string): string {
  return html.replace(/(<img\b[^>]*?\bsrc=")([^"]+)(")/gi, (whole, pre: string, src: string, post: string) => {
    if (/^(data:|https?:)/i.test(src)) return whole;
    const absolute = new URL(src, `http://fixture.invalid${pagePath}`).pathname;
    return `${pre}${imageUrl}${absolute}${post}`;
  });
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function staticServer(root: string, kind: 'page' | 'image', requests: string[], userAgents: string[], transform: (path: string, body: Buffer) => Buffer, cors: boolean): Server {
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${kind} ${path}`);
    userAgents.push(req.headers['user-agent'] ?? '');
    const file = resolve(join(root, path));
    // Refuse anything that resolves outside the root (../ tricks).
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end('forbidden');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = transform(path, await readFile(file));
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (cors) headers['access-control-allow-origin'] = '*';
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const root = resolve(options.root);
  const requests: string[] = [];
  const userAgents: string[] = [];
  let imageServer: Server | undefined;
  let imageUrl: string | undefined;
  if (options.imageOrigin) {
    imageServer = staticServer(root, 'image', requests, userAgents, (_p, body) => body, options.imageCors ?? true);
    imageUrl = await listen(imageServer, 0);
  }
  const rewrite = (path: string, body: Buffer) =>
    imageUrl && /\.html?$/i.test(path) ? Buffer.from(rewriteImageSources(body.toString('utf8'), path, imageUrl)) : body;
  const pageServer = staticServer(root, 'page', requests, userAgents, rewrite, false);
  const url = await listen(pageServer, options.port ?? 0);
  const closeOne = (s: Server) => new Promise<void>((ok) => { s.closeAllConnections(); s.close(() => ok()); });
  return {
    url,
    imageUrl,
    requests,
    userAgents,
    close: async () => {
      await Promise.all([closeOne(pageServer), ...(imageServer ? [closeOne(imageServer)] : [])]);
    },
  };
}
