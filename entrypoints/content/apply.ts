import { type Edit, type Fix, onBoundary } from '../../lib/apply/fix';
import { rangesFor, readEditorText } from '../../lib/sites/read-text';
import { type DraftSession, THREAD_SEPARATOR } from './session';

/**
 * Applies one fix (lib/apply/fix.ts) in the page's editor, only ever from the person's own click on
 * "Apply" (issue 10). Through the editor's own input path: select exactly the edit's range in the
 * editor, then `document.execCommand('insertText')`, which fires the `beforeinput`/`textInput` the
 * editor handles when the person types (Draft.js, Lexical, Quill, ProseMirror; a textarea keeps
 * React's value and the browser's undo). So the site's model, its undo (one step) and its character
 * counter follow. Nothing else is written: afterwards the editor is read again and, if its text is
 * not exactly the expected text, the caller says so; nothing is repaired or undone behind the
 * person's back.
 */

export type ApplyResult = 'applied' | 'mismatch' | 'stale' | 'unsupported';

/** Time for the editor to see the new selection (React's `onSelect`, Lexical, ProseMirror read it on `selectionchange`). */
const SELECTION_SETTLE_MS = 30;
/** Time for the editor to commit the input (Lexical and React re-render after the event). */
const COMMIT_MS = 120;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `insertText` with nothing to insert is not typing, and editors handle it unevenly: a removal (a
 * hashtag wall) is typed as the grapheme before it, re-typed over itself, so the edit is still one
 * insertion. The text that results is exactly the same.
 */
export function asInsertion(draft: string, edit: Edit): Edit {
  if (edit.text !== '' || edit.start === 0) return edit;
  let start = edit.start - 1;
  while (start > 0 && !onBoundary(draft, start)) start -= 1;
  return { start, end: edit.end, text: draft.slice(start, edit.start) };
}

export async function applyInEditor(session: DraftSession, fix: Fix, read: () => void): Promise<ApplyResult> {
  read(); // the draft as it is now
  const draft = session.text.peek();
  const parts = session.parts.peek();
  const edit = asInsertion(draft, fix.edit);
  if (draft.slice(0, fix.edit.start) + fix.edit.text + draft.slice(fix.edit.end) !== fix.expected)
    return 'stale';
  // The editor (thread item) that holds the whole edit.
  let base = 0;
  let index = -1;
  for (const [i, p] of parts.entries()) {
    if (edit.start >= base && edit.end <= base + p.text.length) {
      index = i;
      break;
    }
    base += p.text.length + THREAD_SEPARATOR.length;
  }
  const part = parts[index];
  const editor = session.composer.editors[index];
  if (!part || !editor) return 'unsupported';
  const start = edit.start - base;
  const end = edit.end - base;

  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
  } else {
    const ranges = rangesFor(part, start, end);
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    if (!first || !last) return 'unsupported';
    editor.focus({ preventScroll: true });
    // In a shadow root (LinkedIn's Quill) the root's own selection, where Chromium has one (Quill reads
    // that one too); the document's elsewhere.
    const selection =
      (
        editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null })
      ).getSelection?.() ?? document.getSelection();
    if (!selection) return 'unsupported';
    selection.setBaseAndExtent(first.startContainer, first.startOffset, last.endContainer, last.endOffset);
    await wait(SELECTION_SETTLE_MS);
  }
  // The editor may have moved on while the selection settled (the person typed): then do nothing.
  read();
  if (session.text.peek() !== draft) return 'stale';
  document.execCommand('insertText', false, edit.text);
  await wait(COMMIT_MS);
  const after = session.composer.editors.map((e) => readEditorText(e).text).join(THREAD_SEPARATOR);
  read();
  return after === fix.expected ? 'applied' : 'mismatch';
}
