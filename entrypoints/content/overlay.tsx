import { render } from 'preact';
import { i18n } from '#i18n';
import { findingKey, repeats } from '../../components/finding-model';
import type { BudgetStatus } from '../../lib/budget/types';
import type { BrandRef } from '../../lib/protocol';
import type { Analysis, Band, Finding, ScoreKey } from '../../lib/scoring/types';
import { SCORE_KEYS } from '../../lib/scoring/types';

/**
 * The on-page UI: three score badges next to the composer that open a panel with the findings,
 * their suggestions and what to keep. It lives in a shadow root on our own host element
 * (`steady-overlay`) at the end of <html>, outside every site's React tree, positioned with
 * `position: fixed` from the editor's box. Draft text is only ever rendered as text.
 *
 * The page is hostile input and must not read the coach (issue 11: a brand's confidential reason
 * for a banned phrase, the budget line). So the shadow root is closed and only this class holds
 * it (`host.shadowRoot` is null for the page, and its contents are in no DOM query of the page),
 * the host carries no attributes, and only trusted events (the person's own clicks and keys) act
 * on the overlay: `host.click()` or a dispatched event from the page's script does nothing.
 */

export const HOST_TAG = 'steady-overlay';

/**
 * Only the `bench` build (`wxt build --mode bench`, scripts/bench/typing.ts) writes the time of
 * the last score on the host as `data-score-ms`; Vite replaces the mode at build time, so the
 * production build has no such attribute (and no code for it).
 */
const EXPOSE_TIMING = import.meta.env.MODE === 'bench';

/** Runs `action` for the person's own input only, never for an event a page script made. */
function trusted(action: () => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) action();
  };
}

const STYLE = `
:host { all: initial; }
.root { position: fixed; display: flex; flex-direction: column; z-index: 2147483646; pointer-events: none; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --good: #1a7f37; --consider: #9a6700; --rework: #cf222e; }
.root.above { flex-direction: column-reverse; }
.root.above .panel { margin: 0 0 6px; }
.root.dark { --bg: #1c2128; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --good: #3fb950; --consider: #d29922; --rework: #f85149; }
.bar { display: flex; gap: 4px; pointer-events: auto; justify-content: flex-end; }
.short { font-size: 11px; color: var(--muted); }
button { font: inherit; color: inherit; cursor: pointer; }
.badge { display: inline-flex; align-items: center; gap: 4px; padding: 2px 7px; border-radius: 999px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg); box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); }
.badge:focus-visible, .panel button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.good .dot { background: var(--good); } .consider .dot { background: var(--consider); } .rework .dot { background: var(--rework); }
.panel { pointer-events: auto; margin-top: 6px; width: min(380px, calc(100vw - 24px)); max-height: min(420px, 60vh); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.2); }
.panel h2 { font-size: 13px; margin: 0 0 6px; }
.meta { color: var(--muted); font-size: 12px; margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 6px 0; border-top: 1px solid var(--line); }
.quote { font-weight: 600; }
.suggestion { color: var(--muted); margin-top: 2px; }
.times { color: var(--muted); }
.tag { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.keep { color: var(--good); }
.budget { pointer-events: auto; align-self: flex-end; margin: 0 0 4px; padding: 2px 8px; border-radius: 999px; font-size: 12px;
  background: var(--bg); color: var(--muted); border: 1px solid var(--line); box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
.budget.warn { color: var(--fg); border-color: var(--rework); font-weight: 600; }
.budget.warn::before { content: "⚠ "; color: var(--rework); }
.root.above .budget { margin: 4px 0 0; }
.actions { display: flex; justify-content: space-between; margin-top: 8px; gap: 8px; }
.link { background: none; border: 1px solid var(--line); border-radius: 6px; padding: 3px 8px; }
`;

interface Props {
  analysis: Analysis;
  budget: BudgetStatus | null;
  kind: 'post' | 'reply';
  now: number;
  open: boolean;
  onToggle: () => void;
  onDismiss: () => void;
  onClose: () => void;
}

function label(key: ScoreKey): string {
  return i18n.t(`overlay.${key}`);
}

function bandLabel(band: Band): string {
  return i18n.t(`overlay.band_${band}`);
}

function languageLine(a: Analysis): string {
  const name = i18n.t(`overlay.language_${a.rulesLanguage}`);
  return a.languageSource === 'default'
    ? i18n.t('overlay.scoredInDefault', [name])
    : i18n.t('overlay.scoredIn', [name]);
}

/** One cause, listed once however often it occurs; the editor underlines each occurrence. */
function FindingItem({ finding }: { finding: Finding }) {
  const times = repeats(finding);
  return (
    <li data-rule={finding.rule} data-spans={finding.spans.length}>
      <div class="tag">{label(finding.score)}</div>
      <div>
        {finding.message.text}
        {times > 1 && <span class="times"> ({times}×)</span>}
      </div>
      <div class="suggestion">→ {finding.suggestion.text}</div>
    </li>
  );
}

