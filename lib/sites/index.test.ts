// The adapter registry and its conventions, checked in plain Node (importing lib/sites here also proves the
// modules have no module-scope DOM access). Everything that needs a DOM is in tests/e2e/sites.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../tests/e2e/hosts';
import { PLATFORMS } from '../core';
import { ADAPTERS, adapterFor, CONTENT_MATCHES } from './index';

const HERE = __dirname;

/** Chrome's match-pattern grammar for the patterns we use: https, an exact host, any path. */
const PATTERN = /^https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/\*$/;

function fakeLocation(hostname: string): Location {
  return { hostname, pathname: '/' } as unknown as Location;
}

function fakeDocument(selectors: readonly string[] = []): Document {
  return { querySelector: (s: string) => (selectors.includes(s) ? {} : null) } as unknown as Document;
}

describe('site adapter registry', () => {
  it('has exactly one adapter per platform, in a file named by its id', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...PLATFORMS].sort());
    for (const adapter of ADAPTERS) {
      expect(readFileSync(join(HERE, `${adapter.id}.ts`), 'utf8')).toContain(
        `export const ${adapter.id}: SiteAdapter`,
      );
    }
  });

  it('keeps every selector in one commented SELECTORS table at the top of the site file', () => {
    for (const adapter of ADAPTERS) {
      const source = readFileSync(join(HERE, `${adapter.id}.ts`), 'utf8');
      const start = source.indexOf('const SELECTORS = {');
      expect(start, adapter.id).toBeGreaterThan(0);
      // Before the table: only comments and imports.
      expect(source.slice(0, start), adapter.id).not.toMatch(/\bfunction\b|=>/);
      const block = source.slice(start, source.indexOf('\n} as const;', start));
      const lines = block.split('\n').slice(1);
      let commented = false;
      let properties = 0;
      for (const line of lines) {
        if (line.includes('*/')) commented = true;
        const property = /^ {2}([A-Za-z]\w*):/.exec(line);
        if (!property) continue;
        properties += 1;
        expect(commented, `${adapter.id} SELECTORS.${property[1]} has no comment`).toBe(true);
        commented = false;
      }
      expect(properties, adapter.id).toBeGreaterThan(2);
      // No selector strings outside the table: querySelector* calls only take SELECTORS entries or helpers.
      const rest = source.slice(source.indexOf('\n} as const;', start));
      expect(rest, adapter.id).not.toMatch(/querySelector(All)?\(\s*['"`]/);
      expect(rest, adapter.id).not.toMatch(/closest\(\s*['"`]/);
    }
  });

  it('declares only exact https host patterns, and CONTENT_MATCHES is their union', () => {
    for (const adapter of ADAPTERS) {
      for (const pattern of adapter.matches) expect(pattern, adapter.id).toMatch(PATTERN);
    }
    expect(new Set(CONTENT_MATCHES)).toEqual(new Set(ADAPTERS.flatMap((a) => a.matches)));
    expect(CONTENT_MATCHES.length).toBe(new Set(CONTENT_MATCHES).size);
    // Mastodon instances are granted at runtime.
    expect(ADAPTERS.find((a) => a.id === 'mastodon')?.matches).toEqual([]);
  });

  it('matches every host the fixtures serve (except Mastodon), plus twitter.com and old.reddit.com', () => {
    const hosts = new Set(CONTENT_MATCHES.map((p) => PATTERN.exec(p)?.[1]));
    for (const site of SITES) {
      if (site.id === 'mastodon') continue;
      for (const host of site.hosts) expect(hosts.has(host), `${site.id}: ${host}`).toBe(true);
    }
    expect(hosts.has('twitter.com')).toBe(true);
    expect(hosts.has('old.reddit.com')).toBe(true);
  });

  it('adapterFor: hostnames pick their site; Mastodon only by its DOM on any host', () => {
    for (const site of SITES) {
      if (site.id === 'mastodon') continue;
      for (const host of site.hosts) {
        expect(adapterFor(fakeDocument(), fakeLocation(host))?.id, host).toBe(site.id);
      }
    }
    expect(adapterFor(fakeDocument(), fakeLocation('old.reddit.com'))?.id).toBe('reddit');
    expect(adapterFor(fakeDocument(), fakeLocation('mastodon.social'))).toBeUndefined();
    const mastodonDom = fakeDocument(['#mastodon[data-props]', 'script#initial-state']);
    expect(adapterFor(mastodonDom, fakeLocation('fosstodon.org'))?.id).toBe('mastodon');
    expect(
      adapterFor(fakeDocument(['#mastodon[data-props]']), fakeLocation('fosstodon.org')),
    ).toBeUndefined();
    expect(adapterFor(fakeDocument(), fakeLocation('example.com'))).toBeUndefined();
  });
});
