// The popup's posting budget in the built extension: today's counters per brand and account as labelled meters
// (over budget said in words and drawn striped), replies apart, the conversation ratio, a 7-day SVG chart per
// brand with a table fallback, empty and "not available" states, one-click assignment of an unassigned account
// (saved through the validated settings path; the account moves to its brand), the post-log export as CSV and
// JSON, markup in an account name shown as text, axe in light and dark, and German and Dutch.
// The post log and settings are seeded into chrome.storage.local from an extension page; the background's real
// `budget-summary` handler computes the counters from them.
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const SHOTS = process.env.STEADY_SHOTS ?? 'test-results/budget-shots';
const XSS = '<img src=x onerror=alert(1)>';

interface SeedEvent {
  id: string;
  at: number;
  site: string;
  account: string;
  kind: 'post' | 'reply' | 'thread';
  scores: { broadcast: number; pushiness: number; missingValue: number } | null;
  text?: string;
}

/** Local noon `daysAgo` days before today (the browser runs in this process's time zone). */
function noon(daysAgo: number): number {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysAgo, 12).getTime();
}

/** Today, `minutes` after local midnight (never on another day, whatever time the test runs). */
function today(minutes: number): number {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, minutes).getTime();
}

function ev(
  n: number,
  at: number,
  site: string,
  account: string,
  kind: SeedEvent['kind'] = 'post',
): SeedEvent {
  return {
    id: `seed-${n}`,
    at,
    site,
    account,
    kind,
    scores: { broadcast: 10, pushiness: 20, missingValue: 30 },
  };
}

/**
 * Bean & Leaf (X budget 2, LinkedIn 1) posts three times on X today (one over budget), once on LinkedIn (budget
 * reached) and replies twice; an unknown X account and a Facebook Page whose name is markup post today; an
 * Instagram account nobody assigned posted three days ago, a Reddit account 20 days ago; one Threads post today
 * came without an account.
 */
const EVENTS: SeedEvent[] = [
  ev(1, today(5), 'x', 'beanandleaf'),
  ev(2, today(6), 'x', 'beanandleaf'),
  ev(3, today(7), 'x', 'beanandleaf', 'thread'),
  ev(4, today(8), 'linkedin', 'company:12345'),
  ev(5, today(9), 'x', 'beanandleaf', 'reply'),
  ev(6, today(10), 'x', 'beanandleaf', 'reply'),
  ev(7, today(11), 'x', 'stranger'),
  ev(8, today(12), 'facebook', XSS),
  // The site did not show who posted: counted, but there is nothing to assign.
  ev(15, today(13), 'threads', ''),
  ev(9, noon(1), 'x', 'beanandleaf'),
  ev(10, noon(1), 'x', 'beanandleaf', 'reply'),
  ev(11, noon(2), 'bluesky', 'beanandleaf.bsky.social'),
  ev(12, noon(3), 'instagram', 'newbie'),
  ev(13, noon(5), 'mastodon', 'beanandleaf@mastodon.social'),
  // Older than the chart's week: in the log and the export, not in the chart or the ratio.
  ev(14, noon(20), 'reddit', 'oldtimer'),
];
/** Within the last 7 days: posts and replies. */
const WEEK = { posts: 11, replies: 3 };

function fixtureSettings(): Record<string, unknown> {
  const { format: _format, ...settings } = JSON.parse(
    readFileSync('lib/settings/fixtures/v1-full.json', 'utf8'),
  );
  return { ...settings, mastodonInstances: [] };
}

async function worker(context: BrowserContext) {
  const [sw] = context.serviceWorkers();
  return sw ?? context.waitForEvent('serviceworker');
}

async function storedSettings(
  context: BrowserContext,
): Promise<{ brands: Array<{ id: string; accounts: unknown[] }> }> {
  return (await worker(context)).evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as never,
  );
}

/** Seeds storage from an extension page (the popup's origin), as the extension itself would see it. */
async function seed(page: Page, extensionId: string, items: { settings?: unknown; log?: SeedEvent[] }) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(
    async ({ settings, log }) => {
      const items: Record<string, unknown> = {};
      if (settings) items.settings = settings;
      if (log) items['post-log'] = { version: 1, events: log };
      await chrome.storage.local.set(items);
    },
    { settings: items.settings ?? null, log: items.log ?? null },
  );
}

