// Local HTTPS server that serves each fixture page under its real hostname. Chromium reaches it through
// --host-resolver-rules (see browser.ts), so the page at https://x.com/home has the origin x.com and the
// extension's production match patterns apply. The certificate is self-signed, generated at start and kept
// in memory; the browser runs with --ignore-certificate-errors.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';
import { SITES, siteForHost } from './hosts.ts';

export const FIXTURE_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'dist');

/** Path prefix of the built scripts and styles; served on every fixture host. */
export const ASSET_PREFIX = '/__fixture/';
/** Path on x.com of the demo index that `npm start` opens. */
export const DEMO_PATH = '/steady-demo';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  port: number;
  /** Every hostname the server answers for. */
  hosts: string[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  distDir?: string;
  /** Called for every request served (the demo launcher logs page loads with it). */
  onRequest?: (info: { host: string; path: string; status: number }) => void;
}

async function certificate(): Promise<{ key: string; cert: string }> {
  const hosts = SITES.flatMap((site) => site.hosts);
  const pems = await generate([{ name: 'commonName', value: 'Steady local test fixtures' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [...hosts, '*.x.com', 'localhost'].map((value) => ({ type: 2 as const, value })),
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function pageFor(host: string, pathname: string): string | undefined {
  const site = siteForHost(host);
  if (!site) return undefined;
  if (site.id === 'x' && (pathname === DEMO_PATH || pathname === `${DEMO_PATH}/`)) return 'demo.html';
  return `${site.id}.html`;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const distDir = options.distDir ?? FIXTURE_DIST;
  const { key, cert } = await certificate();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', 'https://fixture.invalid');
    res.on('finish', () =>
      options.onRequest?.({ host, path: url.pathname + url.search, status: res.statusCode }),
    );
    void (async () => {
      let file: string | undefined;
      if (url.pathname.startsWith(ASSET_PREFIX)) {
        const relative = normalize(decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length)));
        const full = join(distDir, 'assets', relative);
        if (full.startsWith(join(distDir, 'assets') + sep)) file = full;
      } else if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      } else {
        const page = pageFor(host, url.pathname);
        if (page) file = join(distDir, page);
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`No fixture for ${host}${url.pathname}`);
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Missing ${file}: run the fixture build (tests/e2e/fixtures/build.ts).`);
      }
    })();
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hosts: SITES.flatMap((site) => [...site.hosts]),
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
