/**
 * Hostile drafts for the scorer: each a shape that once made a regex or a rule scan the rest of the
 * draft from every position (issue 11: 50 KB of `a_a_a_…` took 3.3 s in `analyze()`). The bench
 * times them (`npm run bench -- --adversarial`) against the 50 ms goal; lib/scoring/adversarial.test.ts
 * runs each once with a generous bound so a return to seconds fails the suite.
 */

export const ADVERSARIAL_CHARS = 50_000;

/** `unit` repeated to exactly `length` UTF-16 units (a cut surrogate pair is left as it falls). */
export function fill(unit: string, length = ADVERSARIAL_CHARS): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export interface AdversarialShape {
  name: string;
  text: string;
}

export function adversarialShapes(): AdversarialShape[] {
  return [
    { name: 'a_a_a_…', text: fill('a_') },
    { name: 'a%a%…', text: fill('a%') },
    { name: 'a+a+…', text: fill('a+') },
    { name: 'a.b.a.b…', text: fill('a.b.') },
    { name: 'a.a.…', text: fill('a.') },
    { name: 'ab.ab.…', text: fill('ab.') },
    { name: 'a.com…', text: fill('a.com') },
    { name: 'a@a@…', text: fill('a@') },
    { name: '!!!!…', text: fill('!') },
    { name: ',,,,…', text: fill(',') },
    { name: '----…', text: fill('-') },
    { name: 'emoji 😀😀…', text: fill('😀') },
    { name: 'ZWJ 👩‍👩‍👧‍👦…', text: fill('👩‍👩‍👧‍👦') },
    { name: 'hashtags #a#a…', text: fill('#a') },
    { name: 'mentions @a@a…', text: fill('@a') },
    { name: 'URLs', text: fill('https://example.com/a ') },
    { name: 'words "a a a …"', text: fill('a ') },
    { name: 'emoji between words', text: fill('a😀') },
    { name: 'one 1 MB word', text: fill('a', 1_000_000) },
  ];
}
