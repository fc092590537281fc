// A CouchDB-protocol server for the team-sync specs (issue 13): `pouchdb-server --in-memory` from npm on a
// free loopback port, started and stopped by the tests, with an admin, users and one database per brand
// whose `_security` names its members. The production target is CouchDB 3: STEADY_COUCH_URL
// (`http://admin:password@127.0.0.1:5984`) points the specs at one instead (then `restart` is not
// available and the spec that needs it is skipped). pouchdb-server keeps nothing across a restart
// (in memory): `restart()` replays the setup (admin, users, databases, `_security`) and the members'
// replication pushes everything again from their checkpoints, which is what the restart spec checks.
//
// `gate()` is a TCP pass-through in front of the server, one per browser profile: closing it is that
// profile going offline (connections refused) while the other stays online.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Gate {
  /** The origin the profile is configured with: `http://127.0.0.1:<gate port>`. */
  origin: string;
  port: number;
  /** Refuse every connection (and cut the open ones) until `open()`. */
  block(): void;
  open(): void;
  close(): Promise<void>;
}

export interface Couch {
  /** `http://127.0.0.1:<port>`, no credentials. */
  origin: string;
  port: number;
  /** Whether `restart()` works (pouchdb-server started here; not an outside CouchDB). */
  restartable: boolean;
  addUser(name: string, password: string): Promise<void>;
  /** A database whose `_security` names `members`: CouchDB refuses everyone else. */
  addDatabase(name: string, members: string[]): Promise<void>;
  /** Every document of a database that is not a design document, read as the admin. */
  docs(database: string): Promise<Array<Record<string, unknown>>>;
  restart(): Promise<void>;
  gate(): Promise<Gate>;
  stop(): Promise<void>;
}

const ADMIN = { name: 'steady-admin', password: 'admin-secret' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

async function waitForServer(origin: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${origin} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startCouch(): Promise<Couch> {
  const external = process.env.STEADY_COUCH_URL;
  let origin: string;
  let admin = ADMIN;
  let child: ChildProcess | null = null;
  let dir: string | null = null;
  let port: number;
  const setup: Array<() => Promise<void>> = [];

  const request = async (method: string, path: string, body?: unknown, auth = admin): Promise<Response> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return response;
  };
  const ok = async (method: string, path: string, body?: unknown) => {
    const response = await request(method, path, body);
    // 412: the database exists already (CouchDB 3 kept from an earlier run), fine.
    if (!response.ok && response.status !== 412 && response.status !== 409)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };

  const launch = async () => {
    const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
    // It writes its log and config.json into the working directory: a temporary one.
    dir ??= await mkdtemp(join(tmpdir(), 'steady-couch-'));
    // Its config (with the admin) would survive a restart while its data does not: start from none.
    await rm(join(dir, 'config.json'), { force: true });
    child = spawn(process.execPath, [bin, '--in-memory', '--port', String(port), '--no-stdout-logs'], {
      cwd: dir,
      stdio: 'ignore',
    });
    await waitForServer(origin);
    // Admin party ends here: an admin, and `require_valid_user`'s effect through each database's members.
    const created = await fetch(`${origin}/_config/admins/${ADMIN.name}`, {
      method: 'PUT',
      body: JSON.stringify(ADMIN.password),
    });
    if (!created.ok) throw new Error(`creating the admin: ${created.status}`);
    for (const step of setup) await step();
  };

  if (external) {
    const url = new URL(external);
    origin = url.origin;
    port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    admin = { name: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    await waitForServer(origin);
  } else {
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    await launch();
  }

  const stopChild = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  const gates: Gate[] = [];

  return {
    origin,
    port,
    restartable: !external,
    async addUser(name, password) {
      const step = async () => {
        const path = `/_users/org.couchdb.user:${encodeURIComponent(name)}`;
        const existing = await request('GET', path);
        const rev = existing.ok ? ((await existing.json()) as { _rev?: string })._rev : undefined;
        await ok('PUT', path, { name, password, roles: [], type: 'user', ...(rev ? { _rev: rev } : {}) });
      };
      setup.push(step);
      await step();
    },
    async addDatabase(name, members) {
      const step = async () => {
        await ok('PUT', `/${encodeURIComponent(name)}`);
        await ok('PUT', `/${encodeURIComponent(name)}/_security`, {
          admins: { names: [], roles: [] },
          members: { names: members, roles: [] },
        });
      };
      setup.push(step);
      await step();
    },
    async docs(database) {
      const response = await request('GET', `/${encodeURIComponent(database)}/_all_docs?include_docs=true`);
      if (!response.ok) throw new Error(`_all_docs: ${response.status}`);
      const body = (await response.json()) as { rows: Array<{ id: string; doc: Record<string, unknown> }> };
      return body.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
    },
    async restart() {
      if (external) throw new Error('STEADY_COUCH_URL: an outside CouchDB is not restarted by the tests');
      await stopChild();
      await launch();
    },
    async gate() {
      let blocked = false;
      const sockets = new Set<Socket>();
      const server: Server = createServer((client) => {
        if (blocked) {
          client.destroy();
          return;
        }
        const upstream = connect(port, new URL(origin).hostname);
        sockets.add(client);
        sockets.add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('no gate port');
      const gate: Gate = {
        origin: `http://127.0.0.1:${address.port}`,
        port: address.port,
        block() {
          blocked = true;
          for (const s of sockets) s.destroy();
          sockets.clear();
        },
        open() {
          blocked = false;
        },
        close: () =>
          new Promise<void>((resolve) => {
            gate.block();
            server.close(() => resolve());
          }),
      };
      gates.push(gate);
      return gate;
    },
    async stop() {
      for (const g of gates) await g.close();
      await stopChild();
      if (dir) await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
