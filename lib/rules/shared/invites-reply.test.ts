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

  it('praises no request to act, label or headline as an invitation', () => {
    for (const text of [
      'Like and share to win a weekend in Vienna',
      'Wed: open mic night at the shop',
      'Read more: https://example.com/blog/42',
      'Judge questions fairness of the trial',
      'Model prisoners',
      'Buy now.',
      'Store the beans in a jar, away from the light.',
      // A reply or a thank-you is conversation, but it does not invite a reply (conversation.ts).
      '@anna thanks, fixed!',
    ]) {
      expect(runRule(invitesReply, text).strengths, text).toEqual([]);
    }
  });

  it('does not count headline, rhetorical or broken questions', () => {
    for (const text of [
      'Does The Gates Foundation Need A New Office? https://example.com/a',
      'Did you know that coffee has more than 1,000 aromas?',
      'WHO estimates that 346 million people have diabetes',
      'What the new rules mean for small shops',
      '66,000 Volunteers Mark Company??s Annual Day',
      'RT @anna #volunteers ?',
      'Fact of the day - did you know that coffee is the most recognised smell?',
      'Is Acme safer than Beta?: https://example.com/a',
      'Anna speaks at the panel “Is training the answer?” on Friday.',
    ]) {
      expect(runRule(invitesReply, text).strengths, text).toEqual([]);
    }
    expect(runRule(invitesReply, 'Which colour would you pick for the office?').strengths).toMatchObject([
      { kind: 'question', relief: 24 },
    ]);
  });

  it('asks the reader in German and Dutch only with a `?` or an inverted subject pronoun', () => {
    expect(runRule(invitesReply, 'Bitte unterstützt diese Seite', 'de').strengths).toEqual([]);
    expect(runRule(invitesReply, 'Besuchen Sie uns am Stand 4', 'de').strengths).toEqual([]);
    for (const text of [
      'Kommt ihr morgen zum Hoffest',
      'Habt ihr Lust auf Kuchen',
      'Bitte unterstützt ihr uns?',
    ]) {
      expect(runRule(invitesReply, text, 'de').strengths, text).toMatchObject([{ kind: 'question' }]);
    }
    expect(runRule(invitesReply, 'Pak je jas en kom langs bij de markt', 'nl').strengths).toEqual([]);
    expect(runRule(invitesReply, 'Gaan jullie mee naar de markt', 'nl').strengths).toMatchObject([
      { kind: 'question', relief: 12 },
    ]);
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