async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 400, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('h1')).toHaveText('Steady');
}

/** Opens the budget section and waits for its content. */
async function openBudget(page: Page, name: string | RegExp = 'Posts and budgets'): Promise<Locator> {
  const toggle = page.getByRole('button', { name });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const body = page.locator('#budget-body');
  await expect(body.locator('.budget-panel')).toBeVisible();
  return body;
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

function meter(scope: Locator | Page, name: string | RegExp): Locator {
  return scope.getByRole('meter', { name });
}

test.describe('popup budget', () => {
  test('counters, meters, replies apart, ratio and a 7-day chart per brand', async ({
    page,
    extensionId,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
    await openPopup(page, extensionId);
    // Closed, the section still says the day in one line.
    await expect(page.getByTestId('budget-status')).toHaveText(
      'Posts today: 7 · replies: 2 · ⚠ 1 account over budget',
    );
    const body = await openBudget(page);

    const bean = body.locator('section.bp-brand[data-brand="bean-and-leaf"]');
    await expect(bean.getByRole('heading', { level: 3 })).toHaveText('Bean & Leaf');
    await expect(bean.locator('.bp-brand-totals')).toHaveText('Posts today: 4 · replies: 2');
    // Over budget: said in the meter's value, in words with a sign, and drawn differently.
    const x = meter(bean, 'X @beanandleaf');
    await expect(x).toHaveAttribute('aria-valuetext', '3 of 2 posts. 1 post over budget');
    await expect(x).toHaveAttribute('aria-valuenow', '3');
    const xRow = bean.locator('.bm-row[data-account="x:beanandleaf"]');
    await expect(xRow).toHaveAttribute('data-state', 'over');
    await expect(xRow.locator('.bm-state')).toHaveText('⚠ 1 post over budget');
    await expect(xRow.locator('.bm-replies')).toHaveText(' · 2 replies');
    expect(await xRow.locator('.bm-fill').evaluate((el) => getComputedStyle(el).backgroundImage)).toContain(
      'repeating-linear-gradient',
    );
    await expect(meter(bean, 'LinkedIn company:12345')).toHaveAttribute(
      'aria-valuetext',
      '1 of 1 post. Budget reached for today',
    );
    // A configured account that did not post still shows its budget (the site default for Facebook: 2).
    await expect(meter(bean, 'Facebook Bean & Leaf Coffee')).toHaveAttribute(
      'aria-valuetext',
      '0 of 2 posts. 2 posts left today',
    );

    // The conversation ratio over the last 7 days, with its explanation.
    const ratio = body.locator('.bp-ratio');
    await expect(ratio.locator('.bp-ratio-value')).toHaveText(
      `${Math.round((100 * WEEK.replies) / (WEEK.posts + WEEK.replies))}% of everything posted were replies`,
    );
    await expect(ratio).toHaveAttribute('data-verdict', 'low');
    await expect(ratio).toContainText('Answer a few comments before your next post.');

    // The chart: an SVG image with a title and description, weekday labels, and the same numbers as a table.
    const chart = bean.locator('figure.week-chart');
    const svg = chart.locator('svg[role="img"]');
    await expect(svg).toHaveAccessibleName(
      'Posts and replies of the last 7 days: All accounts of Bean & Leaf',
    );
    await expect(svg).toHaveAccessibleDescription(/^Posts: 7, replies: 3\. Busiest day: \w+day\.$/);
    const weekdays = [6, 5, 4, 3, 2, 1, 0].map((d) =>
      new Intl.DateTimeFormat('en', { weekday: 'short' }).format(new Date(noon(d))),
    );
    expect(await svg.locator('text.wc-axis[text-anchor="middle"]').allTextContents()).toEqual(weekdays);
    await chart.getByText('Show as a table').click();
    const rows = chart.locator('tbody tr');
    await expect(rows).toHaveCount(7);
    await expect(rows.last()).toHaveText(
      new RegExp(`^${new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date())} \\(today\\)42$`),
    );

    // Unassigned accounts: listed with today's bar and assign buttons; the markup account name is text.
    const unassigned = body.locator('section.unassigned');
    // Today's two plus one from three days ago and one from 20 days ago (in the log, not in the week).
    await expect(unassigned.locator('.ua-item')).toHaveCount(4);
    await expect(unassigned.locator(`.ua-item[data-account="facebook:${XSS}"] .bm-handle`)).toHaveText(XSS);
    await expect(unassigned.locator('figure.week-chart svg[role="img"]')).toHaveAccessibleName(
      'Posts and replies of the last 7 days: Accounts without a brand',
    );
    await expect(meter(unassigned, 'Threads account not shown by the site')).toHaveAttribute(
      'aria-valuetext',
      '1 of 3 posts. 2 posts left today',
    );
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shoot(page, 'popup-en-light');
  });

  test('an unassigned account is assigned in one click and moves to its brand', async ({
    context,
    page,
    extensionId,
  }) => {
    await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
    await openPopup(page, extensionId);
    const body = await openBudget(page);
    const row = body.locator('.ua-item[data-account="x:stranger"]');
    await expect(row.getByRole('button')).toHaveText(['Add to Bean & Leaf', 'Add to Kiosk am Markt']);
    await row.getByRole('button', { name: 'Add to Bean & Leaf' }).click();

    const message = body.getByTestId('assign-message');
    await expect(message).toHaveText('@stranger now belongs to Bean & Leaf.');
    await expect(message).toBeFocused();
    await expect(row).toHaveCount(0);
    const bean = body.locator('section.bp-brand[data-brand="bean-and-leaf"]');
    await expect(meter(bean, 'X @stranger')).toHaveAttribute(
      'aria-valuetext',
      '1 of 2 posts. 1 post left today',
    );
    await expect(bean.locator('.bp-brand-totals')).toHaveText('Posts today: 5 · replies: 2');
    const saved = await storedSettings(context);
    expect(saved.brands[0]?.accounts).toContainEqual({ platform: 'x', handle: '@stranger' });
    expect(saved.brands[1]?.accounts).not.toContainEqual(expect.objectContaining({ handle: '@stranger' }));

    // Markup is refused by the settings' validation, said as text, and nothing is saved.
    const xss = body.locator(`.ua-item[data-account="facebook:${XSS}"]`);
    await xss.getByRole('button', { name: 'Add to Kiosk am Markt' }).click();
    await expect(message).toHaveText(
      `${XSS} could not be added to Kiosk am Markt: Use plain text here, not HTML.`,
    );
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(xss).toHaveCount(1);
    expect((await storedSettings(context)).brands[1]?.accounts).toHaveLength(1);
    expect(await page.locator('img').count()).toBe(0);
  });

  test('the post log exports as CSV and JSON', async ({ page, extensionId }) => {
    await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
    await openPopup(page, extensionId);
    const body = await openBudget(page);
    await expect(body.locator('#post-log-hint')).toHaveText(
      `${EVENTS.length} entries (posts and replies of the last 90 days), downloaded as a file.`,
    );

    const csvDownload = page.waitForEvent('download');
    await body.getByRole('button', { name: 'Export as CSV' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^steady-post-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await csvFile.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,time,day,site,account,brand,kind,broadcast,pushiness,missing_value,text');
    expect(lines).toHaveLength(EVENTS.length + 1);
    // Every text field is quoted (lib/budget/export.ts csvText: issue 11, Excel splitting on ";").
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^"seed-1","[^"]+","\d{4}-\d{2}-\d{2}","x","beanandleaf","bean-and-leaf","post",10,20,30,""$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^"seed-7",.*,"x","stranger","","post",/));
    expect(lines).toContainEqual(expect.stringContaining(`,"facebook","${XSS}","","post",`));

    const jsonDownload = page.waitForEvent('download');
    await body.getByRole('button', { name: 'Export as JSON' }).click();
    const jsonFile = await jsonDownload;
    expect(jsonFile.suggestedFilename()).toMatch(/^steady-post-log-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync(await jsonFile.path(), 'utf8'));
    expect(json).toMatchObject({ format: 'steady-post-log', version: 1 });
    expect(json.events.map((e: SeedEvent) => e.id).sort()).toEqual(EVENTS.map((e) => e.id).sort());
    expect(json.events.find((e: SeedEvent) => e.id === 'seed-8')).toMatchObject({
      site: 'facebook',
      account: XSS,
    });
  });

  test('with nothing logged, every part says what will appear', async ({ page, extensionId }) => {
    await openPopup(page, extensionId);
    await expect(page.getByTestId('budget-status')).toHaveText('Posts today: 0 · replies: 0');
    const body = await openBudget(page);
    await expect(body.getByTestId('budget-empty')).toHaveText(
      'No posts counted yet today. Steady counts a post when the site confirms it was published.',
    );
    await expect(body.getByTestId('budget-no-brands')).toContainText(
      'Every account counts against the default budget of its site.',
    );
    await expect(body.getByRole('button', { name: 'Set up a brand' })).toBeVisible();
    await expect(body.locator('.bp-ratio')).toContainText(
      'Appears once something was posted or replied to in the last 7 days.',
    );
    await expect(body.locator('section.unassigned')).toHaveCount(0);
    await expect(body.locator('#post-log-hint')).toHaveText(
      'The log is empty: nothing has been counted yet.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'popup-en-empty');

    // A brand without posts: its budgets are shown empty, the week says it will fill in.
    await seed(page, extensionId, { settings: fixtureSettings() });
    await openPopup(page, extensionId);
    const again = await openBudget(page);
    await expect(meter(again, 'Instagram @kiosk.am.markt')).toHaveAttribute(
      'aria-valuetext',
      '0 of 1 post. 1 post left today',
    );
    await expect(again.locator('.bp-week-empty').first()).toHaveText(
      'Nothing posted in the last 7 days. The chart fills in as you post and reply.',
    );
  });

  for (const [name, reply] of [
    ['answers { ok: false }', { ok: false }],
    ['does not answer', undefined],
  ] as const) {
    test(`when the background ${name}, the popup says counts are not available`, async ({
      page,
      extensionId,
    }) => {
      await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
      // Stands in for a background without the handler (or one that failed): only `budget-summary` is answered here.
      await page.addInitScript((answer) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: unknown } } }).chrome
          .runtime;
        const real = runtime.sendMessage as (m: unknown) => Promise<unknown>;
        runtime.sendMessage = (m: { type?: string }) =>
          m?.type === 'budget-summary' ? Promise.resolve(answer) : real.call(runtime, m);
      }, reply ?? null);
      await openPopup(page, extensionId);
      await expect(page.getByTestId('budget-status')).toHaveText('Counts not available right now');
      const body = await openBudget(page);
      await expect(body.getByTestId('budget-unavailable')).toContainText(
        "Today's counts could not be loaded",
      );
      await expect(body.locator('.bm-row')).toHaveCount(0);
      // The log is still readable: unassigned accounts and the export work without the background.
      await expect(body.locator('.ua-item')).toHaveCount(4);
      await expect(body.getByRole('button', { name: 'Export as CSV' })).toBeVisible();
    });
  }

  test('the 7-day picture per account marks the over-budget day on the account that broke its budget', async ({
    page,
    extensionId,
  }) => {
    // Bean & Leaf: X budget 2, LinkedIn 1. Two days ago LinkedIn posted twice (over) and X twice (at its
    // budget); yesterday X posted three times (over). The brand total alone could not tell them apart.
    const log: SeedEvent[] = [
      ev(1, noon(2), 'linkedin', 'company:12345'),
      ev(2, noon(2) + 60_000, 'linkedin', 'company:12345'),
      ev(3, noon(2), 'x', 'beanandleaf'),
      ev(4, noon(2) + 60_000, 'x', 'beanandleaf'),
      ev(5, noon(1), 'x', 'beanandleaf'),
      ev(6, noon(1) + 60_000, 'x', 'beanandleaf'),
      ev(7, noon(1) + 120_000, 'x', 'beanandleaf'),
      ev(8, noon(1) + 180_000, 'x', 'beanandleaf', 'reply'),
    ];
    await seed(page, extensionId, { settings: fixtureSettings(), log });
    await openPopup(page, extensionId);
    const body = await openBudget(page);
    const bean = body.locator('section.bp-brand[data-brand="bean-and-leaf"]');
    const day = (d: number) => new Intl.DateTimeFormat('en', { weekday: 'long' }).format(new Date(noon(d)));
    const iso = (d: number) => {
      const t = new Date(noon(d));
      return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    };

    const x = bean.locator('.aw-row[data-account="x:beanandleaf"]');
    const linkedin = bean.locator('.aw-row[data-account="linkedin:company:12345"]');
    await expect(x).toHaveAttribute('data-over-days', iso(1));
    await expect(linkedin).toHaveAttribute('data-over-days', iso(2));
    // In words, not colour alone; and as a shape (▲ and the striped part above the budget) on that day only.
    await expect(x.locator('.aw-words')).toHaveText(`⚠ Over budget on 1 day: ${day(1)}.`);
    await expect(linkedin.locator('.aw-words')).toHaveText(`⚠ Over budget on 1 day: ${day(2)}.`);
    await expect(x.locator('g.aw-day[data-over="true"]')).toHaveCount(1);
    await expect(x.locator(`g.aw-day[data-day="${iso(1)}"] path.aw-mark`)).toHaveCount(1);
    await expect(x.locator(`g.aw-day[data-day="${iso(2)}"] path.aw-mark`)).toHaveCount(0);
    await expect(x.locator(`g.aw-day[data-day="${iso(1)}"] rect.wc-replies`)).toHaveCount(1);
    await expect(bean.locator('.aw-row[data-account="facebook:bean & leaf coffee"] .aw-words')).toHaveText(
      'Within budget every day.',
    );
    const xSvg = x.locator('svg[role="img"]');
    await expect(xSvg).toHaveAccessibleName(
      '@beanandleaf on X: posts per day of the last 7 days against a budget of 2, replies beside them',
    );
    await expect(xSvg).toHaveAccessibleDescription(`Posts: 5, replies: 1. Over budget on 1 day: ${day(1)}.`);

    // The brand total above the rows, and the same facts as a table.
    await expect(bean.locator('figure.week-chart svg[role="img"]')).toHaveAccessibleDescription(
      /^Posts: 7, replies: 1\./,
    );
    const table = bean.locator('.aw-table');
    await table.getByText('Show as a table').click();
    await expect(table.locator('tr.aw-over-row')).toHaveCount(2);
    await expect(table.locator('tr.aw-over-row').first()).toContainText('company:12345 on LinkedIn2 / 1');
    await expect(table.locator('tr.aw-over-row').last()).toContainText('@beanandleaf on X3 / 2');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'popup-per-account');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violations with counters, chart and table (${scheme})`, async ({
      page,
      extensionId,
    }) => {
      await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
      await page.emulateMedia({ colorScheme: scheme });
      await openPopup(page, extensionId);
      expect(await seriousViolations(page)).toEqual([]);
      const body = await openBudget(page);
      for (const summary of await body.locator('.wc-table > summary').all()) await summary.click();
      await expect(body.locator('.wc-table table').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // The chart's graphics use the theme: posts in the accent colour of this scheme.
      const accent = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--accent'),
      );
      const fill = await body
        .locator('rect.wc-posts')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      expect(fill).toBe(
        await page.evaluate((c) => {
          const probe = document.createElement('i');
          probe.style.color = c;
          document.body.append(probe);
          const rgb = getComputedStyle(probe).color;
          probe.remove();
          return rgb;
        }, accent.trim()),
      );
      await shoot(page, `popup-en-${scheme}`);
    });
  }

  test('the options page lists unassigned accounts (assigned at once) and exports the log', async ({
    context,
    page,
    extensionId,
  }) => {
    await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const unassigned = page.locator('section.unassigned');
    await expect(unassigned.locator('.ua-item')).toHaveCount(4);
    await expect(unassigned.locator('.ua-item[data-account="reddit:oldtimer"] .ua-handle')).toHaveText(
      'u/oldtimer',
    );
    await unassigned
      .locator('.ua-item[data-account="instagram:newbie"]')
      .getByRole('button', { name: 'Add to Kiosk am Markt' })
      .click();
    await expect(page.getByTestId('assign-message')).toHaveText('@newbie now belongs to Kiosk am Markt.');
    await expect(unassigned.locator('.ua-item')).toHaveCount(3);
    expect((await storedSettings(context)).brands[1]?.accounts).toContainEqual({
      platform: 'instagram',
      handle: '@newbie',
    });
    // Saved at once: nothing left unsaved on the page.
    await expect(page.getByTestId('save-status')).toHaveText('No unsaved changes.');
    await expect(page.getByRole('button', { name: 'Export as JSON' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await unassigned.screenshot({ path: `${SHOTS}/options-unassigned.png` });
    await page
      .locator('section[aria-labelledby="transfer-heading"]')
      .screenshot({ path: `${SHOTS}/options-transfer.png` });
  });
});

for (const [lang, texts] of [
  [
    'de',
    {
      toggle: 'Beiträge und Budgets',
      status: 'Beiträge heute: 7 · Antworten: 2 · ⚠ 1 Konto über dem Budget',
      over: '3 von 2 Beiträgen. 1 Beitrag über dem Budget',
      full: '1 von 1 Beitrag. Tagesbudget erreicht',
      replies: ' · 2 Antworten',
      ratio: 'aller Veröffentlichungen waren Antworten',
      percent: '21 %',
      assign: 'Zu Bean & Leaf hinzufügen',
      csv: 'Als CSV exportieren',
    },
  ],
  [
    'nl',
    {
      toggle: 'Berichten en budgetten',
      status: 'Berichten vandaag: 7 · reacties: 2 · ⚠ 1 account boven het budget',
      over: '3 van 2 berichten. 1 bericht boven het budget',
      full: '1 van 1 bericht. Dagbudget bereikt',
      replies: ' · 2 reacties',
      ratio: 'van alles wat je plaatste waren reacties',
      percent: '21%',
      assign: 'Toevoegen aan Bean & Leaf',
      csv: 'Exporteren als CSV',
    },
  ],
] as const) {
  test.describe(`popup budget in ${lang}`, () => {
    test.use({ browserLanguage: lang });

    test('counters, chart and assignment are translated', async ({ page, extensionId }) => {
      await seed(page, extensionId, { settings: fixtureSettings(), log: EVENTS });
      await openPopup(page, extensionId);
      await expect(page.getByTestId('budget-status')).toHaveText(texts.status);
      const body = await openBudget(page, texts.toggle);
      await expect(meter(body, 'X @beanandleaf')).toHaveAttribute('aria-valuetext', texts.over);
      await expect(meter(body, 'LinkedIn company:12345')).toHaveAttribute('aria-valuetext', texts.full);
      await expect(body.locator('.bm-row[data-account="x:beanandleaf"] .bm-replies')).toHaveText(
        texts.replies,
      );
      await expect(body.locator('.bp-ratio-value')).toHaveText(`${texts.percent} ${texts.ratio}`);
      const weekdays = [6, 5, 4, 3, 2, 1, 0].map((d) =>
        new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(new Date(noon(d))),
      );
      const svg = body.locator('section.bp-brand').first().locator('figure.week-chart svg[role="img"]');
      expect(await svg.locator('text.wc-axis[text-anchor="middle"]').allTextContents()).toEqual(weekdays);
      await expect(
        body.locator('.ua-item[data-account="x:stranger"]').getByRole('button').first(),
      ).toHaveText(texts.assign);
      await expect(body.getByRole('button', { name: texts.csv })).toBeVisible();
      // No English left in the section (proper nouns and handles aside).
      const text = await body.innerText();
      for (const english of ['Posts today', 'replies', 'over budget', 'Last 7 days', 'Export as', 'Add to'])
        expect(text).not.toContain(english);
      expect(await seriousViolations(page)).toEqual([]);
      await shoot(page, `popup-${lang}-light`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await shoot(page, `popup-${lang}-dark`);
    });
  });
}
