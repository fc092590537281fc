import { i18n } from '#i18n';
import { PLATFORM_NAMES } from '../lib/core';
import { type AccountRow, meterFraction } from './budget-model';

/** The meter's words: "2 of 3 posts", with plural forms in every language. */
export function meterValue(row: Pick<AccountRow, 'postsToday' | 'perDay'>): string {
  return i18n.t('budget.meter.value', row.perDay, [String(row.postsToday), String(row.perDay)]);
}

/** What the bar means: posts left, budget reached, over by n, or no posts planned on this site. */
export function meterNote(row: Pick<AccountRow, 'postsToday' | 'perDay' | 'state'>): string {
  switch (row.state) {
    case 'over':
      return i18n.t('budget.meter.over', row.postsToday - row.perDay);
    case 'full':
      return i18n.t('budget.meter.full');
    case 'under':
      return row.perDay === 0
        ? i18n.t('budget.meter.none_planned')
        : i18n.t('budget.meter.left', row.perDay - row.postsToday);
  }
}

export function repliesText(replies: number): string {
  return i18n.t('budget.meter.replies', replies);
}

/**
 * One account's day: its broadcast posts against the site's budget as a meter (role=meter with the
 * account as its name and the full sentence as its value text), and its replies apart, since
 * replies never use the budget. Over budget is told by words and a ⚠ sign and a striped bar, not
 * by colour alone.
 */
export function BudgetMeter({
  row,
  id,
  lang,
  as = 'li',
}: {
  row: AccountRow;
  id: string;
  lang: string;
  /** `div` where the meter is not an item of a list of accounts. */
  as?: 'li' | 'div';
}) {
  const Tag = as;
  const nameId = `${id}-name`;
  const value = meterValue(row);
  const note = meterNote(row);
  const last =
    row.postsToday > 0 && row.lastPostAt !== null
      ? i18n.t('budget.meter.last', [
          new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(new Date(row.lastPostAt)),
        ])
      : '';
  return (
    <Tag class={`bm-row bm-${row.state}`} data-state={row.state} data-account={row.key}>
      <div class="bm-head">
        <span class="bm-name" id={nameId}>
          <span class="bm-site">{PLATFORM_NAMES[row.site]}</span>{' '}
          <span class="bm-handle">{row.handle || i18n.t('budget.unknown_account')}</span>
        </span>
        <span class="bm-value" aria-hidden="true">
          {value}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> clamps a value above its max, and over budget is exactly what it must say. */}
      <div
        class="bm-track"
        role="meter"
        aria-labelledby={nameId}
        aria-valuemin={0}
        aria-valuemax={Math.max(row.perDay, row.postsToday, 1)}
        aria-valuenow={row.postsToday}
        aria-valuetext={`${value}. ${note}`}
      >
        <div
          class="bm-fill"
          style={{ width: `${Math.round(meterFraction(row.postsToday, row.perDay) * 100)}%` }}
        />
      </div>
      <p class="bm-note">
        <span class="bm-state">
          {row.state === 'over' ? '⚠ ' : row.state === 'full' ? '✓ ' : ''}
          {note}
        </span>
        <span class="bm-replies"> · {repliesText(row.repliesToday)}</span>
        {last && <span class="bm-last"> · {last}</span>}
      </p>
    </Tag>
  );
}

export const BUDGET_METER_CSS = `
.bm-list { list-style: none; margin: 0; padding: 0; }
.bm-row { margin: 0 0 0.55em; }
/* A long handle keeps its line; the count moves below it rather than splitting the handle. */
.bm-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.5em; align-items: baseline; }
.bm-name { min-width: 0; overflow-wrap: anywhere; }
.bm-value { margin-left: auto; }
.bm-site { font-size: 0.8em; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.bm-handle { font-weight: 600; }
.bm-value { white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 600; }
.bm-track { height: 0.6em; border: 1px solid var(--border); border-radius: 999px; background: var(--bg); overflow: hidden; margin: 0.15em 0; }
.bm-fill { height: 100%; background: var(--accent); border-radius: 999px; }
.bm-full .bm-fill { background: var(--ok); }
.bm-over .bm-track { border-color: var(--error); border-width: 2px; }
.bm-over .bm-fill {
  background: repeating-linear-gradient(135deg, var(--error) 0 4px, var(--error-bg) 4px 7px);
}
.bm-note { font-size: 0.85em; color: var(--muted); margin: 0; }
.bm-over .bm-state { color: var(--error); font-weight: 700; }
.bm-full .bm-state { color: var(--ok); font-weight: 600; }
`;
