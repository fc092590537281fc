/**
 * A strict RFC 4180 CSV parser: comma-separated fields, CRLF or LF record ends, fields optionally wrapped
 * in double quotes, `""` inside a quoted field is one literal quote, quoted fields may hold commas and line
 * breaks. tweet-acts.csv needs all of this (2,812 quote characters, CRLF line ends, no final newline), so a
 * `split(',')` would silently cut tweets that contain commas.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based physical line where the problem was found. */
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'CsvError';
  }
}

/**
 * Parses CSV text into records of fields. A final line break does not start an empty record; an empty
 * line in the middle is a record with one empty field, as RFC 4180 reads it. A quote inside an unquoted
 * field, text after a closing quote and an unterminated quoted field throw `CsvError` rather than
 * guessing, because a guess would silently mislabel rows.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let atFieldStart = true;
  let line = 1;
  let i = 0;

  const endRecord = (): void => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
    atFieldStart = true;
  };

  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && atFieldStart) {
      const startLine = line;
      let closed = false;
      i++;
      while (i < text.length) {
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      if (!closed) throw new CsvError('unterminated quoted field', startLine);
      const next = text[i];
      const endsField =
        next === undefined || next === ',' || next === '\n' || (next === '\r' && text[i + 1] === '\n');
      if (!endsField) throw new CsvError(`unexpected ${JSON.stringify(next)} after a closing quote`, line);
      atFieldStart = false;
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      endRecord();
      line++;
      i += ch === '\r' ? 2 : 1;
    } else if (ch === '"') {
      throw new CsvError('quote inside an unquoted field', line);
    } else {
      field += ch;
      atFieldStart = false;
      i++;
    }
  }
  // Input that does not end with a line break still has a last record; one that does, has no extra one.
  const lastChar = text[text.length - 1];
  if (text.length > 0 && lastChar !== '\n') endRecord();
  return records;
}
