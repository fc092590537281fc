import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataDir, loadCorpora, resolveDataDir } from './eval/datasets';
import { fitWeights, WEIGHTS_FILE, weightsFile } from './fit';

describe('npm run fit', () => {
  // The corpora sit beside the repository (../shared/data, or STEADY_DATA); CI has them too. Without
  // them the committed weights cannot be checked, and that is a failure, not a skip.
  it('reproduces the committed weights file exactly', { timeout: 120_000 }, () => {
    const dir = resolveDataDir();
    expect(checkDataDir(dir), 'the labelled corpora are needed to check the fitted weights').toBeNull();
    const report = fitWeights(loadCorpora(dir));
    expect(readFileSync(WEIGHTS_FILE, 'utf8'), 'stale: run npm run fit and review the diff').toBe(
      weightsFile(report),
    );
    for (const m of [...Object.values(report.findings), ...Object.values(report.strengths)]) {
      expect(m).toBeGreaterThanOrEqual(0);
    }
    for (const t of Object.values(report.thresholds)) expect(t.consider).toBeLessThanOrEqual(t.rework);
  });
});
