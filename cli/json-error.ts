/**
 * Where a JSON text stops being JSON, as a line and column, for `--rules` (issue 10: "a JSON syntax
 * error in --rules names line and column"). Node 20's JSON.parse says "at position N" for most
 * errors, but not all: "Unexpected token 'x', "…" is not valid JSON" carries no position, and
 * "Unexpected end of JSON input" none either. So the position comes from the message when it has
 * one, else from a small scanner of the JSON grammar (RFC 8259) that stops where JSON.parse did.
 */

export interface JsonErrorPlace {
  /** UTF-16 offset of the first character that is not valid there (the text's length at an early end). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in characters (UTF-16 code units) from the start of the line. */
  column: number;
}

/** Line and column (both 1-based) of a UTF-16 offset; `\r\n` and `\n` end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse failed on `text`, from its message or, lacking one there, from `scanJson`. */
export function jsonErrorPlace(text: string, message: string): JsonErrorPlace | null {
  const m = /at position (\d+)/.exec(message);
  const offset = m
    ? Number(m[1])
    : /Unexpected end of JSON input/.test(message)
      ? text.length
      : scanJson(text);
  if (offset === null || offset > text.length) return null;
  return { offset, ...lineColumn(text, offset) };
}

/** JSON.parse's message without the copy of the input some messages carry (it may be long, or a secret). */
export function jsonErrorReason(message: string): string {
  return message
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '');
}

class Stop {
  constructor(readonly at: number) {}
}

/** Nesting deeper than this is not a brand rules file; the scanner gives up (no place) rather than recurse on. */
const MAX_DEPTH = 512;

/**
 * The offset of the first character where `text` stops being valid JSON, or null when it is valid
 * (or nested too deeply to say).
 */
export function scanJson(text: string): number | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) throw new Stop(Math.min(i + k, n));
    i += word.length;
  };
  const digits = () => {
    const from = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    if (i === from) throw new Stop(i);
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    i++; // the opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop(i);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop(i);
      } else i++;
    }
    throw new Stop(n);
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Stop(-1);
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') throw new Stop(i);
        string();
        ws();
        if (text[i] !== ':') throw new Stop(i);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new Stop(i);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new Stop(i);
      }
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else throw new Stop(i);
  };
  try {
    value(0);
    ws();
    return i < n ? i : null;
  } catch (e) {
    if (e instanceof Stop) return e.at < 0 ? null : e.at;
    throw e;
  }
}
