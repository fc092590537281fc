import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvText, POST_LOG_FORMAT, postLogToCsv, postLogToJson } from './export';
import { event, logOf, settingsWithAcme } from './testing';

process.env.TZ = 'Europe/Amsterdam';

const AT = Date.parse('2024-05-15T00:30:00+02:00');

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('no CRLF after the last record');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-1', "'-1"],
    ['@acme', "'@acme"],
    ['\tcmd', "'\tcmd"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as they are and nothing as an empty field', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('csvText', () => {
  it.each([
    ['plain', '"plain"'],
    ['', '""'],
    ['=SUM(A1:A2)', '"\'=SUM(A1:A2)"'],
    // German and Dutch Excel split a comma file on ";": every formula start after a separator is guarded.
    ['Hallo;=1+1', '"Hallo;\'=1+1"'],
    ["x;=cmd|' /C calc'!A0", "\"x;'=cmd|' /C calc'!A0\""],
    ['a,+1', '"a,\'+1"'],
    ['tab\t-1', '"tab\t\'-1"'],
    ['line\n@acme', '"line\n\'@acme"'],
    ['say "hi"; a=b', '"say ""hi""; a=b"'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvText(input)).toBe(expected);
  });

  it('leaves no cell that starts with a formula character, whatever a reader splits on', () => {
    for (const input of ['Hallo;=1+1', "x;=cmd|' /C calc'!A0", '1,-2;+3\t@4\r\n=5']) {
      const cell = csvText(input);
      for (const separator of [',', ';', '\t', '\n', '\r']) {
        for (const part of cell.slice(1, -1).split(separator)) expect(part).not.toMatch(/^[=+\-@]/);
      }
    }
  });
});

describe('postLogToCsv', () => {
  const log = logOf(
    event(AT, { id: 'p1', text: 'Hello, "friends"\nWhat do you brew? ☕' }),
    event(AT + 60_000, { id: 'p2', kind: 'reply', scores: null, account: 'stranger' }),
    event(AT + 120_000, { id: 'p3', text: '=cmd|/c calc' }),
  );

  it('has a header and one record per event that a strict RFC 4180 reader reads back', () => {
    const text = postLogToCsv(log, settingsWithAcme());
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        'p1',
        '2024-05-14T22:30:00.000Z',
        '2024-05-15',
        'x',
        'acme',
        'acme',
        'post',
        '10',
        '20',
        '30',
        'Hello, "friends"\nWhat do you brew? ☕',
      ],
      ['p2', '2024-05-14T22:31:00.000Z', '2024-05-15', 'x', 'stranger', '', 'reply', '', '', '', ''],
      [
        'p3',
        '2024-05-14T22:32:00.000Z',
        '2024-05-15',
        'x',
        'acme',
        'acme',
        'post',
        '10',
        '20',
        '30',
        "'=cmd|/c calc",
      ],
    ]);
  });

  it('puts the local day next to the UTC time', () => {
    // 00:30 in Amsterdam is 22:30 UTC the day before; the budget counted it on the local day.
    const [, first] = parseCsv(postLogToCsv(log, settingsWithAcme()));
    expect(first?.[1]?.startsWith('2024-05-14')).toBe(true);
    expect(first?.[2]).toBe('2024-05-15');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(postLogToCsv(log, settingsWithAcme()).startsWith('id,')).toBe(true);
    expect(postLogToCsv(log, settingsWithAcme(), { bom: true }).startsWith('\uFEFFid,')).toBe(true);
  });

  it('quotes every text field of a record and guards formula starts after any separator', () => {
    const text = postLogToCsv(logOf(event(AT, { id: 'p9', text: 'Hallo;=1+1' })), settingsWithAcme());
    const record = text.split('\r\n')[1];
    expect(record).toBe(
      '"p9","2024-05-14T22:30:00.000Z","2024-05-15","x","acme","acme","post",10,20,30,"Hallo;\'=1+1"',
    );
  });

  it('never throws on a time no Date can hold', () => {
    const text = postLogToCsv(logOf(event(1e300, { id: 'far' })), settingsWithAcme());
    expect(parseCsv(text)[1]?.slice(0, 3)).toEqual(['far', '', '']);
  });

  it('writes only the header for an empty log', () => {
    expect(postLogToCsv(logOf(), settingsWithAcme())).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('postLogToJson', () => {
  it('writes the marker, version, export time and every event as stored', () => {
    const log = logOf(event(AT, { text: 'kept' }), event(AT + 1));
    const parsed: unknown = JSON.parse(postLogToJson(log, AT + 5000));
    expect(parsed).toEqual({
      format: POST_LOG_FORMAT,
      version: 1,
      exportedAt: new Date(AT + 5000).toISOString(),
      events: log.events,
    });
  });
});
