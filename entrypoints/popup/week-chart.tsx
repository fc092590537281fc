import { i18n } from '#i18n';
import { chartScale, type WeekSeries, weekdayLabel, weekFacts } from '../../components/budget-model';

/**
 * The last seven local days of one brand as a grouped bar chart in plain SVG: broadcast posts as
 * solid bars, replies as hatched bars beside them (told apart by pattern and position, not only by
 * colour). No budget line: a brand's budget is the sum over its sites (13 a day for a brand on six
 * sites), which squashed the bars of a normal week to the bottom of the chart. All colours are the page theme's custom
 * properties (PAGE_CSS), set through classes so light and dark both apply, and every graphic is at
 * least 3:1 against the background. Screen readers get a title and a one-sentence description;
 * everyone can open the same numbers as a table.
 */
export interface WeekChartProps {
  /** Unique on the page: used for the SVG ids. */
  id: string;
  name: string;
  series: WeekSeries;
  /** The summary's today, to mark it on the axis. */
  today: string;
  /** The UI language, for weekday names. */
  lang: string;
}

const W = 320;
const H = 132;
const PAD = { left: 24, right: 6, top: 14, bottom: 20 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
const BAR = 12;
const GAP = 2;

export function WeekChart({ id, name, series, today, lang }: WeekChartProps) {
  const facts = weekFacts(series);
  const scale = chartScale(series.days.flatMap((d) => [d.posts, d.replies]));
  const y = (v: number) => PAD.top + PLOT_H - (v / scale.max) * PLOT_H;
  const slot = PLOT_W / Math.max(1, series.days.length);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hatchId = `${id}-hatch`;
  const description = [
    i18n.t('budget.week.desc', [String(facts.posts), String(facts.replies)]),
    facts.busiest ? i18n.t('budget.week.busiest', [weekdayLabel(facts.busiest, lang, 'long')]) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure class="week-chart" data-brand={series.brandId ?? ''}>
      <svg
        class="wc-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <title id={titleId}>{i18n.t('budget.week.title', [name])}</title>
        <desc id={descId}>{description}</desc>
        <defs>
          <StripePattern id={hatchId} {...REPLIES_HATCH} />
        </defs>
        {scale.ticks.map((t) => (
          <g key={t}>
            <line class="wc-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="wc-axis" x={PAD.left - 4} y={y(t) + 3.5} text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {series.days.map((d, i) => {
          const cx = PAD.left + slot * i + slot / 2;
          const isToday = d.day === today;
          return (
            <g key={d.day} class="wc-day" data-day={d.day}>
              <Bar kind="posts" x={cx - GAP / 2 - BAR} value={d.posts} y={y} fill={undefined} />
              <Bar kind="replies" x={cx + GAP / 2} value={d.replies} y={y} fill={`url(#${hatchId})`} />
              <text class={isToday ? 'wc-axis wc-today' : 'wc-axis'} x={cx} y={H - 5} text-anchor="middle">
                {weekdayLabel(d.day, lang)}
              </text>
            </g>
          );
        })}
        <line class="wc-baseline" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
      </svg>
      <figcaption class="wc-legend">
        <span class="wc-key">
          <svg width="12" height="12" aria-hidden="true" focusable="false">
            <rect class="wc-posts" x="0.5" y="0.5" width="11" height="11" />
          </svg>
          {i18n.t('budget.week.posts')}
        </span>
        <span class="wc-key">
          <svg width="12" height="12" aria-hidden="true" focusable="false">
            <rect class="wc-replies" x="0.5" y="0.5" width="11" height="11" fill={`url(#${hatchId})`} />
          </svg>
          {i18n.t('budget.week.replies')}
        </span>
      </figcaption>
      <details class="wc-table">
        <summary>{i18n.t('budget.week.table')}</summary>
        <table>
          <caption class="visually-hidden">{i18n.t('budget.week.title', [name])}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('budget.week.day')}</th>
              <th scope="col">{i18n.t('budget.week.posts')}</th>
              <th scope="col">{i18n.t('budget.week.replies')}</th>
            </tr>
          </thead>
          <tbody>
            {series.days.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  {weekdayLabel(d.day, lang, 'long')}
                  {d.day === today ? ` (${i18n.t('budget.week.today')})` : ''}
                </th>
                <td>{d.posts}</td>
                <td>{d.replies}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function Bar(props: {
  kind: 'posts' | 'replies';
  x: number;
  value: number;
  y: (v: number) => number;
  fill: string | undefined;
}) {
  if (props.value <= 0) return null;
  const top = props.y(props.value);
  const height = props.y(0) - top;
  return (
    <>
      <rect
        class={`wc-${props.kind}`}
        x={props.x}
        y={top}
        width={BAR}
        height={height}
        fill={props.fill}
        data-value={props.value}
      />
      <text class="wc-value" x={props.x + BAR / 2} y={top - 3} text-anchor="middle">
        {props.value}
      </text>
    </>
  );
}

/** Styles of the chart; colours come from PAGE_CSS's custom properties (light and dark). */
/** The stripes of the replies' bars (here and in the per-account rows, ./account-weeks.tsx). */
export const REPLIES_HATCH = { size: 4, angle: 45, x: 1, bgClass: 'wc-hatch-bg', lineClass: 'wc-hatch-line' };

/** A striped SVG fill, so bars are told apart by pattern as well as colour. */
export function StripePattern(p: {
  id: string;
  size: number;
  angle: number;
  x: number;
  bgClass: string;
  lineClass: string;
}) {
  return (
    <pattern
      id={p.id}
      patternUnits="userSpaceOnUse"
      width={p.size}
      height={p.size}
      patternTransform={`rotate(${p.angle})`}
    >
      <rect width={p.size} height={p.size} class={p.bgClass} />
      <line x1={p.x} y1="0" x2={p.x} y2={p.size} class={p.lineClass} />
    </pattern>
  );
}

export const WEEK_CHART_CSS = `
.week-chart { margin: 0 0 0.75em; }
.wc-svg { display: block; width: 100%; height: auto; overflow: visible; }
.wc-svg text { font: 10px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
.wc-axis { fill: var(--muted); }
.wc-today { fill: var(--text); font-weight: 700; }
.wc-value { fill: var(--text); font-weight: 600; }
.wc-grid { stroke: var(--rule); stroke-width: 1; }
.wc-baseline { stroke: var(--border); stroke-width: 1; }
.wc-posts { fill: var(--accent); stroke: var(--accent); }
.wc-replies { stroke: var(--ok); stroke-width: 1.5; }
.wc-hatch-bg { fill: var(--ok-bg); }
.wc-hatch-line { stroke: var(--ok); stroke-width: 2; }
.wc-legend { display: flex; flex-wrap: wrap; gap: 0.25em 1em; font-size: 0.85em; color: var(--muted); margin: 0.25em 0 0; }
.wc-key { display: inline-flex; align-items: center; gap: 0.35em; }
.wc-table { font-size: 0.9em; margin: 0.25em 0 0; }
.wc-table > summary { cursor: pointer; color: var(--link); }
.wc-table table { margin-top: 0.25em; }
.wc-table td, .wc-table thead th + th { text-align: right; font-variant-numeric: tabular-nums; }
`;
