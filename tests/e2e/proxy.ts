// A loopback HTTP proxy that sends the fixture hostnames to the fixture server and refuses everything else.
// Firefox has no --host-resolver-rules: it is pointed at this proxy through its network.proxy.* prefs
// (firefox/browser.ts), asks it to `CONNECT x.com:443`, and gets a tunnel to the local HTTPS server, so the
// page keeps its real origin (https://x.com) and the extension's production match patterns apply. Any other
// host, and any plain-HTTP request, gets 403: nothing leaves the machine.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { siteForHost } from './hosts.ts';

export interface FixtureProxy {
  port: number;
  /** `host:port` of every CONNECT request refused, in order (a test can assert nothing else was asked for). */
  refused: string[];
  close(): Promise<void>;
}

/** True for a fixture hostname on port 443 (`x.com:443`, `*.x.com:443`, as in browser.ts hostResolverRules). */
export function isFixtureAuthority(authority: string): boolean {
  const match = /^([^:]+):443$/.exec(authority.toLowerCase());
  const host = match?.[1];
  if (!host) return false;
  return siteForHost(host) !== undefined || host.endsWith('.x.com');
}

/** Starts the proxy on 127.0.0.1 (a free port) in front of the fixture server at 127.0.0.1:`targetPort`. */
export async function startFixtureProxy(targetPort: number): Promise<FixtureProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    // Plain-HTTP proxy requests (http://…): the fixtures are HTTPS only.
    res.writeHead(403, { 'content-type': 'text/plain' }).end('steady test proxy: https fixtures only\n');
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (!isFixtureAuthority(authority)) {
      refused.push(authority);
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
