import { beforeAll, describe, expect, it } from 'vitest';
import { parsePostLog } from '../budget/log';
import { budgetStatus } from '../budget/status';
import { PostStore } from '../budget/store';
import { event, settingsWithAcme } from '../budget/testing';
import type { PostLog } from '../budget/types';
import type { Settings } from '../settings/types';
import { validateSettings } from '../settings/validate';
import type { PouchConstructor, TeamDb } from '../team/db';
import { withSharedBrand } from '../team/docs';
import type { BrandSyncState } from '../team/state';
import { memoryPouch } from '../team/testing';
import { type TeamCredential, TeamSync } from './team';

process.env.TZ = 'Europe/Amsterdam';
const NOW = Date.parse('2024-05-15T12:00:00+02:00');
const SERVER = 'http://127.0.0.1:5984';

let PouchDB: PouchConstructor;
let run = 0;
beforeAll(async () => {
  PouchDB = await memoryPouch();
});

interface Member {
  sync: TeamSync;
  settings: Settings;
  log: () => PostLog;
  store: PostStore;
  states: BrandSyncState[];
  setOnline(on: boolean): void;
  setPassword(p: string): void;
}

/**
 * Two members are two TeamSyncs with their own local databases and post logs; the "server" is one more
 * memory database both replicate with. `online: false` makes the remote throw as fetch does offline; a wrong
 * password makes it answer 401 the way CouchDB does.
 */
function team(serverDb: TeamDb) {
  const passwords = new Map([
    ['alice', 'pw-a'],
    ['bob', 'pw-b'],
  ]);
  const members = new Set(['alice', 'bob']);
  function member(name: string, brandId = 'acme'): Member {
    let stored: string | undefined;
    let online = true;
    let password = passwords.get(name) ?? '';
    const base = settingsWithAcme();
    const brand = base.brands[0];
    if (!brand) throw new Error('no brand');
    brand.id = brandId;
    brand.team = { server: SERVER, database: 'acme', shareText: false, enabled: true };
    const m: Member = {
      settings: base,
      states: [],
      log: () => parsePostLog(stored === undefined ? undefined : JSON.parse(stored), NOW).log,
      store: new PostStore(
        {
          get: async () => m.log(),
          set: async (log) => {
            stored = JSON.stringify(log);
          },
        },
        { now: () => NOW },
      ),
      sync: undefined as unknown as TeamSync,
      setOnline: (on) => {
        online = on;
      },
      setPassword: (p) => {
        password = p;
      },
    };
    const refuse = (status: number, reason: string) => Object.assign(new Error(reason), { status, reason });
    m.sync = new TeamSync({
      settings: async () => m.settings,
      store: m.store,
      credentials: async () => ({ [brandId]: { username: name, password } }),
      hasPermission: async () => true,
      openLocal: (db) => new PouchDB(`${run}-${name}-${db}`, { adapter: 'memory' }),
      openRemote: (_url: string, cred: TeamCredential) => {
        // The remote as the member sees it: the server's database behind sign-in and _security.
        const guard = <T>(f: () => Promise<T>) => {
          if (!online) return Promise.reject(new TypeError('Failed to fetch'));
          if (passwords.get(cred.username) !== cred.password)
            return Promise.reject(refuse(401, 'Name or password is incorrect.'));
          if (!members.has(cred.username))
            return Promise.reject(refuse(403, 'You are not allowed to access this db.'));
          return f();
        };
        return new Proxy(serverDb, {
          get(target, prop, receiver) {
            // Each round closes its remote; the server's database stays open for the other member.
            if (prop === 'close') return () => Promise.resolve();
            const value = Reflect.get(target, prop, receiver);
            // The calls replication makes that go over the network; the rest are PouchDB's own plumbing.
            const guarded = ['info', 'id', 'get', 'revsDiff', 'bulkDocs', 'bulkGet', 'allDocs'];
            if (typeof value !== 'function' || typeof prop !== 'string' || !guarded.includes(prop))
              return value;
            return (...args: unknown[]) => guard(() => value.apply(target, args));
          },
        });
      },
      checkSession: async (_server, cred) =>
        online ? passwords.get(cred.username) === cred.password : undefined,
      applyBrand: async (id, shared) => {
        const local = m.settings.brands.find((b) => b.id === id);
        if (!local) return 'invalid';
        const next = {
          ...m.settings,
          brands: m.settings.brands.map((b) => (b.id === id ? withSharedBrand(b, shared) : b)),
        };
        const v = validateSettings(next);
        if (!v.ok) return 'invalid';
        m.settings = v.value;
        return 'applied';
      },
      saveState: async (s) => {
        m.states.push(s);
      },
      now: () => NOW,
    });
    return m;
  }
  return { member, passwords, members };
}

