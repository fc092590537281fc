import { i18n } from '#i18n';
import { type AccountWeekRow, type BrandWeek, chartScale, weekdayLabel } from '../../components/budget-model';
import { PLATFORM_NAMES } from '../../lib/core';
import { REPLIES_HATCH, StripePattern } from './week-chart';

/**
 * The 7-day picture per account (issue 12: one bar per day for a whole brand could not say which
 * account over-posted, or on which day): small multiples, one row per account on one shared scale,
 * its posts per day as bars against its budget (a dashed line), its replies as hatched bars beside
 * them. A day over budget is told three ways, none by colour alone: the part of the bar above the
 * budget is striped, a ▲ stands above it, and the row says in words which days. Screen readers get
 * each row as an image with that sentence; the same numbers are one click away as a table.
 */
export interface AccountWeeksProps {
  /** Unique on the page: prefixes the SVG ids. */
  id: string;
  name: string;
  week: BrandWeek;
  today: string;
  lang: string;
}

const W = 300;
const H = 62;
const PAD = { left: 4, right: 4, top: 12, bottom: 14 };
const PLOT_H = H - PAD.top - PAD.bottom;
const BAR = 11;
const GAP = 2;

/** "Over budget on 2 days: Monday, Thursday." in the UI language. */
export function overDaysText(row: AccountWeekRow, lang: string): string {
  const names = row.overDays.map((d) => weekdayLabel(d, lang, 'long')).join(', ');
  return i18n.t('budget.week.over_days', row.overDays.length, [String(row.overDays.length), names]);
}

