import { budgetLine } from '../../components/budget-line';
import { CharCounter } from '../../components/char-counter';
import type { BudgetStatus } from '../../lib/budget/types';
import type { CharCount } from '../../lib/count/types';

/**
 * The popup's facts about the tab's draft (issue 10): its length as the site counts it, and the
 * account's budget line as the overlay says it, with the next free slot when posting now would
 * break the budget. Nothing for what is not known (no count yet, no budget answer).
 */
export function DraftFacts({
  chars,
  budget,
  kind,
  now = Date.now(),
}: {
  chars: CharCount | null;
  budget: BudgetStatus | null;
  kind: 'post' | 'reply';
  now?: number;
}) {
  const line = budget ? budgetLine(budget, kind, now) : null;
  if (!chars && !line) return null;
  return (
    <div class="draft-facts">
      {chars && (
        <p class="df-chars" data-testid="popup-chars">
          <CharCounter count={chars} />
        </p>
      )}
      {line && (
        <p
          class={`df-budget${line.warning ? ' df-warn' : ''}`}
          data-testid="popup-budget-line"
          data-warning={line.warning ?? undefined}
        >
          {line.warning && <span aria-hidden="true">⚠ </span>}
          {line.text}
        </p>
      )}
    </div>
  );
}

export const DRAFT_FACTS_CSS = `
.draft-facts { margin: 0 0 0.75em; font-size: 0.9em; }
.draft-facts p { margin: 0.15em 0; }
.df-budget { color: var(--muted); }
.df-warn { color: var(--text); font-weight: 600; border-left: 3px solid var(--error); padding-left: 0.5em; }
`;
