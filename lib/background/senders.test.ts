import { describe, expect, it } from 'vitest';
import type { Message } from '../messages';
import { mayAsk, type SenderInfo, senderKind } from './senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

const popup: SenderInfo = { id: ID, url: `${BASE}popup.html` };
const optionsTab: SenderInfo = { id: ID, url: `${BASE}options.html`, tab: { id: 4 } };
const contentScript: SenderInfo = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

describe('senderKind', () => {
  it('tells our pages from our content scripts', () => {
    expect(senderKind(popup, ID, BASE)).toBe('extension-page');
    expect(senderKind(optionsTab, ID, BASE)).toBe('extension-page');
    expect(senderKind(contentScript, ID, BASE)).toBe('content-script');
    expect(
      senderKind({ id: 'uuid', url: 'moz-extension://uuid/popup.html' }, 'uuid', 'moz-extension://uuid/'),
    ).toBe('extension-page');
  });

  it('trusts no other sender', () => {
    expect(senderKind({ ...contentScript, id: 'another-extension' }, ID, BASE)).toBe('other');
    expect(senderKind({ id: ID }, ID, BASE)).toBe('other');
    expect(senderKind({ id: ID, url: 'https://x.com/home' }, ID, BASE)).toBe('other');
    expect(senderKind({ id: ID, url: `chrome-extension://${'z'.repeat(32)}/popup.html` }, ID, BASE)).toBe(
      'other',
    );
    expect(senderKind({ id: ID, url: 'not a url' }, ID, BASE)).toBe('other');
  });
});

describe('mayAsk', () => {
  const cases: Array<[Message['type'], boolean, boolean]> = [
    // type, from an extension page, from a content script
    ['analyze', true, true],
    ['warm', true, true],
    ['budget-summary', true, false],
    ['record-post', false, true],
    ['budget-status', false, true],
    ['get-draft', false, false],
    ['toggle-panel', false, false],
  ];
  it.each(cases)('%s: extension page %s, content script %s', (type, page, content) => {
    expect(mayAsk(type, 'extension-page')).toBe(page);
    expect(mayAsk(type, 'content-script')).toBe(content);
    expect(mayAsk(type, 'other')).toBe(false);
  });
});
