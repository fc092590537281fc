import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { fetchSummary, loadPostLog, watchPostLog } from '../../components/budget-data';
import { BUDGET_METER_CSS, BudgetMeter } from '../../components/budget-meter';
import {
  type AccountRow,
  type BrandGroup,
  type BrandWeek,
  formatPercent,
  groupByBrand,
  ratioVerdict,
  totals,
  type UnassignedAccount,
  unassignedAccounts,
  weekByBrand,
  withAccount,
} from '../../components/budget-model';
import { errorText } from '../../components/fields';
import { PostLogExport } from '../../components/post-log-export';
import { type AssignResult, UNASSIGNED_CSS, UnassignedAccounts } from '../../components/unassigned-accounts';
import type { BudgetSummary, PostLog } from '../../lib/budget/types';
import type { Settings } from '../../lib/settings/types';
import { loadSettings, saveSettings, watchSettings } from '../../lib/storage/settings';
import { ACCOUNT_WEEKS_CSS, AccountWeeks } from './account-weeks';
import { WEEK_CHART_CSS, WeekChart } from './week-chart';

/** The language the UI is rendered in, for dates, weekdays and percentages. */
export function uiLang(): string {
  return i18n.t('ui.htmlLang') || 'en';
}

export interface BudgetData {
  /** Undefined while loading; null when the background could not give one. */
  summary: BudgetSummary | null | undefined;
  settings: Settings | null;
  log: PostLog | null;
}

/**
 * Today's summary, the settings and the post log, kept current: a recorded post (the log changes)
 * or a saved setting (an account assigned here or in the options page) asks the background again.
 */
export function useBudgetData(): BudgetData {
  const [summary, setSummary] = useState<BudgetSummary | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [log, setLog] = useState<PostLog | null>(null);
  useEffect(() => {
    let alive = true;
    let asked = 0;
    const refresh = () => {
      const run = ++asked;
      void fetchSummary().then((s) => {
        if (alive && run === asked) setSummary(s);
      });
    };
    void loadSettings().then(({ settings: s }) => alive && setSettings(s));
    void loadPostLog().then((l) => alive && setLog(l));
    refresh();
    const unwatchSettings = watchSettings((s) => {
      setSettings(s);
      refresh();
    });
    const unwatchLog = watchPostLog((l) => {
      setLog(l);
      refresh();
    });
    return () => {
      alive = false;
      unwatchSettings();
      unwatchLog();
    };
  }, []);
  return { summary, settings, log };
}

/** The popup's way to assign: the saved settings, the account added, saved through the validated path. */
export async function assignAndSave(brandId: string, account: UnassignedAccount): Promise<AssignResult> {
  const { settings, problem } = await loadSettings();
  // Saving over unreadable settings would replace them with the defaults plus one account.
  if (problem) return { ok: false, reason: i18n.t('budget.unassigned.unreadable') };
  const next = withAccount(settings, brandId, account.site, account.account, account.displayName);
  if (!next) return { ok: false, reason: i18n.t('budget.unassigned.brand_gone') };
  const saved = await saveSettings(next);
  return saved.ok ? { ok: true } : { ok: false, reason: saved.errors.map(errorText).join(' ') };
}

function StatusLine({
  summary,
  groups,
}: {
  summary: BudgetSummary | null | undefined;
  groups: readonly BrandGroup[];
}) {
  if (summary === undefined) return <>{i18n.t('budget.loading')}</>;
  if (summary === null) return <>{i18n.t('budget.unavailable_short')}</>;
  const t = totals(groups);
  return (
    <>
      {i18n.t('budget.status.today', [String(t.posts), String(t.replies)])}
      {t.overBudget > 0 && (
        <>
          {' · '}
          <span class="budget-status-over">⚠ {i18n.t('budget.status.over', t.overBudget)}</span>
        </>
      )}
    </>
  );
}

function RatioView({ ratio, lang }: { ratio: number | null; lang: string }) {
  const verdict = ratioVerdict(ratio);
  return (
    <section class="bp-ratio" aria-labelledby="bp-ratio-heading" data-verdict={verdict}>
      <h3 id="bp-ratio-heading">{i18n.t('budget.ratio.heading')}</h3>
      {ratio === null ? (
        <p class="muted">{i18n.t('budget.ratio.none')}</p>
      ) : (
        <>
          <p class="bp-ratio-value">
            <strong>{formatPercent(ratio, lang)}</strong> {i18n.t('budget.ratio.value')}
          </p>
          <p class={`bp-verdict bp-verdict-${verdict}`}>
            {verdict === 'low'
              ? i18n.t('budget.ratio.low')
              : verdict === 'fair'
                ? i18n.t('budget.ratio.fair')
                : i18n.t('budget.ratio.good')}
          </p>
        </>
      )}
      <p class="hint">{i18n.t('budget.ratio.explain')}</p>
    </section>
  );
}

