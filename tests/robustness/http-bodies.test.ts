/**
 * Classes 6 and 7 of issue 15: an HTTP body is read with a byte cap (refused while it streams, the download
 * stopped), and a body that drips past the time limit ends in a plain error that names the URL and the
 * limit — never `Cannot set property message of … DOMException`. Servers on 127.0.0.1 only; sizes bounded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCapped, loadPage } from '../../cli/page-source';

const CHUNK = Buffer.alloc(64 * 1024, 0x61);
let server: Server;
let base: string;
/** How many bytes the streaming route managed to send before the client hung up. */
let streamedBytes = 0;
let streamFinished = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page.htm') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<html><body><img src="/drip.png" width="400" height="600"></body></html>');
    }
    if (path === '/drip.png') {
      // Headers at once, then one byte every 100 ms: the body never completes within the limit.
      res.writeHead(200, { 'content-type': 'image/png' });
      const timer = setInterval(() => res.write('x'), 100);
      return void res.on('close', () => clearInterval(timer));
    }
    if (path === '/declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(8 * 1024 * 1024) });
      return void res.end();
    }
    if (path === '/stream') {
      // No Content-Length: up to 4 MB in 64 KB chunks, stopped when the client goes away.
      streamedBytes = 0;
      streamFinished = false;
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const send = () => {
        if (res.destroyed) return;
        if (streamedBytes >= 4 * 1024 * 1024) {
          streamFinished = true;
          return void res.end();
        }
        streamedBytes += CHUNK.length;
        res.write(CHUNK, () => setImmediate(send));
      };
      return send();
    }
    if (path === '/small') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

describe('HTTP bodies', () => {
  it('reads a body under the cap whole', async () => {
    const { bytes, contentType } = await fetchCapped(`${base}/small`, { maxBytes: 1024 });
    expect(bytes.toString()).toBe('hello');
    expect(contentType).toBe('text/plain');
  });

  it('refuses a declared Content-Length over the cap before reading it, naming the limit', async () => {
    await expect(fetchCapped(`${base}/declared`, { maxBytes: 1024 * 1024 })).rejects.toThrow(/\/declared: the answer is 8 MB, too large \(limit 1 MB\)/);
  });

  it('stops a streamed body as soon as it passes the cap', async () => {
    await expect(fetchCapped(`${base}/stream`, { maxBytes: 1024 * 1024 })).rejects.toThrow(/too large \(limit 1 MB\)/);
    await new Promise((r) => setTimeout(r, 200));
    // The server saw the client leave: it did not get to send the whole 4 MB.
    expect(streamFinished).toBe(false);
    expect(streamedBytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('a page image that drips past the time limit fails with a message, not a TypeError about a getter', async () => {
    const failure = await loadPage(`${base}/page.htm`, { timeoutMs: 400, onWarning: () => {} }).then(
      () => new Error('loaded'),
      (err: unknown) => err as Error,
    );
    expect(failure.constructor).toBe(Error);
    expect(failure.message).toBe(`page image of ${base}/page.htm: cannot fetch ${base}/drip.png: no complete answer within 0.4 s`);
  });
});
