/**
 * Team sync at scale (issue 13, "Scale"): a brand with 20 members and a year of posts (≈ 20,000 events)
 * replicating from scratch into the real extension in Chromium (IndexedDB in the service worker, merged into
 * the post log), from pouchdb-server on loopback (tests/e2e/couch.ts; STEADY_COUCH_URL for a CouchDB 3);
 * then the popup's summary over the result, asked the way the popup asks (`budget-summary`), and the pure
 * summary over a full 20,000-event log in Node. Goals: < 30 s and < 50 ms.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { budgetSummary } from '../../lib/budget/summary';
import type { PostEvent } from '../../lib/budget/types';
import { defaultSettings, type Settings } from '../../lib/settings/types';
import { chromiumArgs, findChromium } from '../../tests/e2e/browser.ts';
import { startCouch } from '../../tests/e2e/couch.ts';
import { formatInt, markdownTable } from '../eval/table';
import { median } from './stats';

export const SYNC_GOALS = { replicateMs: 30_000, summaryMs: 50 } as const;
const MEMBERS = 20;
const DAY = 86_400_000;

/** 20 members over 365 days, 55 posts a day between them (a few an hour in working hours), oldest first. */
export function teamYear(now: number, perDay = 55): PostEvent[] {
  const events: PostEvent[] = [];
  for (let d = 364; d >= 0; d--)
    for (let i = 0; i < perDay; i++) {
      const n = events.length;
      events.push({
        id: `bench-${n}`,
        at: now - d * DAY - Math.round(((i + 0.5) / perDay) * (DAY - 60_000)),
        site: 'x',
        account: 'steady_brand',
        kind: n % 4 === 0 ? 'reply' : 'post',
        scores: { broadcast: 40, pushiness: 20, missingValue: 30 },
        member: `member-${n % MEMBERS}`,
      });
    }
  return events;
}

function settingsFor(team: NonNullable<Settings['brands'][number]['team']> | undefined): Settings {
  return {
    ...defaultSettings(),
    brands: [
      {
        id: 'acme',
        name: 'Acme',
        ignores: [],
        languages: ['en'],
        defaultLanguage: 'en',
        accounts: [{ platform: 'x', handle: '@steady_brand' }],
        budgets: { x: { perDay: 60, spacingMinutes: 0 } },
        rules: emptyBrandRules(),
        ...(team ? { team } : {}),
      },
    ],
  };
}

export interface SyncBench {
  events: number;
  replicateMs: number;
  /** Events the post log keeps of them (retention: 90 days). */
  inLog: number;
  popupSummaryMs: number;
  nodeSummaryMs: number;
}