export interface BudgetPanelProps {
  summary: BudgetSummary | null | undefined;
  settings: Settings;
  log: PostLog | null;
  assign: (brandId: string, account: UnassignedAccount) => Promise<AssignResult>;
  /** Opens the welcome page's brand setup. */
  openSetup?: () => void;
}

/**
 * Today's counters per brand and account with budget bars, the conversation ratio, a 7-day chart
 * per brand, the accounts without a brand (assignable in one click) and the post-log export.
 * Every state that has nothing to show says what will appear there and when.
 */
export function BudgetPanel({ summary, settings, log, assign, openSetup }: BudgetPanelProps) {
  const lang = uiLang();
  if (summary === undefined) return <p class="muted">{i18n.t('budget.loading')}</p>;
  const groups = summary ? groupByBrand(summary, settings, i18n.t('budget.unassigned.heading')) : [];
  const brandGroups = groups.filter((g) => g.brandId !== null);
  const todayUnassigned = groups.filter((g) => g.brandId === null).flatMap((g) => g.accounts);
  const todayByKey = new Map<string, AccountRow>(todayUnassigned.map((a) => [a.key, a] as const));
  // Posts the site showed no account for: counted, but there is nothing to assign.
  const anonymous = todayUnassigned.filter((a) => a.handle === '');
  const unassigned = log ? unassignedAccounts(log, settings, summary) : [];
  const t = totals(groups);
  const weeks = summary ? weekByBrand(summary, settings) : [];
  const weekOf = (brandId: string | null) => weeks.find((w) => w.brandId === brandId);
  const unassignedWeek = weekOf(null);
  // Said only where nothing below shows accounts: not above the bars it would call missing.
  const nothingListed = unassigned.length === 0 && anonymous.length === 0;

  return (
    <div class="budget-panel">
      <p class="hint bp-intro">{i18n.t('budget.intro')}</p>
      {summary === null ? (
        <p class="alert" data-testid="budget-unavailable">
          {i18n.t('budget.unavailable')}
        </p>
      ) : (
        t.posts + t.replies === 0 && (
          <p class="bp-empty" data-testid="budget-empty">
            {i18n.t('budget.empty_today')}
          </p>
        )
      )}
      {summary && settings.brands.length === 0 && nothingListed && (
        <p class="bp-empty" data-testid="budget-no-brands">
          {i18n.t('budget.no_brands')}{' '}
          {openSetup && (
            <button type="button" class="link" onClick={openSetup}>
              {i18n.t('budget.setup')}
            </button>
          )}
        </p>
      )}
      {summary && <RatioView ratio={summary.conversationRatio} lang={lang} />}
      {summary &&
        brandGroups.map((g, i) => {
          const week = weekOf(g.brandId);
          const headingId = `bp-brand-${i}`;
          return (
            <section key={g.brandId} class="bp-brand" aria-labelledby={headingId} data-brand={g.brandId}>
              <h3 id={headingId}>{g.name}</h3>
              <p class="bp-brand-totals">
                {i18n.t('budget.status.today', [String(g.postsToday), String(g.repliesToday)])}
              </p>
              {g.accounts.length === 0 ? (
                <p class="muted">{i18n.t('budget.no_accounts')}</p>
              ) : (
                <ul class="bm-list" aria-label={i18n.t('budget.accounts_of', [g.name])}>
                  {g.accounts.map((a, j) => (
                    <BudgetMeter key={a.key} row={a} id={`bp-${i}-${j}`} lang={lang} />
                  ))}
                </ul>
              )}
              <WeekSection id={`wc-${i}`} name={g.name} week={week} today={summary.today} lang={lang} />
            </section>
          );
        })}
      <UnassignedAccounts
        accounts={unassigned}
        settings={settings}
        assign={assign}
        {...(openSetup ? { openSetup } : {})}
        today={todayByKey}
        lang={lang}
      >
        {anonymous.length > 0 || (summary && unassignedWeek) ? (
          <>
            {anonymous.length > 0 && (
              <ul class="bm-list bp-anonymous" aria-label={i18n.t('budget.unknown_account')}>
                {anonymous.map((a, i) => (
                  <BudgetMeter key={a.key} row={a} id={`bp-anon-${i}`} lang={lang} />
                ))}
              </ul>
            )}
            {summary && unassignedWeek && (
              <WeekSection
                id="wc-unassigned"
                name={i18n.t('budget.unassigned.heading')}
                week={unassignedWeek}
                today={summary.today}
                lang={lang}
              />
            )}
          </>
        ) : null}
      </UnassignedAccounts>
      <section class="bp-log" aria-labelledby="bp-log-heading">
        <h3 id="bp-log-heading">{i18n.t('budget.export.heading')}</h3>
        <PostLogExport count={log ? log.events.length : null} settings={settings} />
      </section>
    </div>
  );
}

