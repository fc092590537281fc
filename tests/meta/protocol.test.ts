/**
 * Issue 9's two "one place" rules, checked over the sources (refined-github's meta-test idea):
 * - one protocol: every request type in lib/protocol.ts has a request guard, a reply guard and the
 *   senders it is answered to, every background request a handler in the map the background serves,
 *   and every content request a receiver in the content script;
 * - one account normalisation: nothing outside lib/core trims, lower-cases or strips `@`/`u/` from
 *   a handle or an account by hand (there were four copies, and they disagreed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetDeps } from '../../lib/background/budget';
import { backgroundHandlers } from '../../lib/background/handlers';
import { BACKGROUND_REQUESTS, REQUESTS, type RequestType } from '../../lib/protocol';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.(test|generated)\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(root, dir));
  return out;
}

const read = (path: string) => readFileSync(path, 'utf8');
const TYPES = Object.keys(REQUESTS) as RequestType[];

describe('one protocol (lib/protocol.ts)', () => {
  it.each(TYPES)('%s has a request guard, a reply guard, a receiver and its senders', (type) => {
    const spec = REQUESTS[type];
    expect(typeof spec.request).toBe('function');
    expect(typeof spec.reply).toBe('function');
    expect(['background', 'content']).toContain(spec.to);
    expect(spec.from.length).toBeGreaterThan(0);
    for (const kind of spec.from) expect(['extension-page', 'content-script']).toContain(kind);
    // A guard that accepts anything guards nothing.
    for (const junk of [undefined, null, 42, 'x', [], {}, { type }]) {
      if (type === 'toggle-panel' && (junk === undefined || junk === null)) continue; // answered with nothing
      expect(spec.reply(junk), `${type} reply ${JSON.stringify(junk)}`).toBe(false);
    }
    for (const junk of [undefined, null, 42, type, [], {}]) expect(spec.request(junk)).toBe(false);
  });

  it('has a handler for every background request, and none for anything else', () => {
    // The handlers only run when called; building the map touches none of the deps.
    const handlers = backgroundHandlers({} as BudgetDeps);
    const background = TYPES.filter((t) => REQUESTS[t].to === 'background').sort();
    expect(Object.keys(handlers).sort()).toEqual(background);
    expect([...BACKGROUND_REQUESTS].sort()).toEqual(background);
    for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function');
  });

  it('the background serves that map through serve() and listens to messages nowhere else', () => {
    const source = read(join(root, 'entrypoints', 'background.ts'));
    expect(source).toMatch(/\bserve\(\s*backgroundHandlers\(/);
    expect(source).not.toMatch(/onMessage\s*\.\s*addListener/);
    for (const path of sources('lib/background'))
      expect(read(path), relative(root, path)).not.toMatch(/onMessage\s*\.\s*addListener/);
  });

  it('the content script receives every content request', () => {
    const content = sources('entrypoints/content').map(read).join('\n');
    for (const type of TYPES.filter((t) => REQUESTS[t].to === 'content'))
      expect(content, type).toContain(`'${type}'`);
  });

  it('nobody outside lib/protocol.ts sends a raw message', () => {
    const offenders = ['lib', 'components', 'entrypoints']
      .flatMap(sources)
      .filter((path) => !path.endsWith(join('lib', 'protocol.ts')))
      .filter((path) => /\b(runtime|tabs)\s*\.\s*sendMessage\s*\(/.test(read(path)))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});

/**
 * What a hand-made account normalisation looks like: stripping a leading `@` or Reddit's `u/`,
 * lower-casing something named handle or account, or collapsing whitespace next to lower-casing.
 * Instance origins (`@user@host` → host, lib/settings/validate.ts) are not accounts and do not match.
 */
const NORMALISING: Array<[string, RegExp]> = [
  ['strips a leading @', /\.replace\(\s*\/\^@\+?\//],
  ["strips Reddit's u/", /\.replace\(\s*\/\^(?:\\\/\??)?u\\\//],
  [
    'lower-cases a handle or account',
    /\b\w*(?:handle|account)\w*(?:\??\.\w+(?:\([^()]*\))?)*\??\.toLowerCase\(\)/i,
  ],
  [
    'collapses whitespace and lower-cases',
    /\.replace\(\/\\s\+\/g,\s*' '\)[^;\n]*\.toLowerCase\(\)|\.toLowerCase\(\)[^;\n]*\.replace\(\/\\s\+\/g/,
  ],
];

function normalisations(source: string): string[] {
  return NORMALISING.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
}

describe('one account normalisation (lib/core accountKey)', () => {
  it('recognises each of the four copies issue 9 removed, and lib/core itself', () => {
    const removed = [
      // lib/settings/accounts.ts accountKey
      "const handle = account.handle.trim().toLowerCase().replace(/^@/, '');",
      "const bare = account.platform === 'reddit' ? handle.replace(/^\\/?u\\//, '') : handle;",
      // lib/settings/resolve.ts brandFor
      "const norm = account.trim().toLowerCase().replace(/^@/, '');",
      // lib/sites/dom.ts normalizeAccount
      "return raw.trim().replace(/\\s+/g, ' ').toLowerCase().replace(/^@+/, '');",
      // components/budget-model.ts
      "const bare = account.trim().replace(/^@/, '');",
    ];
    for (const line of removed) expect(normalisations(line), line).not.toEqual([]);
    expect(normalisations(read(join(root, 'lib', 'core', 'account.ts')))).toEqual(
      expect.arrayContaining(["strips Reddit's u/", 'collapses whitespace and lower-cases']),
    );
    // Not an account: the Mastodon instance of `@acme@mastodon.social`.
    expect(normalisations("input.trim().replace(/^@?[^@\\s/]+@(?=[^@\\s/]+$)/, '')")).toEqual([]);
  });

  it('finds none outside lib/core', () => {
    const scanned = ['lib', 'components', 'entrypoints', 'cli']
      .flatMap(sources)
      .filter((path) => !relative(root, path).startsWith(join('lib', 'core')));
    // The scan reaches the places that used to normalise.
    for (const file of ['lib/sites/x.ts', 'lib/settings/validate.ts', 'components/budget-model.ts'])
      expect(scanned.map((p) => relative(root, p))).toContain(file);
    const offenders = scanned
      .map((path) => [relative(root, path), normalisations(read(path))] as const)
      .filter(([, found]) => found.length > 0);
    expect(offenders).toEqual([]);
  });
});
