/**
 * The compose-box coach's cost on the page, measured in headless Chromium on the eight fixture
 * sites (real editor libraries, real hostnames), side by side with and without the extension:
 *
 * - typing 300 characters with real key events: wall time with the extension / without;
 * - long tasks (>= 50 ms) on the page while typing, with and without the extension;
 * - the first score after focus in a fresh browser: from reading the draft to painted badges
 *   (the content script of the `bench` build, `wxt build --mode bench`, writes it on its own host
 *   element as data-score-ms; the production build has no such attribute);
 * - the JavaScript the extension evaluates on a social page before a composer is focused: the
 *   gzipped size of its content script (the scorer itself runs in the service worker).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../tests/e2e/browser';
import { DRIVERS } from '../../tests/e2e/drivers';
import { SITES, type SiteId } from '../../tests/e2e/hosts';
import { startFixtureServer } from '../../tests/e2e/server';
import { summarize } from './stats';

const EXTENSION = resolve('.output/chrome-mv3');
/** The production build plus the timing attribute (entrypoints/content/overlay.tsx EXPOSE_TIMING). */
const BENCH_EXTENSION = resolve('.output/chrome-mv3-bench');
const TEXT =
  'Our autumn menu is here: pumpkin spice oat latte, cinnamon buns and a new decaf roast from Huila. ' +
  'Which one are you trying first? Tell us below, we read every reply. Open 7am to 6pm all week, ' +
  'and on Sunday the first 50 visitors get a free refill with any pastry. See you soon! ☕';
export const TYPED = TEXT.slice(0, 300);

export interface TypingRow {
  site: SiteId;
  withMs: number[];
  withoutMs: number[];
  longTasksWith: number;
  longTasksWithout: number;
}

export interface TypingResult {
  rows: TypingRow[];
  firstScoreMs: number[];
  contentScriptGzip: number;
}

async function launch(
  port: number,
  extension: boolean,
  extensionPath = EXTENSION,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs({ port, ...(extension ? { extensionPath } : {}) }),
  });
  if (extension) {
    // The worker may start before or after we look: poll rather than race its event.
    const deadline = Date.now() + 20_000;
    while (context.serviceWorkers().length === 0) {
      if (Date.now() > deadline) throw new Error('the extension service worker did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

async function openComposer(page: Page, site: SiteId): Promise<void> {
  const home = SITES.find((s) => s.id === site)?.home ?? '';
  await page.goto(DRIVERS[site].url ?? home);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady !== undefined);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      w.__longTasks += list.getEntries().length;
    }).observe({ type: 'longtask' });
  });
  await DRIVERS[site].open(page);
  await DRIVERS[site].editor(page).click();
}

/** Types TYPED into the site's composer; returns wall time and long tasks seen while typing. */
async function typeOnce(context: BrowserContext, site: SiteId): Promise<{ ms: number; longTasks: number }> {
  const page = await context.newPage();
  try {
    await openComposer(page, site);
    const started = performance.now();
    await page.keyboard.type(TYPED);
    const ms = performance.now() - started;
    await page.waitForTimeout(400); // let the last re-score run: its long tasks count too
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks);
    return { ms, longTasks };
  } finally {
    await page.close();
  }
}

function contentScriptGzip(): number {
  const dir = join(EXTENSION, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f === 'content.js')
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

export async function benchTyping(rounds: number, progress: (m: string) => void): Promise<TypingResult> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    throw new Error(`${EXTENSION} is missing: run \`npx wxt build\` first (npm run bench does it).`);
  }
  const server = await startFixtureServer();
  const withExt = await launch(server.port, true);
  const without = await launch(server.port, false);
  const rows: TypingRow[] = [];
  const firstScoreMs: number[] = [];
  try {
    for (const site of SITES) {
      if (site.id === 'mastodon') continue; // granted per instance; its editor is a plain textarea
      progress(`typing: ${site.name}, ${rounds} rounds with and without the extension`);
      const row: TypingRow = {
        site: site.id,
        withMs: [],
        withoutMs: [],
        longTasksWith: 0,
        longTasksWithout: 0,
      };
      await typeOnce(without.context, site.id); // warm-up: caches, JIT
      await typeOnce(withExt.context, site.id);
      for (let r = 0; r < rounds; r++) {
        // Alternate which context goes first, so drift favours neither.
        const order = r % 2 === 0 ? ([withExt, without] as const) : ([without, withExt] as const);
        for (const launched of order) {
          const result = await typeOnce(launched.context, site.id);
          if (launched === withExt) {
            row.withMs.push(result.ms);
            row.longTasksWith += result.longTasks;
          } else {
            row.withoutMs.push(result.ms);
            row.longTasksWithout += result.longTasks;
          }
        }
      }
      rows.push(row);
    }
    // First score after focus, each in a fresh browser (service worker and scorer cold).
    progress('building the bench variant (wxt build --mode bench) for the first-score timing');
    const built = spawnSync(resolve('node_modules', '.bin', 'wxt'), ['build', '--mode', 'bench'], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('wxt build --mode bench failed; run it to see why');
    for (const site of SITES) {
      if (site.id === 'mastodon') continue;
      const fresh = await launch(server.port, true, BENCH_EXTENSION);
      try {
        const page = await fresh.context.newPage();
        await openComposer(page, site.id);
        await page.keyboard.type('Big news: our oat latte is back!');
        // Written right after the badges are painted (the overlay's shadow root is closed).
        const host = page.locator('steady-overlay[data-score-ms]');
        await host.waitFor({ state: 'attached', timeout: 10_000 });
        firstScoreMs.push(Number(await host.getAttribute('data-score-ms')));
      } finally {
        await fresh.close();
      }
    }
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
  return { rows, firstScoreMs, contentScriptGzip: contentScriptGzip() };
}

export function typingTables(result: TypingResult): {
  markdown: string;
  goals: Array<[string, string, string, boolean]>;
} {
  const lines = [
    '| site | typing 300 chars, with extension (ms, median) | without (ms, median) | ratio | long tasks with / without |',
    '|---|---:|---:|---:|---:|',
  ];
  let worstRatio = 0;
  let extraLongTasks = 0;
  for (const row of result.rows) {
    const w = summarize(row.withMs).median;
    const wo = summarize(row.withoutMs).median;
    const ratio = w / wo;
    worstRatio = Math.max(worstRatio, ratio);
    extraLongTasks += Math.max(0, row.longTasksWith - row.longTasksWithout);
    const name = SITES.find((s) => s.id === row.site)?.name ?? row.site;
    lines.push(
      `| ${name} | ${w.toFixed(0)} | ${wo.toFixed(0)} | ${ratio.toFixed(3)}x | ${row.longTasksWith} / ${row.longTasksWithout} |`,
    );
  }
  const first = summarize(result.firstScoreMs);
  const kb = result.contentScriptGzip / 1024;
  return {
    markdown: lines.join('\n'),
    goals: [
      [
        'typing with / without the extension, worst site (medians)',
        `${worstRatio.toFixed(3)}x`,
        '<= 1.10x',
        worstRatio <= 1.1,
      ],
      ['long tasks added by the extension while typing', String(extraLongTasks), '0', extraLongTasks === 0],
      [
        'JS evaluated on a social page before focus (content script, gzip)',
        `${kb.toFixed(1)} KB`,
        '<= 30 KB',
        kb <= 30,
      ],
      [
        'first score after focus, fresh browser (median / max over sites)',
        `${first.median.toFixed(0)} / ${Math.max(...result.firstScoreMs).toFixed(0)} ms`,
        '<= 150 ms',
        first.median <= 150,
      ],
    ],
  };
}
