import { i18n } from '#i18n';
import { scoreLabel } from '../../components/analysis-view';
import type { Fix } from '../../lib/apply/fix';
import type { BrandRef } from '../../lib/protocol';
import type { Analysis, Finding } from '../../lib/scoring/types';

/**
 * The card on one underline (issue 10): the finding, what it adds to its score, the suggestion, the
 * brand rule it comes from, and what the person can do about it (apply, ignore here, never for this
 * brand), each with its outcome and an Undo where there is one. Rendered by the overlay in its closed
 * shadow root; every string from the draft or the brand is text, never HTML.
 */

export type CardOutcome =
  | 'applied'
  | 'mismatch'
  | 'stale'
  | 'unsupported'
  | 'ignored-here'
  | 'ignored-brand'
  | 'ignore-failed';

export interface CardState {
  /** The analysis the finding is from (a new one closes a card that has no outcome to show). */
  analysis: Analysis;
  /** Index of the finding in `analysis.findings`, and of the span the card is about. */
  index: number;
  span: number;
  /** Which line of the span the pointer was on (its client rect). */
  line: number;
  via: 'pointer' | 'keyboard';
  outcome: { kind: CardOutcome; undo?: () => void; brand?: string } | null;
}

export interface CardActions {
  apply(fix: Fix): void;
  ignoreHere(): void;
  neverForBrand(scope: 'phrase' | 'rule'): void;
  next(): void;
  close(): void;
  setCard(el: HTMLElement | null): void;
}

/** Only the person's own clicks and keys act (a page's `click()` on our host does nothing). */
function trusted(action: () => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) action();
  };
}

function outcomeText(o: NonNullable<CardState['outcome']>): string {
  switch (o.kind) {
    case 'applied':
      return i18n.t('card.applied');
    case 'mismatch':
      return i18n.t('card.mismatch');
    case 'stale':
      return i18n.t('card.stale');
    case 'unsupported':
      return i18n.t('card.unsupported');
    case 'ignored-here':
      return i18n.t('card.ignored_here');
    case 'ignored-brand':
      return i18n.t('card.ignored_brand', [o.brand ?? '']);
    case 'ignore-failed':
      return i18n.t('card.ignore_failed');
  }
}

/** A phrase on a button, cut so the card stays small. */
function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 32 ? `${one.slice(0, 31)}…` : one;
}

export function Card(props: {
  state: CardState;
  finding: Finding;
  fix: Fix | null;
  brand: BrandRef | null;
  more: boolean;
  actions: CardActions;
}) {
  const { state, finding, fix, brand, more, actions } = props;
  const outcome = state.outcome;
  const brandRule = finding.rule.startsWith('brand:');
  return (
    <section
      class={`card ${finding.score}`}
      ref={actions.setCard}
      role="dialog"
      aria-label={i18n.t('card.label', [finding.text])}
      tabIndex={-1}
      data-rule={finding.rule}
      data-testid="steady-card"
    >
      <p class="c-head">
        <span class="c-points">
          {i18n.t('card.points', [String(finding.weight), scoreLabel(finding.score)])}
        </span>
        <button
          type="button"
          class="close"
          aria-label={i18n.t('card.close')}
          title={i18n.t('card.close')}
          onClick={trusted(actions.close)}
        >
          ×
        </button>
      </p>
      {brandRule && brand && <p class="c-brand">{i18n.t('card.brand_rule', [brand.name])}</p>}
      <p class="c-msg">{finding.message.text}</p>
      <p class="c-sugg">{finding.suggestion.text}</p>
      {outcome && (
        <output class={`c-outcome ${outcome.kind}`} data-outcome={outcome.kind}>
          {outcomeText(outcome)}{' '}
          {outcome.undo && (
            <button type="button" class="link" data-action="undo" onClick={trusted(outcome.undo)}>
              {i18n.t('card.undo')}
            </button>
          )}
        </output>
      )}
      {!outcome && (
        <div class="c-actions">
          {fix && (
            <button
              type="button"
              class="primary"
              data-action="apply"
              onClick={trusted(() => actions.apply(fix))}
            >
              {fix.label.kind === 'replace'
                ? i18n.t('card.apply_replace', [short(fix.label.from), short(fix.label.to)])
                : i18n.t('card.apply_remove', [String(fix.label.count)])}
            </button>
          )}
          <button
            type="button"
            class="link"
            data-action="ignore-here"
            title={i18n.t('card.ignore_here_title')}
            onClick={trusted(actions.ignoreHere)}
          >
            {i18n.t('card.ignore_here')}
          </button>
          {brand && (
            <button
              type="button"
              class="link"
              data-action="never-phrase"
              onClick={trusted(() => actions.neverForBrand('phrase'))}
            >
              {i18n.t('card.never_phrase', [short(finding.text), brand.name])}
            </button>
          )}
          {brand && !brandRule && (
            <button
              type="button"
              class="link"
              data-action="never-rule"
              onClick={trusted(() => actions.neverForBrand('rule'))}
            >
              {i18n.t('card.never_rule', [brand.name])}
            </button>
          )}
          {more && (
            <button type="button" class="link" data-action="next" onClick={trusted(actions.next)}>
              {i18n.t('card.next')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

export const CARD_WIDTH = 320;

export const CARD_CSS = `
.card { position: fixed; left: 0; top: 0; z-index: 2147483647; box-sizing: border-box; width: ${CARD_WIDTH}px; overflow: auto;
  overscroll-behavior: contain; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-left-width: 4px;
  border-radius: 8px; padding: 6px 10px 8px; box-shadow: 0 6px 18px rgb(0 0 0 / 0.2); font-size: 13px; }
.card:not([data-placed]) { visibility: hidden; }
.card:focus { outline: none; } .card:focus-visible { outline: 2px solid var(--focus); }
.card.broadcast { border-left-color: rgb(37 99 235); } .card.pushiness { border-left-color: rgb(220 38 38); }
.card.missingValue { border-left-color: rgb(202 138 4); }
.card p { margin: 0 0 6px; }
.c-head { display: flex; align-items: center; gap: 6px; }
.c-points { flex: 1; font-size: 12px; font-weight: 600; color: var(--muted); }
.c-brand { font-size: 12px; font-weight: 600; color: var(--rework); }
.c-msg { font-weight: 600; }
.c-sugg { color: var(--muted); }
.c-outcome { display: block; margin: 0 0 6px; font-weight: 600; }
.c-outcome.mismatch, .c-outcome.ignore-failed, .c-outcome.unsupported, .c-outcome.stale { color: var(--rework); }
.c-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.primary { background: var(--focus); color: var(--bg); border: 1px solid var(--focus); border-radius: 6px; padding: 3px 10px; font-size: 12px; font-weight: 600; }
`;
