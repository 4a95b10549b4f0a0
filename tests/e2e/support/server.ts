/** A static file server on 127.0.0.1 for end-to-end tests and benchmarks. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** Every path requested so far, in order. */
  requests: string[];
  /** Serve generated HTML at a path, in addition to files. */
  route(path: string, html: string, headers?: Record<string, string>): void;
}

export async function serve(dir: string): Promise<StaticServer> {
  const routes = new Map<string, { body: string; headers: Record<string, string> }>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (path, html, headers = {}) => void routes.set(path, { body: html, headers }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
