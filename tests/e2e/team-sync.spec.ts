// Team sync (issue 13) with real replication: a CouchDB-protocol server on loopback (tests/e2e/couch.ts:
// pouchdb-server in memory, or a CouchDB 3 through STEADY_COUCH_URL) and two browser profiles of one brand,
// each with the built extension. Automation cannot answer Chrome's permission prompt
// (microsoft/playwright#32755), so the profiles load a copy of the production build whose manifest grants
// http://127.0.0.1 (what the user's click on "Sign in and sync" grants); everything else is the production
// code. Each profile reaches the server through its own gate (a TCP pass-through), so one can go offline.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import type { PostEvent } from '../../lib/budget/types';
import { type Brand, defaultSettings, type Settings } from '../../lib/settings/types';
import { chromiumArgs, findChromium } from './browser.ts';
import { type Couch, type Gate, startCouch } from './couch.ts';
import { DRIVERS } from './drivers.ts';
import { EXTENSION_PATH, expect, model, openFixture, test, waitForPosted } from './fixtures.ts';
import { overlayOf } from './overlay.ts';

/** The parts of the extension API the specs call from the options page (its own origin). */
interface ChromeApi {
  storage: {
    local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
}
declare const chrome: ChromeApi;

/** The X fixture's account (tests/e2e/drivers.ts), as the log keeps it. */
const ACCOUNT = 'steady_brand';
let couch: Couch;
let variant: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  couch = await startCouch();
  // The production build with the loopback server's origin granted up front.
  variant = await mkdtemp(join(tmpdir(), 'steady-team-ext-'));
  cpSync(EXTENSION_PATH, variant, { recursive: true });
  const manifestPath = join(variant, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = ['http://127.0.0.1/*'];
  // What "Sign in and sync" asks for with the origin (wxt.config.ts): the once-a-minute round's alarm.
  manifest.permissions = [...(Array.isArray(manifest.permissions) ? manifest.permissions : []), 'alarms'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
});

test.afterAll(async () => {
  await couch?.stop();
  if (variant) rmSync(variant, { recursive: true, force: true });
});

/** A name no earlier run used (a real CouchDB keeps its databases). */
function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

interface Member {
  context: BrowserContext;
  /** The options page: the extension's own page, to read its storage and ask the background. */
  options: Page;
  /** The X fixture, where the member posts. */
  x: Page;
  /** Every request the profile made (pages and the extension's service worker). */
  requests: string[];
  close(): Promise<void>;
}

async function launchMember(fixturePort: number, extension = variant): Promise<Member> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-team-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: process.env.STEADY_HEADED !== '1',
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs({ port: fixturePort, extensionPath: extension }),
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const x = await context.newPage();
  return {
    context,
    options,
    x,
    requests,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

function acme(team?: Brand['team']): Brand {
  return {
    id: 'acme',
    name: 'Acme',
    ignores: [],
    languages: ['en'],
    defaultLanguage: 'en',
    accounts: [{ platform: 'x', handle: `@${ACCOUNT}` }],
    budgets: { x: { perDay: 50, spacingMinutes: 0 } },
    rules: emptyBrandRules(),
    ...(team ? { team } : {}),
  };
}

async function setSettings(m: Member, settings: Settings): Promise<void> {
  await m.options.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

async function ask<T>(m: Member, message: object): Promise<T> {
  return m.options.evaluate((msg) => chrome.runtime.sendMessage(msg), message) as Promise<T>;
}

interface Status {
  ok: boolean;
  states?: Array<{ brandId: string; problem: string | null; waiting: number; conflict: boolean }>;
  recent?: Array<{ member?: string }>;
}

async function events(m: Member): Promise<PostEvent[]> {
  return m.options.evaluate(async () => {
    const log = (await chrome.storage.local.get('post-log'))['post-log'] as
      | { events?: PostEvent[] }
      | undefined;
    return log?.events ?? [];
  });
}

/** The account's posts today as the popup's summary counts them (the counters every view reads). */
async function postsToday(m: Member): Promise<number> {
  const reply = await ask<{
    ok: boolean;
    summary?: { accounts: Array<{ account: string; postsToday: number }> };
  }>(m, { type: 'budget-summary' });
  return reply.summary?.accounts.find((a) => a.account === ACCOUNT)?.postsToday ?? -1;
}

/** Joins the member to the team database through the options page's Team section, as a person would. */
async function signIn(
  m: Member,
  gate: Gate,
  database: string,
  user: string,
  password: string,
): Promise<void> {
  const team = m.options.getByTestId('team-editor');
  await team.getByLabel('Server').fill(gate.origin);
  await team.getByLabel('Database').fill(database);
  await team.getByLabel('User name').fill(user);
  await team.getByLabel('Password').fill(password);
  await team.getByRole('button', { name: 'Sign in and sync' }).click();
  await expect(team.getByTestId('team-state')).toBeVisible({ timeout: 15_000 });
}

async function state(m: Member): Promise<string> {
  return (await m.options.getByTestId('team-state').textContent({ timeout: 10_000 })) ?? '';
}

/** `n` posts from X's inline box, each waited for until the site cleared the box. */
async function burst(page: Page, n: number, tag: string): Promise<void> {
  const before = await page.evaluate(() => window.__fixture?.posted.length ?? 0);
  for (let i = 0; i < n; i++) {
    await DRIVERS.x.editor(page).click();
    await page.keyboard.insertText(`Post ${tag}.${i}: the shop opens at nine today.`);
    await expect(page.getByTestId('tweetButtonInline')).not.toHaveAttribute('aria-disabled', 'true');
    await page.getByTestId('tweetButtonInline').click();
    await expect.poll(() => model(page), { timeout: 10_000 }).toBe('');
  }
  await waitForPosted(page, before + n);
}

async function syncNow(m: Member): Promise<Status> {
  return ask<Status>(m, { type: 'team-sync-now' });
}

function expectNoDuplicates(list: PostEvent[]): void {
  expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
}

test('two members of one brand count each other’s posts; offline catch-up and a server restart lose and double nothing', async ({
  server,
}) => {
  test.setTimeout(240_000);
  const database = unique('acme');
  await couch.addUser('alice', 'pw-alice');
  await couch.addUser('bob', 'pw-bob');
  await couch.addDatabase(database, ['alice', 'bob']);
  const [gateA, gateB] = [await couch.gate(), await couch.gate()];
  const a = await launchMember(server.port);
  const b = await launchMember(server.port);
  try {
    await setSettings(a, { ...defaultSettings(), brands: [acme()] });
    await setSettings(b, { ...defaultSettings(), brands: [acme()] });
    await signIn(a, gateA, database, 'alice', 'pw-alice');
    await signIn(b, gateB, database, 'bob', 'pw-bob');
    await expect.poll(() => state(a)).toMatch(/synced just now/);
    await expect.poll(() => state(b)).toMatch(/synced just now/);

    await test.step('10 posts each: each sees 20, the last within 10 s in the open composer', async () => {
      await openFixture(a.x, 'https://x.com/home');
      await openFixture(b.x, 'https://x.com/home');
      await burst(a.x, 9, 'a');
      await burst(b.x, 10, 'b');
      // Bob drafts; Alice posts her 10th: Bob's budget line counts it while his composer is open.
      await DRIVERS.x.editor(b.x).click();
      await b.x.keyboard.insertText('A draft that stays open.');
      await (await overlayOf(b.x)).waitForBadge('pushiness', 10_000);
      await expect
        .poll(async () => (await (await overlayOf(b.x)).read())?.budget?.text ?? '', { timeout: 10_000 })
        .toContain('19 posts today (budget 50)');
      await a.x.bringToFront();
      const posted = Date.now();
      await burst(a.x, 1, 'a-last');
      await b.x.bringToFront();
      await expect
        .poll(async () => (await (await overlayOf(b.x)).read())?.budget?.text ?? '', { timeout: 10_000 })
        .toContain('20 posts today (budget 50)');
      const seenAfter = Date.now() - posted;
      test.info().annotations.push({ type: 'seen-in-other-browser-ms', description: String(seenAfter) });
      console.log(`team-sync: a post showed in the other browser's open composer after ${seenAfter} ms`);
      expect(seenAfter).toBeLessThan(10_000);
      await expect.poll(() => postsToday(a), { timeout: 15_000 }).toBe(20);
      await expect.poll(() => postsToday(b), { timeout: 15_000 }).toBe(20);
      // Who posted: Alice's log has Bob's ten with his name, hers without one.
      const log = await events(a);
      expectNoDuplicates(log);
      expect(log.filter((e) => e.member === 'bob')).toHaveLength(10);
      expect(log.filter((e) => e.member === undefined)).toHaveLength(10);
    });

    await test.step('Alice offline posts 5: counted at once, waiting; back online both see 25, none twice', async () => {
      gateA.block();
      await a.x.bringToFront();
      await burst(a.x, 5, 'offline');
      expect(await postsToday(a)).toBe(25);
      await syncNow(a);
      await expect.poll(() => state(a)).toBe('Team sync: offline, 5 posts waiting');
      expect(await postsToday(b)).toBe(20);
      gateA.open();
      await syncNow(a);
      await syncNow(b);
      await expect.poll(() => postsToday(b), { timeout: 15_000 }).toBe(25);
      expect(await postsToday(a)).toBe(25);
      expectNoDuplicates(await events(a));
      expectNoDuplicates(await events(b));
      await expect.poll(() => state(a)).toMatch(/^Team sync: synced/);
      expect(await state(a)).not.toContain('waiting');
    });

    await test.step('the server restarts (in memory: empty) mid-run; both push again, nothing twice', async () => {
      test.skip(!couch.restartable, 'STEADY_COUCH_URL: an outside CouchDB is not restarted');
      await couch.restart();
      await burst(b.x, 1, 'after-restart');
      await syncNow(a);
      await syncNow(b);
      await syncNow(a);
      await expect.poll(() => postsToday(a), { timeout: 15_000 }).toBe(26);
      expect(await postsToday(b)).toBe(26);
      const docs = await couch.docs(database);
      expect(docs.filter((d) => d.type === 'post')).toHaveLength(26);
      expectNoDuplicates(await events(a));
      expectNoDuplicates(await events(b));
    });

    await test.step('the popup says the state and who posted when', async () => {
      const id = new URL(a.options.url()).host;
      const popup = await a.context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await expect(popup.getByTestId('popup-team-state')).toContainText('Acme: synced');
      await expect(popup.getByTestId('popup-team-recent')).toContainText('bob');
      await expect(popup.getByTestId('popup-team-recent')).toContainText('you');
      await popup.close();
    });

    await test.step('requests go to the configured server only', async () => {
      const foreign = [...a.requests, ...b.requests].filter((url) => {
        const u = new URL(url);
        if (u.protocol === 'chrome-extension:' || u.hostname === 'x.com' || u.hostname.endsWith('.x.com'))
          return false;
        return u.origin !== gateA.origin && u.origin !== gateB.origin;
      });
      expect(foreign).toEqual([]);
      // The audit sees the service worker's requests: the team's requests are in it.
      expect(a.requests.some((url) => url.startsWith(`${gateA.origin}/${database}`))).toBe(true);
    });
  } finally {
    await a.close();
    await b.close();
  }
});

test('a settings conflict between two members is shown with both versions and resolved for both', async ({
  server,
}) => {
  test.setTimeout(120_000);
  const database = unique('acme');
  await couch.addUser('carol', 'pw-carol');
  await couch.addUser('dave', 'pw-dave');
  await couch.addDatabase(database, ['carol', 'dave']);
  const [gateC, gateD] = [await couch.gate(), await couch.gate()];
  const c = await launchMember(server.port);
  const d = await launchMember(server.port);
  try {
    await setSettings(c, { ...defaultSettings(), brands: [acme()] });
    await setSettings(d, { ...defaultSettings(), brands: [acme()] });
    await signIn(c, gateC, database, 'carol', 'pw-carol');
    await signIn(d, gateD, database, 'dave', 'pw-dave');
    await expect.poll(() => state(d)).toMatch(/synced just now/);
    // Both offline, both change the X budget: two versions that never saw each other.
    gateC.block();
    gateD.block();
    const withBudget = async (m: Member, perDay: number) => {
      const stored = await m.options.evaluate(
        async () => (await chrome.storage.local.get('settings')).settings,
      );
      const s = structuredClone(stored) as Settings;
      const brand = s.brands[0];
      if (!brand) throw new Error('no brand');
      brand.budgets = { x: { perDay, spacingMinutes: 0 } };
      await setSettings(m, s);
    };
    await withBudget(c, 7);
    await withBudget(d, 2);
    gateC.open();
    gateD.open();
    await syncNow(c);
    await syncNow(d);
    await syncNow(c);
    await expect.poll(() => state(c), { timeout: 15_000 }).toContain('changed in two places');
    const conflict = c.options.getByTestId('team-conflict');
    await expect(conflict.getByTestId('team-version')).toHaveCount(2);
    await expect(conflict).toContainText('"perDay": 7');
    await expect(conflict).toContainText('"perDay": 2');
    // Nothing was lost while undecided: each keeps its own.
    const perDay = (m: Member) =>
      m.options.evaluate(async () => {
        const s = (await chrome.storage.local.get('settings')).settings as Settings;
        return s.brands[0]?.budgets.x?.perDay;
      });
    expect(await perDay(c)).toBe(7);
    expect(await perDay(d)).toBe(2);
    // Carol keeps Dave's version; the choice replicates.
    await conflict
      .getByTestId('team-version')
      .filter({ hasText: 'Version by dave' })
      .getByRole('button')
      .click();
    await expect(c.options.getByTestId('team-conflict')).toHaveCount(0, { timeout: 15_000 });
    await syncNow(d);
    await expect.poll(() => perDay(c)).toBe(2);
    await expect.poll(() => perDay(d)).toBe(2);
    await expect.poll(() => state(d)).toMatch(/^Team sync: synced/);
  } finally {
    await c.close();
    await d.close();
  }
});

test('a member of another brand’s database is refused, a wrong password is named; nothing is lost', async ({
  server,
}) => {
  test.setTimeout(120_000);
  const brandA = unique('brand-a');
  const brandB = unique('brand-b');
  await couch.addUser('erin', 'pw-erin');
  await couch.addUser('frank', 'pw-frank');
  await couch.addDatabase(brandA, ['erin']);
  await couch.addDatabase(brandB, ['frank']);
  const gate = await couch.gate();
  const m = await launchMember(server.port);
  try {
    await setSettings(m, { ...defaultSettings(), brands: [acme()] });
    // Frank is a member of brand B only.
    await signIn(m, gate, brandA, 'frank', 'pw-frank');
    await expect.poll(() => state(m)).toBe('Team sync: refused: this user is not a member of the database');
    await openFixture(m.x, 'https://x.com/home');
    await burst(m.x, 1, 'refused');
    expect(await postsToday(m)).toBe(1);
    expect(await couch.docs(brandA)).toEqual([]);

    // Erin with a wrong password: said as such, the post still counted and kept.
    await signIn(m, gate, brandA, 'erin', 'not-her-password');
    await expect.poll(() => state(m)).toBe('Team sync: sign-in failed: wrong password');
    expect(await postsToday(m)).toBe(1);
    // The right password sends what waited.
    await signIn(m, gate, brandA, 'erin', 'pw-erin');
    await expect.poll(() => state(m)).toMatch(/^Team sync: synced/);
    await expect
      .poll(async () => (await couch.docs(brandA)).filter((d) => d.type === 'post').length, {
        timeout: 10_000,
      })
      .toBe(1);
    // The password is in storage.local's credentials item only, never in the settings.
    const stored = await m.options.evaluate(async () => chrome.storage.local.get(null));
    expect(JSON.stringify(stored.settings)).not.toContain('pw-erin');
    expect(JSON.stringify(stored['team-credentials'])).toContain('pw-erin');
  } finally {
    await m.close();
  }
});

test('without team sync the extension makes no request at all', async ({ server }) => {
  // The production build as shipped (no host permission granted), a brand without team sync.
  const m = await launchMember(server.port, EXTENSION_PATH);
  try {
    await setSettings(m, { ...defaultSettings(), brands: [acme()] });
    await openFixture(m.x, 'https://x.com/home');
    await burst(m.x, 2, 'solo');
    await expect.poll(() => postsToday(m)).toBe(2);
    const id = new URL(m.options.url()).host;
    const popup = await m.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByText('Steady')).toBeVisible();
    await expect(popup.getByTestId('popup-team')).toHaveCount(0);
    await m.x.waitForTimeout(1_000);
    const outside = m.requests.filter((url) => {
      const u = new URL(url);
      return u.protocol !== 'chrome-extension:' && u.hostname !== 'x.com' && !u.hostname.endsWith('.x.com');
    });
    expect(outside).toEqual([]);
    // Not even the alarm's permission: it is asked for only when a member signs in to a team.
    expect(await m.options.evaluate(() => chrome.permissions.contains({ permissions: ['alarms'] }))).toBe(
      false,
    );
  } finally {
    await m.close();
  }
});
