import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Io, run } from './main';

async function cli(
  argv: string[],
  stdin: string | Uint8Array = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    readStdin: async () => stdin,
    color: false,
  };
  const code = await run(argv, io);
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'steady-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('steady score', () => {
  it('prints one JSON object per input draft, in order, with the contract fields', async () => {
    const path = file(
      'drafts.jsonl',
      [
        JSON.stringify({ text: 'Buy now!!! Last chance, link in bio' }),
        '',
        JSON.stringify({
          text: 'Wir freuen uns, Ihnen unser neues Produkt vorzustellen.',
          lang: 'de',
          platform: 'linkedin',
        }),
        JSON.stringify({ text: 'Which roast do you drink in the morning?' }),
      ].join('\n'),
    );
    const { code, out, err } = await cli(['score', '--file', path, '--format', 'jsonl']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(lines[1].language).toBe('de');
    for (const l of lines) {
      expect(Object.keys(l.scores).sort()).toEqual(['broadcast', 'missingValue', 'pushiness']);
      expect(['good', 'consider', 'rework']).toContain(l.band);
      for (const f of l.findings) {
        expect(Object.keys(f).sort()).toEqual([
          'end',
          'level',
          'message',
          'rule',
          'score',
          'spans',
          'start',
          'suggestion',
          'text',
        ]);
        expect(f.spans[0]).toEqual({ start: f.start, end: f.end, text: f.text });
      }
    }
    const pushy = lines[0];
    expect(pushy.scores.pushiness).toBeGreaterThan(50);
    const cta = pushy.findings.find((f: { rule: string }) => f.rule === 'call-to-action');
    expect(cta.text).toBe('Buy now');
    expect(cta.start).toBe(0);
  });

  it('reads one draft per line from a text file and from stdin', async () => {
    const path = file('drafts.txt', 'First draft here\n\nSecond draft here\n');
    const fromFile = await cli(['score', '-f', path, '--format', 'json']);
    expect(JSON.parse(fromFile.out)).toHaveLength(2);
    const fromStdin = await cli(
      ['score', '--file', '-', '--format', 'jsonl'],
      '{"text":"a b c d"}\n{"text":"e f g h"}\n',
    );
    expect(fromStdin.out.trim().split('\n')).toHaveLength(2);
  });

  it('prints a readable report with the words marked', async () => {
    const { code, out } = await cli(['score', 'Buy now and save!']);
    expect(code).toBe(0);
    expect(out).toContain('[[Buy now]]');
    expect(out).toMatch(/pushiness\s+\d+/);
    expect(out).toContain('→');
  });

  it('reports a repeated cause once, with every span, in JSON and in the text report', async () => {
    const draft = 'Cheap beans, cheap cups and a CHEAP grinder.';
    const rules = file('cheap.json', JSON.stringify({ banned: ['cheap'] }));
    const json = JSON.parse((await cli(['score', '--rules', rules, '--format', 'jsonl', draft])).out);
    const banned = json.findings.filter((f: { rule: string }) => f.rule === 'brand:banned:0');
    expect(banned).toHaveLength(1);
    expect(banned[0].spans).toEqual([
      { start: 0, end: 5, text: 'Cheap' },
      { start: 13, end: 18, text: 'cheap' },
      { start: 30, end: 35, text: 'CHEAP' },
    ]);
    const { out } = await cli(['score', '--rules', rules, draft]);
    expect(out).toContain('[[Cheap]] beans, [[cheap]] cups and a [[CHEAP]] grinder.');
    expect(out.match(/brand:banned:0/g)).toHaveLength(1);
    expect(out).toContain('(3 places)');
  });

  it('writes the suggestions in the register of --register or the rules file, and flags a mix', async () => {
    const draft = 'Wir freuen uns, Ihnen unser neues Brot vorzustellen. Jetzt kaufen!';
    const score = async (args: string[]) =>
      JSON.parse((await cli(['score', '--lang', 'de', '--format', 'jsonl', ...args, draft])).out);
    const cta = (r: { findings: Array<{ rule: string; suggestion: string }> }) =>
      r.findings.find((f) => f.rule === 'call-to-action')?.suggestion;
    const asDraft = await score([]);
    expect(asDraft.register).toBe('sie');
    expect(cta(asDraft)).toMatch(/^Behalten Sie /);
    const du = await score(['--register', 'de=du,nl=je']);
    expect(du.register).toBe('du');
    expect(cta(du)).toMatch(/^Behalte /);
    const rules = file('du.json', JSON.stringify({ register: { de: 'du' } }));
    expect((await score(['--rules', rules])).register).toBe('du');
    // The flag wins over the file; "auto" follows the draft again.
    expect((await score(['--rules', rules, '--register', 'de=auto'])).register).toBe('sie');
    const mixed = JSON.parse(
      (
        await cli([
          'score',
          '--format',
          'jsonl',
          '--register',
          'de=du',
          'Sichern Sie sich jetzt Ihren Platz im Workshop, wir freuen uns auf dich!',
        ])
      ).out,
    );
    const flagged = mixed.findings.find((f: { rule: string }) => f.rule === 'mixed-register');
    expect(flagged.spans.map((s: { text: string }) => s.text)).toEqual(['Sie', 'Ihren']);
  });

  it('applies brand rules and their thresholds', async () => {
    const rules = file('brand.json', JSON.stringify({ banned: ['cheap'], limits: { hashtags: 1 } }));
    const { out } = await cli(['score', '--rules', rules, '--format', 'jsonl', 'Cheap coffee #a #b #c']);
    const result = JSON.parse(out);
    expect(result.findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['brand:banned:0', 'brand:limit:hashtags']),
    );
  });

  it('exits 1 with --fail-on when a draft reaches the band', async () => {
    expect(
      (await cli(['score', '--fail-on', 'rework', 'BUY NOW!!! LAST CHANCE!!! 🔥🔥🔥🔥🔥 link in bio'])).code,
    ).toBe(1);
    expect((await cli(['score', '--fail-on', 'rework', 'Which roast do you drink?'])).code).toBe(0);
  });

  describe('content calendars (issue 10)', () => {
    const CALENDAR = [
      'BUY NOW!!! LAST CHANCE!!! 🔥🔥🔥🔥🔥 link in bio',
      '',
      'Which roast do you drink in the morning?',
      'We are SO excited to announce our new app! Download now',
      'Which roast do you drink in the morning? Our tip: grind just before brewing, it keeps the aroma.',
    ].join('\n');

    it('--fail-on names each draft that reached the band and why, one line each on stderr, then exits 1', async () => {
      const path = file('calendar.txt', CALENDAR);
      const { code, out, err } = await cli([
        'score',
        '--file',
        path,
        '--format',
        'jsonl',
        '--fail-on',
        'rework',
      ]);
      expect(code).toBe(1);
      // stdout stays the JSON lines, every draft; the reasons go to stderr.
      expect(
        out
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).line),
      ).toEqual([1, 3, 4, 5]);
      const lines = err.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^steady: line 1: rework · pushiness \d+.* · call-to-action "BUY NOW"/);
      expect(lines[1]).toMatch(/^steady: line 4: rework · broadcast tone \d+/);
      expect(lines[1]).toContain('announcement-formula "We are SO excited to announce"');
      // At most three reasons, one per rule.
      for (const l of lines) {
        const reasons = (l.split(' · ').at(-1) ?? '').split('; ');
        expect(reasons.length).toBeLessThanOrEqual(3);
        expect(new Set(reasons.map((r) => r.split(' ')[0])).size).toBe(reasons.length);
      }
      // The "consider" draft is named only when the band asked for is consider.
      const consider = await cli(['score', '--file', path, '--summary', '--fail-on', 'consider']);
      expect(consider.err).toMatch(/^steady: line 3: consider/m);
      expect(consider.err.trim().split('\n')).toHaveLength(3);
      // Nothing reached: exit 0 and nothing on stderr.
      const calm = await cli(['score', '--fail-on', 'rework', 'Which roast do you drink?']);
      expect(calm).toMatchObject({ code: 0, err: '' });
      const single = await cli(['score', '--fail-on', 'rework', 'BUY NOW!!! LAST CHANCE!!! link in bio']);
      expect(single.err).toMatch(/^steady: the draft: rework/);
    });

    it('ends the text report with a summary; --summary prints only that', async () => {
      const path = file('calendar2.txt', CALENDAR);
      const { code, out } = await cli(['score', '--file', path]);
      expect(code).toBe(0);
      expect(out.trimEnd().split('\n').at(-1)).toBe('4 drafts: 2 rework · 1 consider · 1 good');
      const summary = await cli(['score', '--file', path, '--summary']);
      expect(summary.out).toBe('4 drafts: 2 rework · 1 consider · 1 good\n');
      const json = await cli(['score', '--file', path, '--summary', '--format', 'json']);
      expect(JSON.parse(json.out)).toEqual({ drafts: 4, rework: 2, consider: 1, good: 1 });
      expect((await cli(['score', '--summary', 'Which roast do you drink?'])).out).toMatch(
        /^1 draft: 0 rework · \d consider · \d good\n$/,
      );
    });

    it("gives each draft's length as its platform counts it, in JSON and in the report", async () => {
      const path = file(
        'lengths.jsonl',
        [
          JSON.stringify({ text: `日本語 https://example.com/${'a'.repeat(300)}`, platform: 'x' }),
          JSON.stringify({ text: `${'#tag '.repeat(31)}`, platform: 'instagram' }),
          JSON.stringify({ text: 'no platform' }),
        ].join('\n'),
      );
      const rows = (await cli(['score', '--file', path, '--format', 'jsonl'])).out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(rows[0].chars).toMatchObject({ platform: 'x', used: 6 + 1 + 23, limit: 280, state: 'ok' });
      expect(rows[1].chars.extra).toEqual([{ kind: 'hashtags', used: 31, limit: 30, state: 'over' }]);
      expect(rows[2].chars).toBeNull();
      const report = (await cli(['score', '--platform', 'x', 'a'.repeat(292)])).out;
      expect(report).toMatch(/length\s+292 \/ 280 on X · 12 over the limit/);
      expect((await cli(['score', '--platform', 'linkedin', 'hello'])).out).toMatch(
        /length\s+5 \/ 3,000 on LinkedIn · 2,995 characters left/,
      );
    });

    it.each([
      ['{\n  "banned": ["cheap",]\n}', 2, 22],
      ['{\n  "banned": ["cheap"]\n  "limits": {}\n}', 3, 3],
      ['{"banned": }', 1, 12],
      ['{"banned": ["cheap"]', 1, 21],
    ])('names the line and column of a JSON syntax error in --rules: %j', async (content, line, column) => {
      const rules = file('syntax.json', content);
      const { code, err, out } = await cli(['score', '--rules', rules, 'x']);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`syntax.json: not valid JSON at line ${line}, column ${column} (`);
      expect(err.trim().split('\n')).toHaveLength(1);
      // The reason, never a copy of the file.
      expect(err).not.toContain('is not valid JSON');
    });
  });

  it.each([
    [['score'], /give a draft/],
    [['score', '--format', 'xml', 'x'], /--format must be one of/],
    [['score', '--lang', 'fr', 'x'], /--lang must be one of/],
    [['score', '--register', 'de=je', 'x'], /--register de must be one of auto, sie, du; got "je"/],
    [['score', '--register', 'fr=tu', 'x'], /--register takes de=… and nl=…; got "fr=tu"/],
    [['score', '--bogus', 'x'], /unknown option/],
    [['frobnicate'], /unknown command/],
    [['score', '--file', '/no/such/file.txt'], /cannot read \/no\/such\/file.txt: no such file/],
    [['score', '--file'], /--file needs a value/],
  ])('exits 2 with one clear line for %j', async (argv, message) => {
    const { code, err, out } = await cli(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(out).toBe('');
  });

  it('names the line of a malformed JSONL draft', async () => {
    const path = file('bad.jsonl', '{"text":"ok"}\n{"text": oops}\n');
    const { code, err } = await cli(['score', '--file', path, '--format', 'jsonl']);
    expect(code).toBe(2);
    expect(err).toMatch(/bad.jsonl line 2: not valid JSON/);
  });

  it.each([
    ['{"text": 5}', /"text" must be a string/],
    ['[1,2]', /expected a JSON object/],
    ['{"text":"x","lang":"fr"}', /"lang" must be one of/],
    ['{"text":"x","platform":"myspace"}', /"platform" must be one of/],
  ])('rejects the JSONL line %s', async (line, message) => {
    const path = file('line.jsonl', `${line}\n`);
    const { code, err } = await cli(['score', '--file', path]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('names the field of invalid brand rules', async () => {
    const rules = file(
      'rules.json',
      JSON.stringify({ banned: [{ pattern: '(unclosed' }], limits: { hashtags: -1 } }),
    );
    const { code, err } = await cli(['score', '--rules', rules, 'x']);
    expect(code).toBe(2);
    expect(err).toMatch(/banned\[0\]\.pattern is not a valid regular expression/);
    expect(err).toMatch(/limits\.hashtags must not be negative/);
  });

  it('scores a 1 MB single-line input and says it was cut', async () => {
    const path = file('big.txt', `${'Our amazing sale ends tonight, buy now. '.repeat(26_000)}\n`);
    const { code, out } = await cli(['score', '--file', path, '--format', 'jsonl']);
    expect(code).toBe(0);
    expect(JSON.parse(out).truncated).toBe(true);
  });

  it('prints help', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/usage: steady score/);
    expect(out).toMatch(/--register LIST/);
  });

  it('shows control and escape sequences in a draft as visible symbols, never raw', async () => {
    const draft = 'Buy now \x1b]0;pwned\x07 \x1b[2J\rgone \u202eevil \x9b31m';
    const plain = await cli(['score', draft]);
    expect(plain.out).not.toMatch(/(?![\t\n])\p{Cc}|\u202e/u);
    expect(plain.out).toContain('␛]0;pwned␇ ␛[2J␍gone');
    // With colours on, the only escapes are the report's own (colour, bold, underline).
    const color = await cli(['score', draft]).then(async () => {
      let out = '';
      await run(['score', draft], {
        stdout: (s) => {
          out += s;
        },
        stderr: () => {},
        readStdin: async () => '',
        color: true,
      });
      return out;
    });
    const ownEscapes = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
    expect(color.replace(ownEscapes, '')).not.toMatch(/(?![\t\n])\p{Cc}/u);
    // JSON keeps the draft exactly (escaped by JSON itself).
    const json = await cli(['score', '--format', 'jsonl', draft]);
    expect(JSON.parse(json.out).findings.length).toBeGreaterThan(0);
    expect(json.out).not.toContain('\x1b');
    // User errors quote input too.
    expect((await cli(['score', '--lang', '\x1b[31mxx'])).err).not.toContain('\x1b');
  });

  it('streams --format json: "[", each object as it is scored, "]", same text as before', async () => {
    const drafts = ['Buy now!!!', 'Which roast do you drink?', 'We are proud to announce our partnership.'];
    let out = '';
    const atDrain: number[] = [];
    const code = await run(['score', '--file', '-', '--format', 'json'], {
      stdout: (s) => {
        out += s;
      },
      stderr: () => {},
      readStdin: async () => drafts.join('\n'),
      color: false,
      drain: async () => {
        atDrain.push(out.length);
      },
    });
    expect(code).toBe(0);
    // Output grew after every draft: nothing waits for the last one.
    expect(atDrain).toHaveLength(3);
    expect(atDrain[0]).toBeGreaterThan(2);
    expect(atDrain[1]).toBeGreaterThan(atDrain[0] ?? 0);
    const parsed = JSON.parse(out);
    expect(parsed).toHaveLength(3);
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    const jsonl = await cli(['score', '--file', '-', '--format', 'jsonl'], drafts.join('\n'));
    expect(parsed).toEqual(
      jsonl.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );
    expect((await cli(['score', '--file', '-', '--format', 'json'], '\n\n')).out).toBe('[]\n');
  });

  it('warns about invalid UTF-8 and binary lines, naming them, and scores every line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('A fine draft about coffee\n'),
      Buffer.from([0x42, 0x75, 0x79, 0x20, 0xff, 0xfe, 0x20, 0x6e, 0x6f, 0x77, 0x0a]),
      Buffer.from('binary\u0000\u0001 junk\n'),
    ]);
    const { code, out, err } = await cli(['score', '--file', '-', '--format', 'jsonl'], bytes);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(3);
    expect(err).toMatch(/^steady: warning: stdin line 2: not valid UTF-8/m);
    expect(err).toMatch(/^steady: warning: stdin line 3: contains control characters/m);
    expect(err).not.toMatch(/line 1:/);
    const path = file('bad.txt', '');
    writeFileSync(path, bytes);
    expect((await cli(['score', '--file', path])).err).toMatch(/bad\.txt line 2: not valid UTF-8/);
  });

  it('exits 3 on an internal error, apart from --fail-on (1) and user errors (2)', async () => {
    let err = '';
    const code = await run(['score', 'Buy now'], {
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (s) => {
        err += s;
      },
      readStdin: async () => '',
      color: false,
    });
    expect(code).toBe(3);
    expect(err).toMatch(/^steady: internal error \(please report it\): Error: disk on fire/);
    expect((await cli(['--help'])).out).toMatch(/3 an internal error/);
  });
});
