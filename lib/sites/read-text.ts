// Reads a composer's draft from the DOM, block by block, the way shared/SITES.md "Reading the draft text"
// describes, and remembers which text node every piece came from so a span of the text can be turned back
// into DOM ranges (CSS Custom Highlight API). Read-only: nothing here inserts, removes or changes a node, and
// StaticRange objects do not even register with the document.
import type { EditorText } from './types';

type Segment = EditorText['segments'][number];

// Node.ELEMENT_NODE / Node.TEXT_NODE: literals so the module can load outside a browser (vitest, CLI).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Elements that start a new line. Lexical, ProseMirror and Quill render one `<p>` per paragraph; Draft.js
 * renders `div[data-block]` > `div.public-DraftStyleDefault-block`; lists and quotes nest blocks.
 */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** Never part of the draft. */
const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Editor UI that lives inside the editable root but is not content: Lexical's block cursor
 * (`div[data-lexical-cursor]`, lexical 0.52 `$createBlockCursorElement`) would otherwise read as an empty
 * line; ProseMirror widget decorations (`.ProseMirror-widget`, e.g. collaboration carets) are not document text.
 */
const SKIP_SELECTOR = '[data-lexical-cursor], .ProseMirror-widget';

/** Draft.js blocks (`data-block` is set by DraftEditorContents-core / DraftEditorBlockNode). */
const DRAFT_BLOCK_SELECTOR = '[data-block="true"]';

/** Zero-width characters editors use as caret anchors (Quill's cursor blot \ufeff, Lexical's composition \u200b). */
const ZERO_WIDTH = /[\u200b\ufeff]/;

/** Source-formatting whitespace (a newline plus indentation), as server-rendered HTML has between blocks. */
const FORMATTING_WHITESPACE = /^[ \t\r]*\n[ \t\r\n]*$/;

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** `<textarea>` and `<input>`: the value is the text (Mastodon, old Reddit, X mobile web). */
function isTextControl(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

interface TextPiece {
  node: Text;
  /** Runs of kept characters: [offset in node.data, length]. */
  runs: Array<[number, number]>;
}
type Piece = TextPiece | 'br';

/** Splits a text node into runs that skip zero-width characters; [] when nothing is left. */
function runsOf(node: Text): Array<[number, number]> {
  const data = node.data;
  if (data.length === 0) return [];
  if (!ZERO_WIDTH.test(data)) return [[0, data.length]];
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const drop = code === 0x200b || code === 0xfeff;
    if (drop) {
      if (runStart >= 0) runs.push([runStart, i - runStart]);
      runStart = -1;
    } else if (runStart < 0) {
      runStart = i;
    }
  }
  if (runStart >= 0) runs.push([runStart, data.length - runStart]);
  return runs;
}

class TextBuilder {
  private readonly chunks: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private blocks = 0;
  /** The pieces of the block being read; null between blocks. */
  private current: Piece[] | null = null;

  constructor(private readonly draft: boolean) {}

  text(node: Text): void {
    const runs = runsOf(node);
    if (runs.length === 0) return;
    if (this.current === null) this.current = [];
    this.current.push({ node, runs });
  }

  br(): void {
    if (this.current === null) this.current = [];
    this.current.push('br');
  }

  /** A block element starts: inline content read so far becomes its own line. */
  openBlock(): void {
    if (this.current !== null && this.current.length > 0) this.flush();
    if (this.current === null) this.current = [];
  }

  /** A block element ends: its line is complete (an empty block is an empty line). */
  closeBlock(): void {
    if (this.current !== null) this.flush();
  }

  finish(): EditorText {
    if (this.current !== null && this.current.length > 0) this.flush();
    return { text: this.chunks.join(''), segments: this.segments };
  }

