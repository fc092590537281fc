import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, jsonErrorReason, lineColumn, scanJson } from './json-error';

function placeOf(text: string) {
  try {
    JSON.parse(text);
  } catch (e) {
    return jsonErrorPlace(text, e instanceof Error ? e.message : String(e));
  }
  throw new Error('valid JSON');
}

describe('jsonErrorPlace', () => {
  it.each([
    // text, line, column (1-based): counted by hand
    ['{\n  "banned": ["a",]\n}', 2, 18], // a trailing comma: the "]" after it
    ['{\n  "banned": [\n    "a"\n    "b"\n  ]\n}', 4, 5], // a missing comma: the second string
    ['{"a": }', 1, 7], // "Unexpected token" (no position in Node 20's message)
    ['{"a": 1,}', 1, 9], // a property name expected
    ['{"a": "x', 1, 9], // an unterminated string: the end of the input
    ['{"a": 1', 1, 8], // the end of the input
    ['', 1, 1],
    ['{"a": 1} x', 1, 10], // something after the JSON
    ['{\r\n  "a": tru\r\n}', 2, 11], // CRLF line ends; a cut-off literal: where it stops
    ["{'a': 1}", 1, 2], // single quotes
    ['{"a": "é\u0001"}', 1, 9], // a raw control character inside a string
  ])('%j → line %i, column %i', (text, line, column) => {
    expect(placeOf(text)).toMatchObject({ line, column });
  });

  it('agrees with JSON.parse wherever its message gives the position', () => {
    for (const text of [
      '{"a":1,}',
      '[1 2]',
      '{"a": "x',
      '{"a":1} x',
      '{"a": [1, 2,, 3]}',
      '{"a":-}',
      '{"a":01}',
    ]) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (e) {
        message = e instanceof Error ? e.message : '';
      }
      const m = /at position (\d+)/.exec(message);
      if (m) expect(scanJson(text), text).toBe(Number(m[1]));
    }
  });

  it('finds nothing wrong in valid JSON, and gives up on absurd nesting instead of overflowing', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]}', ' 1 ', '"x"'])
      expect(scanJson(text)).toBeNull();
    expect(scanJson(`${'['.repeat(100_000)}x`)).toBeNull();
  });

  it('drops the copy of the input from the reason', () => {
    expect(jsonErrorReason(`Unexpected token '}', "{"secret": }" is not valid JSON`)).toBe(
      "Unexpected token '}'",
    );
    expect(jsonErrorReason('Expected double-quoted property name in JSON at position 7')).toBe(
      'Expected double-quoted property name',
    );
    expect(jsonErrorReason('Unexpected end of JSON input')).toBe('Unexpected end of JSON input');
  });

  it('lineColumn counts from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('ab\ncd', 5)).toEqual({ line: 2, column: 3 });
  });
});