export async function benchSync(extensionPath: string, log: (line: string) => void): Promise<SyncBench> {
  const now = Date.now();
  const year = teamYear(now);
  const couch = await startCouch();
  const dir = await mkdtemp(join(tmpdir(), 'steady-bench-sync-'));
  const variant = join(dir, 'ext');
  try {
    const database = `bench-${Date.now().toString(36)}`;
    await couch.addUser('member-0', 'pw');
    await couch.addDatabase(database, ['member-0']);
    log(`seeding ${formatInt(year.length)} events on the server`);
    const admin = process.env.STEADY_COUCH_URL ?? `http://steady-admin:admin-secret@127.0.0.1:${couch.port}`;
    const url = new URL(admin);
    const auth = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    for (let i = 0; i < year.length; i += 2000) {
      const docs = year.slice(i, i + 2000).map(({ id, ...e }) => ({ _id: `post:${id}`, type: 'post', ...e }));
      const response = await fetch(`${couch.origin}/${database}/_bulk_docs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: auth },
        body: JSON.stringify({ docs }),
      });
      if (!response.ok) throw new Error(`_bulk_docs: ${response.status}`);
    }

    cpSync(extensionPath, variant, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(variant, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    manifest.host_permissions = ['http://127.0.0.1/*'];
    writeFileSync(join(variant, 'manifest.json'), JSON.stringify(manifest));
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: findChromium(),
      headless: true,
      args: chromiumArgs({ extensionPath: variant }),
    });
    try {
      let [worker] = context.serviceWorkers();
      if (!worker) worker = await context.waitForEvent('serviceworker');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      const team = { server: couch.origin, database, shareText: false, enabled: true };
      // Sync off while the settings land, so the measured round is the sign-in's, from scratch.
      await page.evaluate(
        async (s) => {
          const c = (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome;
          await c.storage.local.set({ settings: s });
        },
        settingsFor({ ...team, enabled: false }),
      );
      await page.evaluate(async (s) => {
        const c = (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome;
        await c.storage.local.set({ settings: s });
      }, settingsFor(team));
      log('replicating into the extension from scratch');
      const started = performance.now();
      const reply = (await page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({
          type: 'team-sign-in',
          brandId: 'acme',
          username: 'member-0',
          password: 'pw',
        }),
      )) as { ok: boolean; states?: Array<{ problem: string | null; lastSyncAt: number | null }> };
      // The watcher's own round may have started first: wait until a round finished without a problem.
      let state = reply.states?.[0];
      while (!state || state.problem !== null || state.lastSyncAt === null) {
        await page.waitForTimeout(100);
        const s = (await page.evaluate(() =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: 'team-status' }),
        )) as { states?: Array<{ problem: string | null; lastSyncAt: number | null }> };
        state = s.states?.[0];
        if (performance.now() - started > 120_000)
          throw new Error(`no sync after 120 s: ${JSON.stringify(state)}`);
      }
      const replicateMs = performance.now() - started;
      const inLog = await page.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: {
              storage: { local: { get(k: string): Promise<Record<string, { events?: unknown[] }>> } };
            };
          }
        ).chrome;
        return (await c.storage.local.get('post-log'))['post-log']?.events?.length ?? 0;
      });
      log('the popup summary, 15 times');
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = await page.evaluate(async () => {
          const t0 = performance.now();
          await (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: 'budget-summary' });
          return performance.now() - t0;
        });
        times.push(t);
      }
      // The pure summary over a full log (the cap, 20,000 events), in Node.
      const settings = settingsFor(team);
      const full = { version: 1 as const, events: year.slice(-20_000) };
      const nodeTimes: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        budgetSummary(full, settings, now);
        nodeTimes.push(performance.now() - t0);
      }
      return {
        events: year.length,
        replicateMs,
        inLog,
        popupSummaryMs: median(times.slice(3)),
        nodeSummaryMs: median(nodeTimes.slice(3)),
      };
    } finally {
      await context.close();
    }
  } finally {
    await couch.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function syncTable(r: SyncBench): string {
  const ok = (measured: number, goal: number) => (measured < goal ? 'pass' : 'MISSED');
  return markdownTable(
    ['goal', 'measured', 'target', 'result'],
    [
      [
        `${formatInt(r.events)} events of 20 members replicate into the extension from scratch (${formatInt(r.inLog)} within the log's 90 days)`,
        `${(r.replicateMs / 1000).toFixed(1)} s`,
        '< 30 s',
        ok(r.replicateMs, SYNC_GOALS.replicateMs),
      ],
      [
        'popup summary (`budget-summary`, median of 12)',
        `${r.popupSummaryMs.toFixed(1)} ms`,
        '< 50 ms',
        ok(r.popupSummaryMs, SYNC_GOALS.summaryMs),
      ],
      [
        'budgetSummary over a full 20,000-event log (Node, median of 12)',
        `${r.nodeSummaryMs.toFixed(1)} ms`,
        '< 50 ms',
        ok(r.nodeSummaryMs, SYNC_GOALS.summaryMs),
      ],
    ],
    ['left', 'right', 'right', 'left'],
  );
}
