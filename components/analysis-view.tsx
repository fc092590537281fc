import { Component, Fragment } from 'preact';
import { i18n } from '#i18n';
import type { Analysis, Band, Level, ScoreKey } from '../lib/scoring/types';
import { SCORE_KEYS } from '../lib/scoring/types';
import { findingKey, panelFindings, points, quotes, repeats } from './finding-model';

/**
 * One analysis as the popup, the options preview and the on-page overlay show it: the three
 * scores with their bands, what to change (message, the exact words, a suggestion) and what
 * already works. Self-contained: its styles are `ANALYSIS_VIEW_CSS` (scoped under
 * `.steady-analysis`, with their own light/dark colours, so they also work inside a shadow
 * root), and every string from the draft or the user is rendered as text, never as HTML.
 */
export interface AnalysisViewProps {
  analysis: Analysis;
  /** The level of the view's section headings, to fit the outline of the page around it. */
  headingLevel?: 2 | 3 | 4;
  /** Show the most important findings first and the rest behind a "show all" button. */
  maxFindings?: number;
  /** List this score's findings first (a badge of that score was clicked) and mark its card. */
  focus?: ScoreKey | undefined;
}

export function scoreLabel(key: ScoreKey): string {
  switch (key) {
    case 'broadcast':
      return i18n.t('ui.score.broadcast');
    case 'pushiness':
      return i18n.t('ui.score.pushiness');
    case 'missingValue':
      return i18n.t('ui.score.missingValue');
  }
}

export function bandLabel(band: Band): string {
  switch (band) {
    case 'good':
      return i18n.t('ui.band.good');
    case 'consider':
      return i18n.t('ui.band.consider');
    case 'rework':
      return i18n.t('ui.band.rework');
  }
}

function levelLabel(level: Level): string {
  switch (level) {
    case 'suggestion':
      return i18n.t('ui.level.suggestion');
    case 'warning':
      return i18n.t('ui.level.warning');
    case 'error':
      return i18n.t('ui.level.error');
  }
}

function languageName(lang: Analysis['rulesLanguage']): string {
  switch (lang) {
    case 'en':
      return i18n.t('ui.language.en');
    case 'de':
      return i18n.t('ui.language.de');
    case 'nl':
      return i18n.t('ui.language.nl');
  }
}

function languageNote(a: Analysis): string {
  const name = languageName(a.rulesLanguage);
  switch (a.languageSource) {
    case 'detected':
      return i18n.t('ui.analysis.language_detected', [name]);
    case 'default':
      return i18n.t('ui.analysis.language_default', [name]);
    case 'requested':
      return i18n.t('ui.analysis.language_requested', [name]);
  }
}

/** One line for screen readers when the analysis changes: the three scores and the number of findings. */
export function analysisSummary(a: Analysis): string {
  const scores = SCORE_KEYS.map((k) =>
    i18n.t('ui.analysis.score_summary', [
      scoreLabel(k),
      String(a.scores[k].value),
      bandLabel(a.scores[k].band),
    ]),
  );
  return `${scores.join(', ')}. ${i18n.t('ui.analysis.findings_count', [String(a.findings.length)])}`;
}

/**
 * A class rather than hooks: `preact/hooks` would add a kilobyte to the content script that every
 * social page loads (the overlay renders this view too).
 */
export class AnalysisView extends Component<AnalysisViewProps, { showAll: boolean }> {
  override state = { showAll: false };

