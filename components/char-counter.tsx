import { i18n } from '#i18n';
import type { CharCount } from '../lib/count/types';
import { counterModel } from './count-model';

/** The language the UI is rendered in, for the digits and separators of the figure. */
function uiLang(): string {
  return i18n.t('ui.htmlLang') || 'en';
}

/** How the site counts, for the counter's tooltip (lib/count/count.ts has the rules and their sources). */
function howCounted(c: CharCount): string {
  switch (c.unit) {
    case 'weighted':
      return i18n.t('count.how_weighted');
    case 'graphemes':
      return c.platform === 'mastodon' ? i18n.t('count.how_mastodon') : i18n.t('count.how_graphemes');
    case 'utf16':
      return c.platform === 'reddit' ? i18n.t('count.how_reddit') : i18n.t('count.how_utf16');
  }
}

/** "49 characters left" / "12 over the limit", and the hashtags when Instagram's 30 are near or passed. */
export function counterWords(c: CharCount, lang = uiLang()): string {
  const m = counterModel(c, lang);
  const n = new Intl.NumberFormat(lang);
  const words = [
    m.over > 0
      ? i18n.t('count.over', m.over, [n.format(m.over)])
      : i18n.t('count.left', m.left, [n.format(m.left)]),
  ];
  if (m.hashtags)
    words.push(
      m.hashtags.over > 0
        ? i18n.t('count.hashtags_over', m.hashtags.over, [
            String(m.hashtags.used),
            String(m.hashtags.limit),
            String(m.hashtags.over),
          ])
        : i18n.t('count.hashtags_near', [String(m.hashtags.used), String(m.hashtags.limit)]),
    );
  return words.join(' · ');
}

/**
 * The draft's length as its site counts it: "231 / 280 · 49 characters left", amber from 90% of the
 * limit, red past it, and always in words as well (never colour alone). Not a live region: it
 * changes with every keystroke.
 *
 * `compact` is the overlay's dock, next to the score badges: there it appears only near or over the
 * limit (nothing while the draft is well within it). Shown always, it made the dock too wide for a
 * phone-width page (390 px: the badges collapsed into the handle, `npm run screenshots`); the open
 * panel and the popup show it always.
 */
export function CharCounter({ count, compact = false }: { count: CharCount; compact?: boolean }) {
  const lang = uiLang();
  const m = counterModel(count, lang);
  const part = count.part
    ? i18n.t('count.part', [String(count.part.index + 1), String(count.part.of)])
    : null;
  if (compact && m.state === 'ok') return null;
  return (
    <span
      class={`sc-counter sc-${m.state}${compact ? ' sc-compact' : ''}`}
      data-testid="steady-chars"
      data-state={m.state}
      title={howCounted(count)}
    >
      <style>{CHAR_COUNTER_CSS}</style>
      <span class="sc-vh">{i18n.t('count.label')}: </span>
      {part && <span class="sc-part">{part}: </span>}
      <span class="sc-figure">{m.figure}</span>
      <span class="sc-words">
        {m.state === 'over' ? ' ⚠ ' : ' · '}
        {counterWords(count, lang)}
      </span>
    </span>
  );
}

/**
 * Carried inside the component (a <style> of its own), so the overlay's shadow root and the popup
 * need no stylesheet change. Colours from the host's variables where it has them (the overlay's
 * `--consider`/`--rework`), with the popup's own for light and dark otherwise.
 */
export const CHAR_COUNTER_CSS = `
.sc-counter { --sc-near: #7a4d00; --sc-near-bg: #fff4c2; --sc-over: #a40e26; --sc-over-bg: #ffebe9;
  font-variant-numeric: tabular-nums; color: var(--muted); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .sc-counter { --sc-near: #f2cc60; --sc-near-bg: #3a2a00; --sc-over: #ffa3ab; --sc-over-bg: #3d0d14; }
}
.sc-figure { font-weight: 600; }
.sc-near { color: var(--consider, var(--sc-near)); }
.sc-over { color: var(--rework, var(--sc-over)); }
.sc-near .sc-figure, .sc-over .sc-figure, .sc-over .sc-words { font-weight: 700; }
.sc-compact { display: inline-flex; align-items: center; gap: 0.3em; align-self: stretch; padding: 2px 8px; border-radius: 8px;
  font-size: 12px; border: 1px solid var(--line, currentColor); background: var(--bg);
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
.sc-compact.sc-near { background: var(--consider-bg, var(--sc-near-bg)); border-color: currentColor; }
.sc-compact.sc-over { background: var(--rework-bg, var(--sc-over-bg)); border-color: currentColor; }
.sc-vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
