import { describe, expect, it } from 'vitest';
import { event, settingsWithAcme } from '../budget/testing';
import { isDatabaseName, originPattern, teamOrigin } from './config';
import { brandFingerprint, docToEvent, eventToDoc, sharedBrand, withSharedBrand } from './docs';

const NOW = Date.UTC(2026, 5, 1, 12);

describe('post documents', () => {
  it('id = post: + event id; the member named; text only when the brand shares it', () => {
    const e = event(NOW - 1000, { text: 'Hello team' });
    const doc = eventToDoc(e, { member: 'alice', shareText: false });
    expect(doc._id).toBe(`post:${e.id}`);
    expect(doc.member).toBe('alice');
    expect(doc).not.toHaveProperty('text');
    expect(eventToDoc(e, { member: 'alice', shareText: true }).text).toBe('Hello team');
  });

  it('round-trips an event, keeping who posted', () => {
    const e = event(NOW - 1000);
    const back = docToEvent(eventToDoc(e, { member: 'bob', shareText: false }), {
      keepText: false,
      now: NOW,
    });
    expect(back).toEqual({ ...e, member: 'bob' });
  });

  it('an event pulled from the team keeps its member when written again', () => {
    const e = event(NOW - 1000, { member: 'bob' });
    expect(eventToDoc(e, { member: 'alice', shareText: false }).member).toBe('bob');
  });

  it('refuses what is not a valid post document', () => {
    const good = eventToDoc(event(NOW - 1000), { member: 'a', shareText: false });
    const bad: unknown[] = [
      null,
      { ...good, type: 'brand' },
      { ...good, _id: 'x1' },
      { ...good, _id: 'post:' },
      { ...good, at: NOW + 2 * 86_400_000 },
      { ...good, at: Number.NaN },
      { ...good, site: 'myspace' },
      { ...good, kind: 'story' },
      { ...good, account: 'a'.repeat(201) },
      { ...good, _deleted: true },
    ];
    for (const doc of bad)
      expect(docToEvent(doc, { keepText: true, now: NOW }), JSON.stringify(doc)).toBeNull();
  });

  it('keeps shared text only with the local opt-in; clamps scores', () => {
    const doc = {
      ...eventToDoc(event(NOW - 1), { member: 'a', shareText: true }),
      text: 'hi',
      scores: { broadcast: 500, pushiness: -3, missingValue: 2 },
    };
    expect(docToEvent(doc, { keepText: false, now: NOW })).not.toHaveProperty('text');
    const kept = docToEvent(doc, { keepText: true, now: NOW });
    expect(kept?.text).toBe('hi');
    expect(kept?.scores).toEqual({ broadcast: 100, pushiness: 0, missingValue: 2 });
  });
});

describe('the brand document', () => {
  it('shares everything but the local id and team settings; fingerprints ignore key order', () => {
    const brand = settingsWithAcme().brands[0];
    if (!brand) throw new Error('no brand');
    const shared = sharedBrand({
      ...brand,
      team: { server: 'https://c.example', database: 'acme', shareText: false, enabled: true },
    });
    expect(shared).not.toHaveProperty('id');
    expect(shared).not.toHaveProperty('team');
    const reordered = Object.fromEntries(Object.entries(shared).reverse());
    expect(brandFingerprint(reordered)).toBe(brandFingerprint(shared));
    const local = { ...brand, id: 'mine' };
    expect(withSharedBrand(local, { ...shared, id: 'theirs', name: 'Acme 2' })).toMatchObject({
      id: 'mine',
      name: 'Acme 2',
    });
  });
});

describe('team configuration', () => {
  it('servers: https, or http only on this machine', () => {
    expect(teamOrigin('couch.example.com')).toBe('https://couch.example.com');
    expect(teamOrigin('https://couch.example.com:6984/')).toBe('https://couch.example.com:6984');
    expect(teamOrigin('http://localhost:5984')).toBe('http://localhost:5984');
    expect(teamOrigin('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
    for (const bad of [
      'http://couch.example.com',
      'http://192.168.1.2:5984',
      'https://u:p@couch.example.com',
      'https://couch.example.com/db',
      'ftp://x.y',
      '',
      'https://a b',
    ])
      expect(teamOrigin(bad), bad).toBeNull();
    expect(originPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984/*');
  });

  it('database names follow CouchDB', () => {
    expect(isDatabaseName('acme-social')).toBe(true);
    expect(isDatabaseName('brands/acme')).toBe(true);
    for (const bad of ['Acme', '_users', '1acme', '', 'a b']) expect(isDatabaseName(bad), bad).toBe(false);
  });
});
