import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyPostLog } from '../budget/log';
import type { PostEvent, PostLog } from '../budget/types';

// @wxt-dev/storage binds `browser` when it is imported, so the fake goes in first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
let mod: typeof import('./post-log');
beforeAll(async () => {
  mod = await import('./post-log');
});
beforeEach(() => fakeBrowser.reset());

const fixture = (): PostLog =>
  JSON.parse(readFileSync(join(__dirname, '..', 'budget', 'fixtures', 'post-log-v1.json'), 'utf8'));

const event = (id: string): PostEvent => ({
  id,
  at: Date.now() - 1000,
  site: 'x',
  account: 'acme',
  kind: 'post',
  scores: null,
});

describe('post-log storage', () => {
  it('reads an empty log from empty storage', async () => {
    expect(await mod.loadPostLog()).toEqual({ log: emptyPostLog(), problem: null });
    expect(await mod.readPostLogForWrite()).toEqual(emptyPostLog());
  });

  it('writes the log under local:post-log with its version, and reads it back', async () => {
    await mod.writePostLog(fixture());
    expect(await fakeBrowser.storage.local.get(['post-log', 'post-log$'])).toEqual({
      'post-log': fixture(),
      'post-log$': { v: 1 },
    });
    expect(await mod.loadPostLog()).toEqual({ log: fixture(), problem: null });
  });

  it.each([
    ['garbage', 'not a log'],
    ['a list', [1, 2, 3]],
    ['a newer version', { version: 2, events: [], somethingNew: true }],
  ])('reads %s as an empty log, never throws, and backs it up before the writer writes', async (_n, stored) => {
    await fakeBrowser.storage.local.set({ 'post-log': stored });
    const loaded = await mod.loadPostLog();
    expect(loaded.log).toEqual(emptyPostLog());
    expect(loaded.problem).toEqual(expect.any(String));
    const store = mod.createPostStore();
    await store.append(event('after-corruption'));
    expect(await fakeBrowser.storage.local.get('post-log-corrupt-backup')).toEqual({
      'post-log-corrupt-backup': stored,
    });
    expect((await mod.loadPostLog()).log.events.map((e) => e.id)).toEqual(['after-corruption']);
  });

  it('keeps the readable events of a partly broken log and backs up the whole value', async () => {
    const stored = { ...fixture(), events: [...fixture().events, { id: 'broken' }] };
    await fakeBrowser.storage.local.set({ 'post-log': stored });
    const loaded = await mod.loadPostLog();
    expect(loaded.log.events).toHaveLength(4);
    expect(loaded.problem).toMatch(/1 unreadable/);
    expect(await mod.readPostLogForWrite()).toEqual(loaded.log);
    expect(await fakeBrowser.storage.local.get('post-log-corrupt-backup')).toEqual({
      'post-log-corrupt-backup': stored,
    });
  });

  it('writes this version after a downgrade left a newer meta version', async () => {
    await fakeBrowser.storage.local.set({ 'post-log': { version: 2, events: [] }, 'post-log$': { v: 2 } });
    // WXT storage logs the refused downgrade; expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.resetModules();
    const fresh: typeof import('./post-log') = await import('./post-log');
    await fresh.createPostStore().append(event('downgraded'));
    expect(await fakeBrowser.storage.local.get('post-log$')).toEqual({ 'post-log$': { v: 1 } });
    expect((await fresh.loadPostLog()).log.events.map((e) => e.id)).toEqual(['downgraded']);
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('refuses to write when storage cannot be read, so nothing unseen is overwritten', async () => {
    await mod.writePostLog(fixture());
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('read failed'));
    const store = mod.createPostStore({ attempts: 2, retryDelayMs: 0 });
    await expect(store.append(event('blind'))).rejects.toThrow('read failed');
    expect((await mod.loadPostLog()).problem).toMatch(/could not be read/);
    get.mockRestore();
    expect((await mod.loadPostLog()).log).toEqual(fixture());
  });

  it('appends through the one store and keeps everything for the next worker', async () => {
    const recent = { ...emptyPostLog(), events: [event('before')] };
    await mod.writePostLog(recent);
    const store = mod.createPostStore();
    await Promise.all(['a', 'b', 'c'].map((id) => store.append(event(id))));
    const next = mod.createPostStore();
    expect((await next.read()).events.map((e) => e.id)).toEqual(['before', 'a', 'b', 'c']);
  });

  it('prunes events past the retention on the first write', async () => {
    // The fixture is from May 2024, long past 90 days.
    await mod.writePostLog(fixture());
    await mod.createPostStore().append(event('now'));
    expect((await mod.loadPostLog()).log.events.map((e) => e.id)).toEqual(['now']);
  });
});
