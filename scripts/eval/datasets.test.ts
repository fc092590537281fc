import { describe, expect, it } from 'vitest';
import {
  checkDataDir,
  corporateTask,
  dedupeLabeled,
  loadCorpora,
  parseCorporate,
  parseGermEval,
  parseLines,
  parseSmsTsv,
  parseTweetActs,
  parseWebis,
  REPO_ROOT,
  resolveDataDir,
  webisTask,
  wordsOnly,
  wordsOnlyVariant,
} from './datasets';

const pos = (text: string) => ({ text, positive: true });
const neg = (text: string) => ({ text, positive: false });

describe('dedupeLabeled', () => {
  it('keeps first appearance order and counts nothing for plain duplicates', () => {
    expect(dedupeLabeled([pos('a'), neg('b'), pos('a')])).toEqual({
      items: [pos('a'), neg('b')],
      rows: 3,
      conflicts: 0,
    });
  });

  it('resolves a conflict by majority', () => {
    expect(dedupeLabeled([pos('a'), neg('a'), neg('a')])).toEqual({
      items: [neg('a')],
      rows: 3,
      conflicts: 1,
    });
  });

  it('resolves a tied conflict with the first label', () => {
    expect(dedupeLabeled([neg('x'), pos('x'), pos('y'), neg('y')]).items).toEqual([neg('x'), pos('y')]);
  });
});

describe('parseSmsTsv', () => {
  it('reads labels after the header and keeps tabs inside the text', () => {
    expect(parseSmsTsv('Label\tSMS\nspam\tWIN £100\tnow\r\nham\tok lar\n')).toEqual([
      pos('WIN £100\tnow'),
      neg('ok lar'),
    ]);
  });

  it('rejects a wrong header or label', () => {
    expect(() => parseSmsTsv('label,sms\n')).toThrow(/header/);
    expect(() => parseSmsTsv('Label\tSMS\nmaybe\thello')).toThrow(/line 2/);
  });
});

describe('wordsOnly', () => {
  it.each([
    ['FREE entry!! Txt WIN to 87121 £1.50/msg', 'free entry txt win to ./msg'],
    ['Visit http://t.co/abc or www.getzed.co.uk now', 'visit or now'],
    ['claim at dbuk.net/claim today', 'claim at today'],
    ['Ok lar... Joking wif u oni...', 'ok lar... joking wif u oni...'],
    ['50% off $5 €3', 'off'],
    ['  Hi\n\tthere  ', 'hi there'],
    ['12345 !!!', ''],
  ])('%j -> %j', (input, expected) => {
    expect(wordsOnly(input)).toBe(expected);
  });

  it('drops emptied texts and deduplicates again', () => {
    const variant = wordsOnlyVariant([
      pos('Call 0800 now!'),
      pos('Call 0900 now'),
      neg('123'),
      neg('call now'),
    ]);
    expect(variant.items).toEqual([pos('call now')]);
    expect(variant.rows).toBe(3);
    expect(variant.conflicts).toBe(1);
  });
});

describe('parseTweetActs', () => {
  it('maps STM to positive, QUE/REQ/SUG to negative and skips the rest', () => {
    const csv =
      '"Hello, world",STM\r\nWhat?,QUE\r\nPlease RT,REQ\r\nTry it,SUG\r\nWow,EXP\r\nHmm,THT\r\nx,OTH';
    expect(parseTweetActs(csv)).toEqual([pos('Hello, world'), neg('What?'), neg('Please RT'), neg('Try it')]);
  });

  it('rejects an unknown label or an extra field', () => {
    expect(() => parseTweetActs('a,XYZ')).toThrow(/record 1/);
    expect(() => parseTweetActs('ok,STM\na,b,STM')).toThrow(/record 2/);
  });
});

describe('parseLines', () => {
  it('trims and skips blank lines', () => {
    expect(parseLines(' a \r\n\nb\n')).toEqual(['a', 'b']);
  });
});

describe('data directory', () => {
  it('prefers STEADY_DATA and otherwise sits next to the repository root', () => {
    expect(resolveDataDir({ STEADY_DATA: '/data/x' })).toBe('/data/x');
    expect(resolveDataDir({})).toBe(new URL('../shared/data', `file://${REPO_ROOT}`).pathname);
  });

  it('explains a missing directory in one line', () => {
    const problem = checkDataDir('/nonexistent/steady-data');
    expect(problem).toMatch(/data directory not found: \/nonexistent\/steady-data/);
    expect(problem).not.toContain('\n');
  });

  const dir = resolveDataDir();
  it.runIf(checkDataDir(dir) === null)('loads the shared corpora with the README counts', () => {
    const c = loadCorpora(dir);
    expect(c.sms.items).toHaveLength(5171);
    expect(c.sms.items.filter((x) => x.positive)).toHaveLength(653);
    expect(c.headlines.items.filter((x) => x.positive)).toHaveLength(15999);
    expect(c.headlines.items.filter((x) => !x.positive)).toHaveLength(16001);
    expect(c.tweetActs.conflicts).toBe(6);
  });
});

describe('the real-post corpora', () => {
  const corporate = parseCorporate(
    [
      '{"text":"Results are out http://t.co/x","label":"Information","confidence":1,"brand":"A"}',
      '{"text":"Sign up today","label":"Action","confidence":0.6,"brand":"A"}',
      '{"text":"@jo thanks!","label":"Dialogue","confidence":1,"brand":"A"}',
      '',
    ].join('\n'),
  );

  it('maps corporate messaging to broadcast (Information > Dialogue) and pushiness (Action > Information)', () => {
    expect(corporateTask(corporate, 'broadcast').items).toEqual([
      pos('Results are out http://t.co/x'),
      neg('@jo thanks!'),
    ]);
    expect(corporateTask(corporate, 'pushiness').items).toEqual([
      neg('Results are out http://t.co/x'),
      pos('Sign up today'),
    ]);
    expect(corporateTask(corporate, 'pushiness', true).items).toEqual([neg('Results are out http://t.co/x')]);
  });

  it('keeps Webis labels, or the clear cases by truthMean', () => {
    const rows = parseWebis(
      [
        '{"text":"You will not believe this","label":"clickbait","truthMean":0.9}',
        '{"text":"Mayor resigns","label":"no-clickbait","truthMean":0.0}',
        '{"text":"Maybe","label":"clickbait","truthMean":0.5}',
      ].join('\n'),
    );
    expect(webisTask(rows).items.map((i) => i.positive)).toEqual([true, false, true]);
    expect(webisTask(rows, true).items).toEqual([pos('You will not believe this'), neg('Mayor resigns')]);
  });

  it('reads GermEval calls to action and names the line of a malformed row', () => {
    expect(
      parseGermEval('{"text":"Macht mit!","callToAction":true}\n{"text":"Nein.","callToAction":false}'),
    ).toEqual([pos('Macht mit!'), neg('Nein.')]);
    expect(() => parseGermEval('{"text":"x"}')).toThrow(/row 1: field callToAction/);
    expect(() => parseWebis('not json')).toThrow(/line 1: not JSON/);
    expect(() => parseCorporate('{"text":"x","label":"Other","confidence":1}')).toThrow(/unknown label/);
  });
});