  override render() {
    const { analysis, headingLevel = 2, maxFindings, focus } = this.props;
    const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
    const showAll = this.state.showAll;
    // One row per cause: the scorer merged its repeats into one finding with several spans.
    const findings = panelFindings(analysis, focus);
    const shown = showAll || maxFindings === undefined ? findings : findings.slice(0, maxFindings);
    const lang = analysis.rulesLanguage;
    return (
      <div class="steady-analysis">
        <ul class="sa-scores" aria-label={i18n.t('ui.analysis.scores')}>
          {SCORE_KEYS.map((key) => {
            const score = analysis.scores[key];
            return (
              <li
                key={key}
                class={`sa-score sa-band-${score.band}${key === focus ? ' sa-focus' : ''}`}
                data-score={key}
                data-band={score.band}
                aria-current={key === focus ? 'true' : undefined}
              >
                <span class="sa-score-name">{scoreLabel(key)}</span>
                <span class="sa-score-value">
                  {score.value}
                  <span class="sa-score-max">/100</span>
                </span>
                <span class="sa-score-band">{bandLabel(score.band)}</span>
              </li>
            );
          })}
        </ul>
        <p class="sa-meta" data-testid="steady-language">
          {languageNote(analysis)} ·{' '}
          {i18n.t('ui.analysis.stats', [String(analysis.stats.words), String(analysis.stats.characters)])}
        </p>
        {analysis.truncated && <p class="sa-meta">{i18n.t('ui.analysis.truncated')}</p>}

        <Heading class="sa-heading">
          {i18n.t('ui.analysis.findings')} ({findings.length})
        </Heading>
        {findings.length === 0 ? (
          <p class="sa-empty">{i18n.t('ui.analysis.no_findings')}</p>
        ) : (
          <ol class="sa-findings">
            {shown.map((f) => {
              const words = quotes(f);
              const times = repeats(f);
              const adds = points(f);
              return (
                <li
                  key={findingKey(f)}
                  class={`sa-finding sa-level-${f.level}`}
                  data-rule={f.rule}
                  data-score={f.score}
                  data-spans={f.spans.length}
                >
                  <p class="sa-finding-head">
                    <span class="sa-tag">{scoreLabel(f.score)}</span>
                    <span class={`sa-tag sa-tag-${f.level}`}>{levelLabel(f.level)}</span>
                    {adds > 0 && (
                      <span
                        class="sa-points"
                        title={i18n.t('ui.analysis.points_label', [String(adds), scoreLabel(f.score)])}
                      >
                        {i18n.t('ui.analysis.points', [String(adds)])}
                      </span>
                    )}
                  </p>
                  <p class="sa-finding-message" lang={lang}>
                    {f.message.text}
                    {times > 1 && <span class="sa-times"> ({times}×)</span>}
                  </p>
                  {words.shown.length > 0 && (
                    <p class="sa-finding-words">
                      <span class="sa-label">{i18n.t('ui.analysis.words')}</span>{' '}
                      {words.shown.map((w, i) => (
                        <Fragment key={w}>
                          {i > 0 && ' '}
                          <mark class="sa-words" lang={lang}>
                            {w}
                          </mark>
                        </Fragment>
                      ))}
                      {words.more > 0 && ' …'}
                    </p>
                  )}
                  <p class="sa-finding-suggestion">
                    <span class="sa-label">{i18n.t('ui.analysis.suggestion')}</span>{' '}
                    <span lang={lang}>{f.suggestion.text}</span>
                  </p>
                </li>
              );
            })}
          </ol>
        )}
        {shown.length < findings.length && (
          <button type="button" class="sa-more" onClick={() => this.setState({ showAll: true })}>
            {i18n.t('ui.analysis.show_all', [String(findings.length)])}
          </button>
        )}

        {analysis.strengths.length > 0 && (
          <>
            <Heading class="sa-heading">{i18n.t('ui.analysis.strengths')}</Heading>
            <ul class="sa-strengths">
              {analysis.strengths.map((s) => (
                <li key={`${s.kind}:${s.start}`} class="sa-strength" lang={lang}>
                  {s.message.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
}

/**
 * Styles for `AnalysisView`. Colours are the view's own custom properties, light by default and
 * dark under `prefers-color-scheme: dark`; inside an ancestor with `sa-dark` or `sa-light` (the
 * on-page overlay, which follows the page's own scheme, not the system's) that class decides. Band colours pair a tinted background with a text
 * colour of at least 4.5:1, and every band is also written out, never shown by colour alone.
 */
const DARK = `
    --sa-text: #e6edf3;
    --sa-muted: #a3adb8;
    --sa-rule: #373e47;
    --sa-surface: #1f2329;
    --sa-good-bg: #0f2d1a; --sa-good: #7ee2a8;
    --sa-consider-bg: #3a2a00; --sa-consider: #f2cc60;
    --sa-rework-bg: #3d0d14; --sa-rework: #ffa3ab;
    --sa-mark-bg: #4d3800;
`;

export const ANALYSIS_VIEW_CSS = `
.steady-analysis {
  --sa-text: #1f2328;
  --sa-muted: #57606a;
  --sa-rule: #d0d7de;
  --sa-surface: #f6f8fa;
  --sa-good-bg: #dafbe1; --sa-good: #116329;
  --sa-consider-bg: #fff4c2; --sa-consider: #6b4400;
  --sa-rework-bg: #ffebe9; --sa-rework: #a40e26;
  --sa-mark-bg: #fff4c2;
  color: var(--sa-text);
  font-size: 14px;
  line-height: 1.45;
}
@media (prefers-color-scheme: dark) {
  .steady-analysis:not(.sa-light *) {${DARK}}
}
.sa-dark .steady-analysis {${DARK}}
.steady-analysis * { box-sizing: border-box; }
.steady-analysis p { margin: 0; }
.steady-analysis .sa-scores {
  list-style: none; margin: 0 0 0.5em; padding: 0;
  display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.4em;
}
.steady-analysis .sa-score {
  border-radius: 8px; padding: 0.4em 0.5em; display: flex; flex-direction: column; gap: 0.1em;
  border: 1px solid currentColor;
}
.steady-analysis .sa-band-good { background: var(--sa-good-bg); color: var(--sa-good); }
.steady-analysis .sa-band-consider { background: var(--sa-consider-bg); color: var(--sa-consider); }
.steady-analysis .sa-band-rework { background: var(--sa-rework-bg); color: var(--sa-rework); }
.steady-analysis .sa-score-name { font-size: 0.8em; font-weight: 600; }
.steady-analysis .sa-score-value { font-size: 1.5em; font-weight: 700; line-height: 1.1; }
.steady-analysis .sa-score-max { font-size: 0.55em; font-weight: 600; }
.steady-analysis .sa-score-band { font-size: 0.8em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
.steady-analysis .sa-focus { box-shadow: 0 0 0 2px currentColor; }
.steady-analysis .sa-points {
  margin-left: auto; font-size: 0.8em; font-weight: 700; color: var(--sa-text);
  font-variant-numeric: tabular-nums;
}
.steady-analysis .sa-meta { color: var(--sa-muted); font-size: 0.85em; margin: 0 0 0.35em; }
.steady-analysis .sa-heading { font-size: 1em; margin: 0.75em 0 0.35em; }
.steady-analysis .sa-findings, .steady-analysis .sa-strengths { margin: 0; padding: 0; list-style: none; }
.steady-analysis .sa-finding {
  border-left: 4px solid var(--sa-rule); background: var(--sa-surface);
  border-radius: 0 6px 6px 0; padding: 0.45em 0.6em; margin: 0 0 0.45em;
  display: flex; flex-direction: column; gap: 0.2em;
  overflow-wrap: anywhere;
}
.steady-analysis .sa-level-error { border-left-color: var(--sa-rework); }
.steady-analysis .sa-level-warning { border-left-color: var(--sa-consider); }
.steady-analysis .sa-finding-head { display: flex; gap: 0.35em; flex-wrap: wrap; }
.steady-analysis .sa-tag {
  font-size: 0.75em; font-weight: 700; color: var(--sa-muted);
  border: 1px solid var(--sa-rule); border-radius: 999px; padding: 0 0.5em;
}
.steady-analysis .sa-tag-error { color: var(--sa-rework); border-color: currentColor; }
.steady-analysis .sa-tag-warning { color: var(--sa-consider); border-color: currentColor; }
.steady-analysis .sa-finding-message { font-weight: 600; }
.steady-analysis .sa-times { font-weight: 400; color: var(--sa-muted); }
.steady-analysis .sa-label { color: var(--sa-muted); font-size: 0.85em; font-weight: 600; }
.steady-analysis .sa-words {
  background: var(--sa-mark-bg); color: var(--sa-text); border-radius: 3px; padding: 0 0.2em;
  white-space: pre-wrap;
}
.steady-analysis .sa-strength { padding: 0.15em 0 0.15em 1.4em; position: relative; overflow-wrap: anywhere; }
.steady-analysis .sa-strength::before { content: '✓'; position: absolute; left: 0.2em; color: var(--sa-good); font-weight: 700; }
.steady-analysis .sa-empty { color: var(--sa-muted); }
.steady-analysis .sa-more {
  font: inherit; font-weight: 600; cursor: pointer; margin: 0 0 0.5em; padding: 0.3em 0.8em;
  color: var(--sa-text); background: var(--sa-surface); border: 1px solid var(--sa-muted); border-radius: 6px;
}
.steady-analysis .sa-more:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
`;