/** "2 of 3 today · last post 47 min ago", or the warning when this post would break the budget. */
export function budgetLine(
  b: BudgetStatus,
  kind: 'post' | 'reply',
  now: number,
): { text: string; warning: string | null } {
  if (kind === 'reply')
    return { text: i18n.t('overlay.budget_reply', [String(b.repliesToday)]), warning: null };
  const parts = [i18n.t('overlay.budget_today', [String(b.postsToday), String(b.perDay)])];
  if (b.lastPostAt !== null) parts.push(ago(now - b.lastPostAt));
  if (b.warning?.kind === 'over-budget') {
    return {
      text: i18n.t('overlay.budget_over', [String(b.postsToday + 1), String(b.perDay)]),
      warning: 'over-budget',
    };
  }
  if (b.warning?.kind === 'too-soon') {
    const wait = String(b.warning.minutesToWait ?? 0);
    return { text: i18n.t('overlay.budget_soon', [parts.join(' · '), wait]), warning: 'too-soon' };
  }
  return { text: parts.join(' · '), warning: null };
}

function ago(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return i18n.t('overlay.budget_ago_minutes', [String(minutes)]);
  const hours = Math.round(minutes / 60);
  return i18n.t('overlay.budget_ago_hours', [String(hours)]);
}

function BudgetLine({ budget, kind, now }: { budget: BudgetStatus; kind: 'post' | 'reply'; now: number }) {
  const line = budgetLine(budget, kind, now);
  return (
    <p
      class={`budget${line.warning ? ' warn' : ''}`}
      data-testid="steady-budget"
      data-warning={line.warning ?? undefined}
      role={line.warning ? 'alert' : 'status'}
    >
      {line.text}
    </p>
  );
}

