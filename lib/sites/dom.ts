// Small read-only DOM helpers shared by the site adapters. No selectors live here: every site's selectors
// stay in its own table (lib/sites/<site>.ts).
import type { Composer, SiteAdapter } from './types';

/** Rendered: `display: none` (also through an ancestor or the `hidden` attribute) gives no client rects. */
export function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** Visible matches of `selector` under `root`, in document order, without duplicates. */
export function visibleAll(root: ParentNode, selector: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (isVisible(el) && !found.includes(el)) found.push(el);
  }
  return found;
}

/**
 * The match of `selector` nearest to `from`: searched in `from`'s parent, then its parent, and so on up to
 * and including `boundary`. Keeps an editor and its button in the same composer when a container holds
 * several (X's primaryColumn, Reddit's page).
 */
export function nearest(from: Element, boundary: Element, selector: string): HTMLElement | null {
  for (let node = from.parentElement; node !== null; node = node.parentElement) {
    const match = node.querySelector<HTMLElement>(selector);
    if (match !== null) return match;
    if (node === boundary) break;
  }
  return null;
}

/** The nearest ancestor (or `el` itself) matching `selector` for which `accept` holds. */
export function closestWhere(
  el: Element,
  selector: string,
  accept: (candidate: HTMLElement) => boolean,
): HTMLElement | null {
  let candidate = el.closest<HTMLElement>(selector);
  while (candidate !== null) {
    if (accept(candidate)) return candidate;
    candidate = candidate.parentElement?.closest<HTMLElement>(selector) ?? null;
  }
  return null;
}

/** The nearest ancestor (or `el` itself) for which `accept` holds. */
export function ancestorWhere(el: Element, accept: (candidate: HTMLElement) => boolean): HTMLElement | null {
  return closestWhere(el, '*', accept);
}

/** Whitespace-collapsed, trimmed text of an element (button labels). */
export function labelText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first match of `selector` under `root` whose text is one of `texts` (localized button labels). */
export function byText(root: ParentNode, selector: string, texts: readonly string[]): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (texts.includes(labelText(el))) return el;
  }
  return null;
}

/**
 * The editor element behind a match: the match itself when it is editable (contenteditable, textarea,
 * input), else the first editable descendant (X's testid on a wrapper around a textarea or Lexical root).
 */
export function editableIn(match: HTMLElement, inner: string): HTMLElement | null {
  if (match.isContentEditable || match.tagName === 'TEXTAREA' || match.tagName === 'INPUT') return match;
  return match.querySelector<HTMLElement>(inner);
}

/** Groups editors by container, keeping document order of first appearance and of the editors. */
export function groupBy(
  editors: readonly HTMLElement[],
  containerOf: (editor: HTMLElement) => Element | null,
): Map<Element, HTMLElement[]> {
  const groups = new Map<Element, HTMLElement[]>();
  for (const editor of editors) {
    const container = containerOf(editor);
    if (container === null) continue;
    const list = groups.get(container);
    if (list) {
      if (!list.includes(editor)) list.push(editor);
    } else {
      groups.set(container, [editor]);
    }
  }
  return groups;
}

/** Sorts composers by the document position of their first editor (modal portals come last). */
export function inDocumentOrder(composers: Composer[]): Composer[] {
  return composers.sort((a, b) => {
    const x = a.editors[0];
    const y = b.editors[0];
    if (!x || !y || x === y) return 0;
    // 4 = Node.DOCUMENT_POSITION_FOLLOWING (literal: loads outside a browser).
    return x.compareDocumentPosition(y) & 4 ? -1 : 1;
  });
}

/**
 * Ctrl/Cmd+Enter as X and Mastodon test it: `keyCode === 13` (so NumpadEnter too) with Ctrl or Meta.
 * Never during an IME composition, where Enter confirms the composed characters.
 */
export function isCommandEnter(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && (e.key === 'Enter' || e.keyCode === 13) && !e.isComposing;
}

/** The first non-empty rendered line of an element (LinkedIn's actor button: actor, then audience). */
export function firstLine(el: HTMLElement): string {
  const text = el.innerText || el.textContent || '';
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

/** The first path segment of a same-site link's href (`/steady.brand/` ⇒ `steady.brand`), or ''. */
export function hrefSegment(link: Element | null, pattern: RegExp): string {
  const href = link?.getAttribute('href') ?? '';
  let path = href;
  try {
    path = new URL(href, 'https://invalid.example').pathname;
  } catch {
    return '';
  }
  return pattern.exec(path)?.[1] ?? '';
}

/**
 * The part of an adapter that only depends on the site's hostnames: manifest match patterns,
 * detection by hostname, and the document as the only root to observe.
 */
export function hostsAdapter(hosts: readonly string[]): Pick<SiteAdapter, 'matches' | 'detect' | 'roots'> {
  return {
    matches: hosts.map((host) => `https://${host}/*`),
    detect: (_doc, location) => hosts.includes(location.hostname),
    roots: (doc) => [doc],
  };
}
