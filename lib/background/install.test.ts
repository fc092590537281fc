import { describe, expect, it, vi } from 'vitest';
import { handleInstalled, opensWelcome, WELCOME_PATH } from './install';

describe('the welcome page on install', () => {
  it('opens on the first install only', async () => {
    const open = vi.fn(async () => undefined);
    expect(await handleInstalled({ reason: 'install' }, open)).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith(WELCOME_PATH);
  });

  it.each([
    'update',
    'chrome_update',
    'browser_update',
    'shared_module_update',
    '',
  ])('does not open on %j', async (reason) => {
    const open = vi.fn(async () => undefined);
    expect(opensWelcome({ reason })).toBe(false);
    expect(await handleInstalled({ reason }, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
