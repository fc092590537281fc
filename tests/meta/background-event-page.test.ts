/**
 * The background runs as a service worker in Chrome and as an event page in Firefox (MV3
 * `background.scripts`; Firefox has no extension service workers, README "Firefox"). So the
 * background and every module it imports use only what both give: no service-worker globals.
 * The Firefox e2e (tests/e2e/firefox) proves the startup path in a real Firefox; this catches
 * the paths it does not reach.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const ENTRY = join(root, 'entrypoints', 'background.ts');

/** What only a ServiceWorkerGlobalScope has (or what an event page lacks). */
const SERVICE_WORKER_ONLY: Array<[string, RegExp]> = [
  ['ServiceWorkerGlobalScope', /\bServiceWorkerGlobalScope\b/],
  ['self.registration', /\bself\s*\.\s*registration\b/],
  ['registration.showNotification', /\bregistration\s*\.\s*showNotification\b/],
  ['clients.*', /\bclients\s*\.\s*(claim|matchAll|openWindow)\b/],
  ['skipWaiting()', /\bskipWaiting\s*\(/],
  ['importScripts()', /\bimportScripts\s*\(/],
  [
    "addEventListener('install' | 'activate' | 'fetch')",
    /addEventListener\(\s*['"](install|activate|fetch)['"]/,
  ],
  ['offscreen documents (Chrome only)', /\b(browser|chrome)\s*\.\s*offscreen\b/],
];

/** Relative imports of a module, resolved to files (`./x` → `./x.ts` or `./x/index.ts`). */
function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const spec = match[1];
    if (!spec) continue;
    const base = resolve(dirname(file), spec);
    const candidate = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
      (path) => existsSync(path) && /\.tsx?$/.test(path),
    );
    if (candidate) out.push(candidate);
  }
  return out;
}

function backgroundModules(): string[] {
  const seen = new Set<string>();
  const queue = [ENTRY];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...localImports(file));
  }
  return [...seen].sort();
}

describe('the background runs as a Firefox event page too', () => {
  const modules = backgroundModules();

  it('follows the imports of entrypoints/background.ts', () => {
    const names = modules.map((m) => relative(root, m));
    expect(names).toContain('entrypoints/background.ts');
    expect(names).toContain('lib/background/budget.ts');
    expect(names).toContain('lib/storage/post-log.ts');
  });

  it.each(modules.map((m) => [relative(root, m), m]))('%s uses no service-worker-only API', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const used = SERVICE_WORKER_ONLY.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
    expect(used).toEqual([]);
  });

  it('the patterns catch what they are for', () => {
    const caught = (code: string) => SERVICE_WORKER_ONLY.filter(([, p]) => p.test(code)).map(([n]) => n);
    expect(caught('self.registration.update()')).toEqual(['self.registration']);
    expect(caught("self.addEventListener('install', () => {})")).toHaveLength(1);
    expect(caught('await chrome.offscreen.createDocument({})')).toHaveLength(1);
    expect(caught('self.clients.claim()')).toEqual(['clients.*']);
    expect(caught('browser.runtime.onMessage.addListener(() => {})')).toEqual([]);
  });
});
