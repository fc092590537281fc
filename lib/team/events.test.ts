import { describe, expect, it } from 'vitest';
import EventEmitter from './events';

describe('the events shim PouchDB runs on in the extension', () => {
  it('on, once, emit, removeListener, listeners and the static listenerCount behave like Node', () => {
    class Feed extends EventEmitter {}
    const feed = new Feed();
    const seen: unknown[] = [];
    const always = (x: unknown) => seen.push(['always', x]);
    feed.on('change', always);
    feed.once('change', (x: unknown) => seen.push(['once', x]));
    expect(EventEmitter.listenerCount(feed, 'change')).toBe(2);
    expect(feed.emit('change', 1)).toBe(true);
    feed.emit('change', 2);
    expect(seen).toEqual([
      ['always', 1],
      ['once', 1],
      ['always', 2],
    ]);
    expect(feed.listeners('change')).toEqual([always]);
    feed.removeListener('change', always);
    expect(feed.emit('change', 3)).toBe(false);
    feed.on('a', always).on('b', always).removeAllListeners();
    expect(feed.listenerCount('a') + feed.listenerCount('b')).toBe(0);
  });

  it('an error event nobody listens to throws, as in Node', () => {
    expect(() => new EventEmitter().emit('error', new Error('boom'))).toThrow('boom');
  });

  it('its methods are enumerable (PouchDB copies them onto its constructor with Object.keys)', () => {
    expect(Object.keys(EventEmitter.prototype)).toEqual(
      expect.arrayContaining(['on', 'once', 'emit', 'removeListener']),
    );
  });
});