function Panel({ analysis, budget, kind, now, open, onToggle, onDismiss, onClose }: Props) {
  const findings = [...analysis.findings].sort((a, b) => b.weight - a.weight);
  const kept = new Map(analysis.strengths.map((s) => [s.kind, s]));
  return (
    <div>
      {budget && <BudgetLine budget={budget} kind={kind} now={now} />}
      <div class="bar" role="toolbar" aria-label={i18n.t('overlay.label')}>
        {SCORE_KEYS.map((key) => {
          const s = analysis.scores[key];
          return (
            <button
              key={key}
              type="button"
              class={`badge ${s.band}`}
              data-score={key}
              aria-expanded={open}
              aria-label={i18n.t('overlay.badge', [label(key), String(s.value), bandLabel(s.band)])}
              title={`${label(key)}: ${s.value} / 100 · ${bandLabel(s.band)}`}
              onClick={trusted(onToggle)}
            >
              <span class="dot" aria-hidden="true" />
              <span class="short" aria-hidden="true">
                {i18n.t(`overlay.short_${key}`)}
              </span>
              <span aria-hidden="true">{s.value}</span>
            </button>
          );
        })}
      </div>
      {open && (
        <section class="panel" role="dialog" aria-label={i18n.t('overlay.label')}>
          <h2>{i18n.t('overlay.title')}</h2>
          <p class="meta" data-testid="steady-language">
            {languageLine(analysis)}
          </p>
          {findings.length === 0 ? (
            <p>{i18n.t('overlay.noFindings')}</p>
          ) : (
            <ul aria-label={i18n.t('overlay.suggestions')}>
              {findings.map((f) => (
                <FindingItem key={findingKey(f)} finding={f} />
              ))}
            </ul>
          )}
          {kept.size > 0 && (
            <ul aria-label={i18n.t('overlay.keep')}>
              {[...kept.values()].map((s) => (
                <li key={s.kind} class="keep">
                  ✓ {s.message.text}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" class="link" onClick={trusted(onDismiss)}>
              {i18n.t('overlay.hide')}
            </button>
            <button type="button" class="link" onClick={trusted(onClose)}>
              {i18n.t('overlay.close')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

export interface OverlayCallbacks {
  onDismiss: () => void;
}

export class Overlay {
  private host: HTMLElement | null = null;
  private root: HTMLDivElement | null = null;
  private anchor: HTMLElement | Element | null = null;
  private analysis: Analysis | null = null;
  private budget: BudgetStatus | null = null;
  #brand: BrandRef | null = null;
  private kind: 'post' | 'reply' = 'post';
  private open = false;
  private resizeObserver: ResizeObserver | null = null;
  private frame = 0;

  constructor(private readonly callbacks: OverlayCallbacks) {}

  /** Whether a node belongs to our UI (so our own changes never trigger a page scan). */
  contains(node: Node): boolean {
    return this.host !== null && (node === this.host || this.host.contains(node));
  }

  private mount(): HTMLDivElement {
    if (this.root && this.host?.isConnected) return this.root;
    const host = document.createElement(HOST_TAG);
    // Closed, and the reference is not kept: everything we need is reached through `root`.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const root = document.createElement('div');
    root.className = 'root';
    // Keep focus in the editor: clicks on our buttons must not blur the composer.
    root.addEventListener('mousedown', (e) => e.preventDefault());
    root.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape' && this.open) {
        this.open = false;
        this.paint();
        this.restoreFocus();
      }
    });
    shadow.append(style, root);
    document.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.resizeObserver = new ResizeObserver(() => this.reposition());
    return root;
  }

  /** The posting budget of the account in this composer (null: unknown or not loaded yet). */
  setBudget(budget: BudgetStatus | null, kind: 'post' | 'reply'): void {
    this.budget = budget;
    this.kind = kind;
    this.paint();
  }

  /** Whose rules scored the shown analysis (null: built-in rules only), for the panel to name. */
  get brand(): BrandRef | null {
    return this.#brand;
  }

  /** `brand`: whose rules scored the draft (null: built-in rules only), kept for the panel to name. */
  show(analysis: Analysis, anchor: HTMLElement | Element, brand: BrandRef | null = null): void {
    this.mount();
    if (this.anchor !== anchor) {
      if (this.anchor) this.resizeObserver?.unobserve(this.anchor);
      this.anchor = anchor;
      this.resizeObserver?.observe(anchor);
    }
    this.analysis = analysis;
    this.#brand = brand;
    this.paint();
  }

  /**
   * Opens the panel and focuses its first control (the user asked, with the keyboard command);
   * a second press closes it. Closing from the keyboard returns focus to the editor.
   */
  toggleFromKeyboard(): void {
    if (!this.analysis) return;
    this.open = !this.open;
    this.paint();
    if (this.open) {
      this.returnFocus = (this.anchor instanceof HTMLElement ? this.anchor : null) ?? null;
      this.root?.querySelector<HTMLElement>('.panel button, .badge')?.focus();
    } else {
      this.restoreFocus();
    }
  }

  private returnFocus: HTMLElement | null = null;

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  /** Milliseconds the last score took, on our own host for the benchmark (bench build only). */
  setTiming(ms: number): void {
    if (EXPOSE_TIMING && this.host) this.host.dataset.scoreMs = ms.toFixed(1);
  }

  hide(): void {
    this.analysis = null;
    this.#brand = null;
    this.open = false;
    if (this.root) render(null, this.root);
  }

  destroy(): void {
    this.hide();
    this.resizeObserver?.disconnect();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private paint(): void {
    const root = this.root;
    const analysis = this.analysis;
    if (!root || !analysis) return;
    root.classList.toggle('dark', isDark(this.anchor));
    render(
      <Panel
        analysis={analysis}
        budget={this.budget}
        kind={this.kind}
        now={Date.now()}
        open={this.open}
        onToggle={() => {
          this.open = !this.open;
          this.paint();
        }}
        onDismiss={() => this.callbacks.onDismiss()}
        onClose={() => {
          this.open = false;
          this.paint();
        }}
      />,
      root,
    );
    this.reposition();
  }

  /**
   * Follows the editor. The badges sit just above its top-right corner, where sites keep no
   * controls (the post button is below the editor on every one of the eight sites), and the
   * panel opens upwards from there; with no room above, both go below. Kept on screen, batched
   * to one update per frame.
   */
  reposition(): void {
    if (this.frame || !this.root || !this.anchor || !this.analysis) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const root = this.root;
      const anchor = this.anchor;
      if (!root || !anchor) return;
      const rect = anchor.getBoundingClientRect();
      const width = root.offsetWidth || 200;
      const bar = (root.querySelector('.bar') as HTMLElement | null)?.offsetHeight || 26;
      const panel = (root.querySelector('.panel') as HTMLElement | null)?.offsetHeight ?? 0;
      const left = Math.max(8, Math.min(rect.right - width, window.innerWidth - width - 8));
      // The badges go above the editor when they fit; the panel opens upwards only if it fits
      // there too, otherwise it drops down over the editor (it is open on request, Esc closes it).
      const above = rect.top - bar - 4 >= 8;
      const up = above && panel > 0 && rect.top - bar - panel - 10 >= 8;
      root.classList.toggle('above', up);
      let top: number;
      if (up) top = rect.top - 4 - root.offsetHeight;
      else if (above) top = rect.top - 4 - bar;
      else top = Math.min(rect.bottom + 4, window.innerHeight - bar - 8);
      root.style.left = `${Math.round(left)}px`;
      root.style.top = `${Math.round(Math.max(8, top))}px`;
    });
  }
}

/** The page's own scheme: the first opaque background behind the editor, by luminance. */
function isDark(anchor: Element | null): boolean {
  for (
    let el: Element | null = anchor;
    el;
    el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = getComputedStyle(el).backgroundColor;
    const m = bg.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