  private flush(): void {
    const pieces = this.current ?? [];
    this.current = null;
    // A trailing <br> is the caret placeholder of an empty line: Quill `<p><br></p>`, Draft.js
    // `<br data-text="true">`, Lexical's managed line break, ProseMirror's `br.ProseMirror-trailingBreak`.
    if (pieces[pieces.length - 1] === 'br') pieces.pop();
    const last = pieces[pieces.length - 1];
    if (this.draft && last !== undefined && last !== 'br') {
      // DraftEditorLeaf.react.js: "If the leaf is at the end of its block and ends in a soft newline,
      // append an extra line feed character" — the DOM holds one '\n' more than the model.
      const lastRun = last.runs[last.runs.length - 1];
      if (lastRun && last.node.data.charCodeAt(lastRun[0] + lastRun[1] - 1) === 10) {
        lastRun[1] -= 1;
        if (lastRun[1] === 0) last.runs.pop();
      }
    }
    if (this.blocks > 0) this.push('\n');
    this.blocks += 1;
    for (const piece of pieces) {
      if (piece === 'br') {
        this.push('\n');
        continue;
      }
      const data = piece.node.data;
      for (const [offset, length] of piece.runs) {
        this.segments.push({ node: piece.node, start: this.length, nodeOffset: offset, length });
        this.push(offset === 0 && length === data.length ? data : data.slice(offset, offset + length));
      }
    }
  }

  private push(chunk: string): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
}

function skipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName) || el.matches(SKIP_SELECTOR);
}

function isBlock(node: Node | null): boolean {
  return node !== null && isElement(node) && BLOCK_TAGS.has(node.tagName);
}

/**
 * A whitespace-only text node with a newline next to a block element is markup formatting, not a line of
 * the draft: editors never put text between their blocks (defensive, for server-rendered editor markup).
 */
function isFormatting(node: Text): boolean {
  return (
    FORMATTING_WHITESPACE.test(node.data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling))
  );
}

/** Reads `parent`'s children with block structure: block elements become lines. */
function walkBlocks(parent: Node, out: TextBuilder): void {
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (isText(child)) {
      if (!isFormatting(child)) out.text(child);
    } else if (isElement(child)) {
      if (child.tagName === 'BR') out.br();
      else if (skipped(child)) continue;
      else if (BLOCK_TAGS.has(child.tagName)) {
        out.openBlock();
        walkBlocks(child, out);
        out.closeBlock();
      } else {
        walkBlocks(child, out);
      }
    }
  }
}

/** Reads `parent`'s descendants as one line's content (inside a Draft.js block). */
function walkInline(parent: Node, out: TextBuilder): void {
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (isText(child)) out.text(child);
    else if (isElement(child)) {
      if (child.tagName === 'BR') out.br();
      else if (!skipped(child)) walkInline(child, out);
    }
  }
}

/**
 * The draft of one editor. `<textarea>`/`<input>`: its value, no segments. Contenteditable: block by
 * block (Draft.js `[data-block="true"]`, else `<p>` and other block children), `<br>` = '\n' except a
 * trailing one, blocks joined with '\n', zero-width characters dropped. Never modifies the DOM.
 */
export function readEditorText(editor: HTMLElement): EditorText {
  if (isTextControl(editor)) return { text: editor.value, segments: [] };
  const draftBlocks = editor.querySelectorAll(DRAFT_BLOCK_SELECTOR);
  if (draftBlocks.length > 0) {
    const out = new TextBuilder(true);
    for (const block of draftBlocks) {
      out.openBlock();
      walkInline(block, out);
      out.closeBlock();
    }
    return out.finish();
  }
  const out = new TextBuilder(false);
  walkBlocks(editor, out);
  return out.finish();
}

/**
 * DOM ranges covering `text.text.slice(start, end)`: one StaticRange per text-node piece (line breaks have
 * no text node, so they fall between ranges). Empty for a textarea (no segments) or an empty span.
 * StaticRange never mutates or observes the DOM; `new Range()` + setStart/setEnd gives a live one if needed.
 */
export function rangesFor(text: EditorText, start: number, end: number): StaticRange[] {
  const ranges: StaticRange[] = [];
  if (!(end > start)) return ranges;
  const segments = text.segments;
  // First segment that ends after `start` (segments are in text order).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const segment = segments[mid];
    if (segment !== undefined && segment.start + segment.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length; i++) {
    const segment = segments[i];
    if (segment === undefined || segment.start >= end) break;
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.start + segment.length) - segment.start;
    if (to <= from) continue;
    ranges.push(
      new StaticRange({
        startContainer: segment.node,
        startOffset: segment.nodeOffset + from,
        endContainer: segment.node,
        endOffset: segment.nodeOffset + to,
      }),
    );
  }
  return ranges;
}
