import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';
import { checkDataDir, DATA_FILES, resolveDataDir } from './datasets';

describe('parseCsv', () => {
  it.each([
    ['empty input', '', []],
    ['one field', 'a', [['a']]],
    ['simple record', 'a,b', [['a', 'b']]],
    [
      'LF records',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF records, no final newline',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['empty fields', ',a,,', [['', 'a', '', '']]],
    ['quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['escaped quotes', '"say ""hi""",STM', [['say "hi"', 'STM']]],
    ['only an escaped quote', '"""",x', [['"', 'x']]],
    ['empty quoted field', '"",x', [['', 'x']]],
    [
      'quoted line breaks',
      '"line1\r\nline2\nline3",QUE\r\nnext,STM',
      [
        ['line1\r\nline2\nline3', 'QUE'],
        ['next', 'STM'],
      ],
    ],
    ['blank line in the middle is one empty field', 'a\n\nb', [['a'], [''], ['b']]],
    ['lone CR stays in the field', 'a\rb,c', [['a\rb', 'c']]],
    ['byte-order mark', '\uFEFFa,b', [['a', 'b']]],
    ['quoted last field without newline', 'a,"b"', [['a', 'b']]],
    ['unicode and emoji', '"caf\u00e9 🎉, yes",STM', [['caf\u00e9 🎉, yes', 'STM']]],
  ])('%s', (_name, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });

  it.each([
    ['unterminated quote', '"abc,STM\nx,y', /unterminated quoted field \(line 1\)/],
    ['text after the closing quote', '"abc"d,STM', /after a closing quote/],
    ['quote inside an unquoted field', 'ab"c,STM', /quote inside an unquoted field/],
    ['error line counts quoted newlines', 'a\n"x\ny",b\nc"d', /line 4/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => parseCsv(input)).toThrow(CsvError);
    expect(() => parseCsv(input)).toThrow(message);
  });

  it('round-trips what a writer that quotes every field produces', () => {
    const records = [
      ['plain', 'STM'],
      ['with, comma', 'QUE'],
      ['with "quotes"', 'REQ'],
      ['multi\nline', 'SUG'],
      ['', 'OTH'],
    ];
    const csv = records.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    expect(parseCsv(csv)).toEqual(records);
  });

  const dir = resolveDataDir();
  it.runIf(checkDataDir(dir) === null)('parses tweet-acts.csv into 7,500 two-field rows', () => {
    const rows = parseCsv(readFileSync(join(dir, DATA_FILES.tweetActs), 'utf8'));
    expect(rows).toHaveLength(7500);
    expect(rows.every((r) => r.length === 2)).toBe(true);
  });
});
