import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @wxt-dev/storage binds `browser` when it is imported, so the fake goes in first.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
let mod: typeof import('./save-failures');
beforeAll(async () => {
  mod = await import('./save-failures');
});
beforeEach(() => fakeBrowser.reset());

describe('save failures', () => {
  it('lists the posts that could not be saved until they are, bounded', async () => {
    const failures = mod.storageSaveFailures('session');
    expect(await mod.unsavedPosts()).toBe(0);
    await failures.add('a');
    await failures.add('a');
    await failures.add('b');
    expect(await mod.unsavedPosts()).toBe(2);
    await failures.clear('a');
    expect(await mod.unsavedPosts()).toBe(1);
    await failures.clear('b');
    expect(await mod.unsavedPosts()).toBe(0);
    for (let i = 0; i < mod.MAX_IDS + 20; i++) await failures.add(`p${i}`);
    expect(await mod.unsavedPosts()).toBe(mod.MAX_IDS);
  });
});
