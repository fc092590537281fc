import { describe, expect, it } from 'vitest';
import { checkExample, exampleRows, runRule } from '../testing';
import { invitesReply } from './invites-reply';

describe('invites-reply', () => {
  it.each(exampleRows(invitesReply))('%s %s: %s', (lang, kind, text) => {
    expect(checkExample(invitesReply, lang, kind, text)).toBeUndefined();
  });

  it('relieves most for the first question, less for the next, spanning each sentence', () => {
    const { strengths, findings } = runRule(invitesReply, 'New oven. Which bread first? Rye or spelt?');
    expect(findings).toEqual([]);
    expect(strengths.map((s) => [s.kind, s.text, s.relief])).toEqual([
      ['question', 'Which bread first?', 24],
      ['question', 'Rye or spelt?', 8],
    ]);
  });

  it('counts a question without its question mark, but less, and not a "How to" headline', () => {
    const { strengths } = runRule(invitesReply, 'What do you think');
    expect(strengths).toContainEqual(
      expect.objectContaining({ kind: 'question', text: 'What do you think', relief: 12 }),
    );
    expect(strengths).toContainEqual(
      expect.objectContaining({ kind: 'invitation', text: 'What do you think' }),
    );
    expect(runRule(invitesReply, 'How to store coffee beans').strengths).toEqual([]);
  });

  it('treats a reply (@mention first) as conversation and a sales imperative as none', () => {
    const { strengths } = runRule(invitesReply, '@anna thanks, fixed!');
    expect(strengths).toMatchObject([{ kind: 'invitation', text: '@anna', start: 0, end: 5 }]);
    expect(strengths[0]!.relief).toBeGreaterThan(0);
    expect(runRule(invitesReply, 'Buy now.').strengths).toEqual([]);
  });

  it('finds German and Dutch invitations', () => {
    const de = runRule(invitesReply, 'Was meint ihr', 'de').strengths;
    expect(de).toContainEqual(expect.objectContaining({ kind: 'question', text: 'Was meint ihr' }));
    const nl = runRule(invitesReply, 'Laat ons weten wat je ervan vindt.', 'nl').strengths;
    expect(nl).toContainEqual(
      expect.objectContaining({ kind: 'invitation', text: 'Laat ons weten', relief: 24 }),
    );
  });
});
