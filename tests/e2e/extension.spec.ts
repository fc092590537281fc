// The built extension (.output/chrome-mv3) loads in Chromium, and its manifest reaches every fixture host.
// The content script is still a stub, so nothing here tests its behaviour on the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, expect, model, openFixture, test } from './fixtures.ts';
import { SITES, type SiteId } from './hosts.ts';

interface Manifest {
  manifest_version: number;
  background?: { service_worker?: string };
  content_scripts?: { matches?: string[]; js?: string[] }[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

function readManifest(): Manifest {
  const raw: unknown = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  if (typeof raw !== 'object' || raw === null || !('manifest_version' in raw)) {
    throw new Error(`${EXTENSION_PATH}/manifest.json is not a manifest`);
  }
  return raw as Manifest;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Chrome's match-pattern rules (developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return ['http:', 'https:', 'ws:', 'wss:', 'file:'].includes(url.protocol);
  const parts = /^(\*|https?|wss?|file|ftp|urn):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme = '', host = '', path = ''] = parts;
  if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : `${scheme}:` !== url.protocol)
    return false;
  const hostname = host.replace(/:\d+$/, '');
  if (hostname !== '*') {
    if (hostname.startsWith('*.')) {
      const base = hostname.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== hostname) return false;
  }
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}

function contentScriptMatches(manifest: Manifest): string[] {
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

function siteUrls(id: SiteId): URL[] {
  const site = SITES.find((s) => s.id === id);
  return site ? [site.home, ...site.variants.map((v) => v.url)].map((u) => new URL(u)) : [];
}

test('the built extension loads: MV3 service worker and extension id', async ({ context, extensionId }) => {
  const manifest = readManifest();
  expect(manifest.manifest_version).toBe(3);
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const workers = context.serviceWorkers().map((w) => w.url());
  expect(workers).toContain(`chrome-extension://${extensionId}/${manifest.background?.service_worker ?? ''}`);
});

test('the match-pattern helper follows Chrome’s rules', () => {
  const url = new URL('https://www.threads.net/@someone');
  expect(matchesPattern('https://*.threads.net/*', url)).toBe(true);
  expect(matchesPattern('*://www.threads.net/*', url)).toBe(true);
  expect(matchesPattern('https://threads.net/*', url)).toBe(false);
  expect(matchesPattern('http://www.threads.net/*', url)).toBe(false);
  expect(matchesPattern('https://www.threads.net/@*', url)).toBe(true);
  expect(matchesPattern('https://www.threads.net/home', url)).toBe(false);
});

for (const site of SITES) {
  test(`the manifest reaches ${site.name} (${site.hosts[0]})`, () => {
    const manifest = readManifest();
    const urls = siteUrls(site.id);
    if (site.id === 'mastodon') {
      // Mastodon instances are granted one by one at runtime (wxt.config.ts: optional host permission).
      const optional = manifest.optional_host_permissions ?? [];
      for (const url of urls)
        expect(
          optional.some((p) => matchesPattern(p, url)),
          url.href,
        ).toBe(true);
      return;
    }
    const matches = contentScriptMatches(manifest);
    for (const url of urls)
      expect(
        matches.some((p) => matchesPattern(p, url)),
        `${url.href} in ${matches}`,
      ).toBe(true);
  });
}

test('the content script is injected on every fixture page the manifest matches', async ({
  page,
  extensionId,
}) => {
  const matches = contentScriptMatches(readManifest());
  const matched = SITES.filter((site) => matches.some((p) => matchesPattern(p, new URL(site.home))));
  // Every site but Mastodon (granted per instance at runtime) is in the manifest.
  expect(matched.map((s) => s.id).sort()).toEqual(
    SITES.filter((s) => s.id !== 'mastodon')
      .map((s) => s.id)
      .sort(),
  );
  for (const site of matched) {
    await openFixture(page, site.home);
    // The content script runs in an isolated world whose origin is the extension's (verified on Chromium 150
    // via CDP Runtime.executionContextCreated; Runtime.enable reports the worlds that already exist).
    const cdp = await page.context().newCDPSession(page);
    const origins: string[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
    await cdp.send('Runtime.enable');
    await expect.poll(() => origins, { timeout: 5_000 }).toContain(`chrome-extension://${extensionId}`);
    await cdp.detach();
  }
});

test('the same fixture page works in a context without the extension', async ({ barePage, bareContext }) => {
  expect(bareContext.serviceWorkers()).toEqual([]);
  await openFixture(barePage, 'https://x.com/home');
  await barePage.locator('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]').click();
  await barePage.keyboard.type('no extension here');
  expect(await model(barePage)).toBe('no extension here');
  const cdp = await bareContext.newCDPSession(barePage);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
  await cdp.send('Runtime.enable');
  expect(origins.some((o) => o.startsWith('chrome-extension://'))).toBe(false);
});
