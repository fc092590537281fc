import { describe, expect, it } from 'vitest';
import { adversarialShapes } from '../../scripts/bench/adversarial';
import { analyze } from './analyze';

/**
 * A correctness guard, not a benchmark (`npm run bench -- --adversarial` measures): every hostile
 * shape, in each language's rules, finishes well inside a second. A scan that turns quadratic again
 * takes seconds on 50,000 characters and fails here.
 */
describe('analyze() on hostile drafts', () => {
  analyze('warm up the rules once');
  for (const { name, text } of adversarialShapes()) {
    it.each(['auto', 'en', 'de', 'nl'] as const)(`${name} (%s) in < 1 s`, (lang) => {
      // CPU time, not wall time: the machine is shared, and a quadratic scan shows in either.
      const t = process.cpuUsage();
      const a = analyze(text, { lang });
      const used = process.cpuUsage(t);
      expect((used.user + used.system) / 1000).toBeLessThan(1_000);
      // Past 50,000 characters or 6,000 tokens the draft is cut, and the analysis says so.
      if (text.length > 50_000) expect(a.truncated).toBe(true);
    });
  }
});