/**
 * The last seven days of a brand (or of the accounts without one): the total of all its accounts
 * as one chart, then one small row per account against its own budget (./account-weeks.tsx).
 */
function WeekSection(props: {
  id: string;
  name: string;
  week: BrandWeek | undefined;
  today: string;
  lang: string;
}) {
  const { week } = props;
  const empty = !week || week.total.every((d) => d.posts + d.replies === 0);
  return (
    <div class="bp-week">
      <h4>{i18n.t('budget.week.heading')}</h4>
      {empty || !week ? (
        <p class="muted bp-week-empty">{i18n.t('budget.week.empty')}</p>
      ) : (
        <>
          {/* One account: its row says it all; the total would repeat it. */}
          {week.rows.length > 1 && (
            <WeekChart
              id={props.id}
              name={week.brandId === null ? props.name : i18n.t('budget.week.total', [props.name])}
              series={{ brandId: week.brandId, days: week.total }}
              today={props.today}
              lang={props.lang}
            />
          )}
          <AccountWeeks
            id={`${props.id}-aw`}
            name={props.name}
            week={week}
            today={props.today}
            lang={props.lang}
          />
        </>
      )}
    </div>
  );
}

/**
 * The popup's budget section: a heading that opens and closes it (the popup stays compact; the
 * status line under it says today's totals and any account over budget even when closed).
 */
export function BudgetSection() {
  const data = useBudgetData();
  const [open, setOpen] = useState(false);
  const groups = data.summary && data.settings ? groupByBrand(data.summary, data.settings, '') : [];
  return (
    <section class="budget" aria-labelledby="budget-heading">
      <h2 class="budget-heading">
        <button
          type="button"
          id="budget-heading"
          class="budget-toggle"
          aria-expanded={open}
          aria-controls="budget-body"
          onClick={() => setOpen(!open)}
        >
          <span class="budget-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {i18n.t('budget.heading')}
        </button>
      </h2>
      <p class="budget-status" data-testid="budget-status">
        <StatusLine summary={data.summary} groups={groups} />
      </p>
      <div id="budget-body" hidden={!open}>
        {open &&
          (data.settings ? (
            <BudgetPanel
              summary={data.summary}
              settings={data.settings}
              log={data.log}
              assign={assignAndSave}
              openSetup={openWelcome}
            />
          ) : (
            <p class="muted">{i18n.t('budget.loading')}</p>
          ))}
      </div>
    </section>
  );
}

/** Opens the welcome page (its brand setup) in a tab, as the popup's menu does. */
export function openWelcome(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  window.close();
}

export const BUDGET_PANEL_CSS = `
.budget { border-top: 1px solid var(--rule); margin-top: 1rem; padding-top: 0.5rem; }
.budget-heading { margin: 0; }
.budget-toggle {
  display: flex; align-items: center; gap: 0.35em; width: 100%; text-align: left;
  background: none; border: none; padding: 0.25em 0; font-size: inherit; font-weight: 700; color: var(--text);
}
.budget-chevron { display: inline-block; width: 1em; color: var(--muted); }
.budget-status { margin: 0 0 0.5em 1.35em; color: var(--muted); font-size: 0.9em; }
.budget-status-over { color: var(--error); font-weight: 600; }
.budget-panel h3 { margin: 0.75em 0 0.25em; }
.budget-panel h4 { font-size: 0.9rem; margin: 0.5em 0 0.25em; }
.bp-empty { border: 1px dashed var(--border); border-radius: 8px; padding: 0.5em 0.7em; color: var(--text); }
.bp-intro { margin: 0 0 0.5em; }
.bp-brand { border: 1px solid var(--rule); border-radius: 8px; padding: 0 0.7em 0.5em; margin: 0.75em 0 0; }
.bp-brand > h3 { margin-top: 0.5em; overflow-wrap: anywhere; }
.bp-brand-totals { color: var(--muted); font-size: 0.9em; }
.bp-ratio { margin: 0.5em 0 0; }
.bp-ratio-value { margin: 0; }
.bp-ratio-value strong { font-size: 1.25em; }
.bp-verdict { margin: 0.1em 0 0.2em; font-weight: 600; }
.bp-verdict-low { color: var(--error); }
.bp-verdict-low::before { content: '⚠ '; }
.bp-verdict-good { color: var(--ok); }
.bp-verdict-good::before { content: '✓ '; }
.bp-log { margin: 0.75em 0 0; }
${BUDGET_METER_CSS}
${WEEK_CHART_CSS}
${ACCOUNT_WEEKS_CSS}
${UNASSIGNED_CSS}
`;