async function record(m: Member, at: number, site: 'x' | 'linkedin' = 'x') {
  const e = event(at, site === 'x' ? { site, account: 'acme' } : { site, account: 'company:42' });
  await m.store.append(e);
  await m.sync.recorded(e);
  return e;
}

function postsToday(m: Member): number {
  return budgetStatus(m.log(), m.settings, 'x', 'acme', NOW).postsToday;
}

async function fresh() {
  run++;
  const server = new PouchDB(`${run}-server`, { adapter: 'memory' });
  return team(server);
}

describe('team sync between two members', () => {
  it('each sees the other’s posts, none twice, with who posted', async () => {
    const t = await fresh();
    const a = t.member('alice');
    const b = t.member('bob');
    for (let i = 0; i < 10; i++) await record(a, NOW - 1000 * (i + 1));
    for (let i = 0; i < 10; i++) await record(b, NOW - 500 * (i + 1));
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    const srv = new PouchDB(`${run}-server`, { adapter: 'memory' });
    console.log(
      'server',
      (await srv.info()).doc_count,
      'a-states',
      JSON.stringify(a.sync.state('acme')),
      a.log().events.length,
      b.log().events.length,
    );
    expect(postsToday(a)).toBe(20);
    expect(postsToday(b)).toBe(20);
    expect(new Set(a.log().events.map((e) => e.id)).size).toBe(20);
    expect(a.log().events.filter((e) => e.member === 'bob')).toHaveLength(10);
    expect(a.log().events.filter((e) => e.member === undefined)).toHaveLength(10);
    expect(a.sync.state('acme')).toMatchObject({ problem: null, waiting: 0, lastSyncAt: NOW });
  });

  it('offline: posts count locally, wait, and catch up once; nothing twice', async () => {
    const t = await fresh();
    const a = t.member('alice');
    const b = t.member('bob');
    await record(a, NOW - 5000);
    await b.sync.sync('acme');
    a.setOnline(false);
    for (let i = 0; i < 5; i++) await record(a, NOW - 100 * (i + 1));
    expect(postsToday(a)).toBe(6);
    expect(a.sync.state('acme')).toMatchObject({ problem: 'offline', waiting: 5 });
    a.setOnline(true);
    await a.sync.sync('acme');
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    expect(postsToday(a)).toBe(6);
    expect(postsToday(b)).toBe(6);
    expect(a.sync.state('acme')).toMatchObject({ problem: null, waiting: 0 });
  });

  it('a wrong password is said as such and loses nothing; the right one sends what waited', async () => {
    const t = await fresh();
    const a = t.member('alice');
    const b = t.member('bob');
    a.setPassword('nope');
    await record(a, NOW - 100);
    expect(a.sync.state('acme')).toMatchObject({ problem: 'wrong-password', waiting: 1 });
    expect(postsToday(a)).toBe(1);
    a.setPassword('pw-a');
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    expect(postsToday(b)).toBe(1);
  });

  it('a user outside the database’s members is refused, and told so', async () => {
    const t = await fresh();
    t.passwords.set('eve', 'pw-e');
    const e = t.member('eve');
    await record(e, NOW - 100);
    expect(e.sync.state('acme')).toMatchObject({ problem: 'not-member' });
    expect(postsToday(e)).toBe(1);
  });

  it('posts made before sync was turned on are shared once', async () => {
    const t = await fresh();
    const a = t.member('alice');
    const b = t.member('bob');
    await a.store.append(event(NOW - 100, { account: 'acme' }));
    await a.store.append(event(NOW - 200, { account: 'someone-else' }));
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    expect(postsToday(b)).toBe(1);
    expect(b.log().events).toHaveLength(1);
  });

  it('a brand edit replicates; concurrent edits are a conflict resolved by a choice that replicates', async () => {
    const t = await fresh();
    const a = t.member('alice');
    const b = t.member('bob');
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    // Set up alike: no conflict.
    expect(b.sync.state('acme')?.conflict).toBe(false);

    a.settings = {
      ...a.settings,
      brands: a.settings.brands.map((x) => ({ ...x, budgets: { x: { perDay: 5, spacingMinutes: 30 } } })),
    };
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    expect(b.settings.brands[0]?.budgets.x).toEqual({ perDay: 5, spacingMinutes: 30 });
    expect(b.settings.brands[0]?.team?.database).toBe('acme');

    // Both edit before either syncs.
    a.settings = {
      ...a.settings,
      brands: a.settings.brands.map((x) => ({ ...x, budgets: { x: { perDay: 7, spacingMinutes: 30 } } })),
    };
    b.settings = {
      ...b.settings,
      brands: b.settings.brands.map((x) => ({ ...x, budgets: { x: { perDay: 2, spacingMinutes: 30 } } })),
    };
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    await a.sync.sync('acme');
    expect(a.sync.state('acme')?.conflict).toBe(true);
    expect(b.sync.state('acme')?.conflict).toBe(true);
    // Neither lost: each keeps its own until someone chooses.
    expect(a.settings.brands[0]?.budgets.x?.perDay).toBe(7);
    expect(b.settings.brands[0]?.budgets.x?.perDay).toBe(2);
    const versions = await a.sync.versions('acme');
    expect(
      versions.map((v) => (v.brand as { budgets: { x: { perDay: number } } }).budgets.x.perDay).sort(),
    ).toEqual([2, 7]);
    expect(versions.filter((v) => v.winner)).toHaveLength(1);

    const bobs = versions.find((v) => v.editedBy === 'bob');
    if (!bobs) throw new Error('no version by bob');
    await a.sync.resolve('acme', { rev: bobs.rev });
    await b.sync.sync('acme');
    expect(a.sync.state('acme')?.conflict).toBe(false);
    expect(b.sync.state('acme')?.conflict).toBe(false);
    expect(a.settings.brands[0]?.budgets.x?.perDay).toBe(2);
    expect(b.settings.brands[0]?.budgets.x?.perDay).toBe(2);
  });

  it('a member who joins with a different brand sees both versions; neither is lost', async () => {
    const t = await fresh();
    const a = t.member('alice');
    await a.sync.sync('acme');
    const b = t.member('bob');
    b.settings = {
      ...b.settings,
      brands: b.settings.brands.map((x) => ({ ...x, budgets: { x: { perDay: 9, spacingMinutes: 0 } } })),
    };
    await b.sync.sync('acme');
    await a.sync.sync('acme');
    expect(b.sync.state('acme')?.conflict).toBe(true);
    expect(a.sync.state('acme')?.conflict).toBe(true);
    expect(b.settings.brands[0]?.budgets.x?.perDay).toBe(9);
    expect(a.settings.brands[0]?.budgets.x).toBeUndefined();
    expect(await a.sync.versions('acme')).toHaveLength(2);
  });

  it('a brand version that does not validate is not applied', async () => {
    const t = await fresh();
    const a = t.member('alice');
    const b = t.member('bob');
    await a.sync.sync('acme');
    await b.sync.sync('acme');
    a.settings = {
      ...a.settings,
      brands: a.settings.brands.map((x) => ({ ...x, budgets: { x: { perDay: 5, spacingMinutes: 30 } } })),
    };
    await a.sync.sync('acme');
    // Tamper with the server's copy: a budget no Steady accepts.
    const server = new PouchDB(`${run}-server`, { adapter: 'memory' });
    const doc = await server.get('brand');
    await server.put({
      ...doc,
      brand: { ...(doc.brand as object), budgets: { x: { perDay: -1, spacingMinutes: 0 } } },
    });
    await b.sync.sync('acme');
    expect(b.sync.state('acme')?.problem).toBe('invalid-brand');
    expect(b.settings.brands[0]?.budgets.x).toBeUndefined();
  });

  it('makes no database and no request for a brand without sync', async () => {
    const t = await fresh();
    const a = t.member('alice');
    a.settings = settingsWithAcme();
    const e = event(NOW - 100);
    await a.store.append(e);
    await a.sync.recorded(e);
    expect(await a.sync.syncAll()).toEqual([]);
    expect(a.states).toEqual([]);
  });
});