export function AccountWeeks({ id, name, week, today, lang }: AccountWeeksProps) {
  if (week.rows.length === 0) return null;
  // One scale for every row, so two accounts' bars compare at a glance; the budget lines count too.
  const scale = chartScale(
    week.rows.flatMap((r) => [r.perDay, ...r.days.flatMap((d) => [d.posts, d.replies])]),
  );
  const hatchId = `${id}-hatch`;
  const overId = `${id}-over`;
  return (
    <div class="aw" data-brand={week.brandId ?? ''}>
      <h5 class="aw-heading">{i18n.t('budget.week.accounts')}</h5>
      <svg width="0" height="0" class="aw-defs" aria-hidden="true" focusable="false">
        <defs>
          <StripePattern id={hatchId} {...REPLIES_HATCH} />
          <StripePattern
            id={overId}
            size={5}
            angle={-45}
            x={1.5}
            bgClass="aw-over-bg"
            lineClass="aw-over-line"
          />
        </defs>
      </svg>
      <ul class="aw-list" aria-label={i18n.t('budget.week.title', [name])}>
        {week.rows.map((row, i) => (
          <AccountRow
            key={row.key}
            id={`${id}-${i}`}
            row={row}
            max={scale.max}
            today={today}
            lang={lang}
            hatch={`url(#${hatchId})`}
            over={`url(#${overId})`}
          />
        ))}
      </ul>
      <details class="wc-table aw-table">
        <summary>{i18n.t('budget.week.table')}</summary>
        <table>
          <caption class="visually-hidden">{i18n.t('budget.week.title', [name])}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('budget.week.day')}</th>
              <th scope="col">{i18n.t('options.accounts.handle')}</th>
              <th scope="col">{i18n.t('budget.week.posts')}</th>
              <th scope="col">{i18n.t('budget.week.replies')}</th>
              <th scope="col">{i18n.t('budget.week.over_col')}</th>
            </tr>
          </thead>
          <tbody>
            {(week.rows[0]?.days ?? []).map((d, di) =>
              week.rows.map((row, ri) => {
                const day = row.days[di];
                if (!day) return null;
                return (
                  <tr key={`${d.day}-${row.key}`} class={day.over ? 'aw-over-row' : undefined}>
                    {ri === 0 && (
                      <th scope="rowgroup" rowSpan={week.rows.length}>
                        {weekdayLabel(d.day, lang, 'long')}
                        {d.day === today ? ` (${i18n.t('budget.week.today')})` : ''}
                      </th>
                    )}
                    <th scope="row">{accountLabel(row)}</th>
                    <td>
                      {day.posts} / {row.perDay}
                    </td>
                    <td>{day.replies}</td>
                    <td>
                      {day.over
                        ? `⚠ ${i18n.t('budget.week.over_by', [String(day.posts - row.perDay)])}`
                        : i18n.t('budget.week.within')}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function accountLabel(row: AccountWeekRow): string {
  return i18n.t('budget.unassigned.account', [
    row.handle || i18n.t('budget.unknown_account'),
    PLATFORM_NAMES[row.site],
  ]);
}

function AccountRow(props: {
  id: string;
  row: AccountWeekRow;
  max: number;
  today: string;
  lang: string;
  hatch: string;
  over: string;
}) {
  const { row, max } = props;
  const y = (v: number) => PAD.top + PLOT_H - (Math.min(v, max) / max) * PLOT_H;
  const slot = (W - PAD.left - PAD.right) / Math.max(1, row.days.length);
  const words = overDaysText(row, props.lang);
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const posts = row.days.reduce((n, d) => n + d.posts, 0);
  const replies = row.days.reduce((n, d) => n + d.replies, 0);
  return (
    <li
      class={`aw-row${row.overDays.length > 0 ? ' aw-has-over' : ''}`}
      data-account={row.key}
      data-over-days={row.overDays.join(' ')}
    >
      <p class="aw-name">
        <span class="bm-site">{PLATFORM_NAMES[row.site]}</span>{' '}
        <span class="bm-handle">{row.handle || i18n.t('budget.unknown_account')}</span>{' '}
        <span class="muted aw-budget">· {i18n.t('budget.week.budget', [String(row.perDay)])}</span>
      </p>
      <svg
        class="aw-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <title id={titleId}>{i18n.t('budget.week.row_title', [accountLabel(row), String(row.perDay)])}</title>
        <desc id={descId}>
          {i18n.t('budget.week.desc', [String(posts), String(replies)])} {words}
        </desc>
        {row.days.map((d, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          const px = cx - GAP / 2 - BAR;
          const within = Math.min(d.posts, row.perDay);
          const top = y(d.posts);
          return (
            <g key={d.day} class="aw-day" data-day={d.day} data-over={d.over ? 'true' : undefined}>
              {within > 0 && (
                <rect class="wc-posts" x={px} y={y(within)} width={BAR} height={y(0) - y(within)} />
              )}
              {d.over && (
                <>
                  <rect
                    class="aw-over"
                    x={px}
                    y={top}
                    width={BAR}
                    height={y(within) - top}
                    fill={props.over}
                  />
                  <path class="aw-mark" d={`M${px + BAR / 2 - 4} ${top - 2} h8 l-4 -7 z`} />
                </>
              )}
              {d.replies > 0 && (
                <rect
                  class="wc-replies"
                  x={cx + GAP / 2}
                  y={y(d.replies)}
                  width={BAR}
                  height={y(0) - y(d.replies)}
                  fill={props.hatch}
                />
              )}
              <text
                class={d.day === props.today ? 'wc-axis wc-today' : 'wc-axis'}
                x={cx}
                y={H - 3}
                text-anchor="middle"
              >
                {weekdayLabel(d.day, props.lang)}
              </text>
            </g>
          );
        })}
        {row.perDay > 0 && (
          <line
            class="aw-budget-line"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(row.perDay)}
            y2={y(row.perDay)}
          />
        )}
        <line class="wc-baseline" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      </svg>
      <p class={row.overDays.length > 0 ? 'aw-words aw-words-over' : 'aw-words'}>
        {row.overDays.length > 0 ? '⚠ ' : ''}
        {words}
      </p>
    </li>
  );
}

export const ACCOUNT_WEEKS_CSS = `
.aw { margin: 0.25em 0 0.5em; }
.aw-heading { font-size: 0.85rem; margin: 0.5em 0 0.15em; color: var(--muted); }
.aw-defs { position: absolute; }
.aw-list { list-style: none; margin: 0; padding: 0; }
.aw-row { margin: 0 0 0.4em; }
.aw-name { margin: 0; font-size: 0.9em; overflow-wrap: anywhere; }
.aw-svg { display: block; width: 100%; height: auto; overflow: visible; }
.aw-svg text { font: 9px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
.aw-budget-line { stroke: var(--text); stroke-width: 1; stroke-dasharray: 3 2; }
.aw-over { stroke: var(--error); stroke-width: 1.5; }
.aw-over-bg { fill: var(--error-bg); }
.aw-over-line { stroke: var(--error); stroke-width: 2.5; }
.aw-mark { fill: var(--error); }
.aw-words { margin: 0; font-size: 0.85em; color: var(--muted); }
.aw-words-over { color: var(--error); font-weight: 600; }
.aw-table td { white-space: nowrap; }
.aw-table .aw-over-row td:last-child { color: var(--error); font-weight: 600; }
`;
