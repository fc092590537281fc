import { describe, expect, it } from 'vitest';
import type { Language } from '../scoring/types';
import { createDoc } from './doc';
import { addressForms, majorityForm } from './register';

function forms(text: string, lang: Language): string[] {
  return addressForms(createDoc(text, lang)).map((h) => `${text.slice(h.start, h.end)}:${h.form}`);
}

describe('addressForms', () => {
  it.each([
    ['Melden Sie sich an und sichern Sie Ihren Rabatt.', ['Sie:formal', 'Sie:formal', 'Ihren:formal']],
    ['Wir schicken Ihnen Ihr neues Konto noch heute.', ['Ihnen:formal', 'Ihr:formal']],
    ['Hol dir deinen Gutschein, bevor du es vergisst.', ['dir:informal', 'deinen:informal', 'du:informal']],
    ['Was meint ihr? Habt ihr es schon probiert?', ['ihr:informal', 'ihr:informal']],
    [
      'Ihr seid die Besten, und ihr müsst euch nichts beweisen.',
      ['Ihr:informal', 'ihr:informal', 'euch:informal'],
    ],
    // she, they, her, their: never the address.
    ['Die Bäckerinnen lieben ihre Arbeit, sie backen ab vier. Sie sind Profis.', []],
    ['Die Kundin sagt, wir haben ihr nicht zu viel versprochen.', []],
    // Shouting and Headline Style say nothing.
    ['JETZT ZUGREIFEN, SIE WERDEN ES LIEBEN', []],
  ])('German: %s', (text, expected) => {
    expect(forms(text, 'de')).toEqual(expected);
  });

  it.each([
    ['Bestel vandaag en ontvang uw pakket morgen, wij helpen u graag.', ['uw:formal', 'u:formal']],
    [
      'Heb jij je tickets al? Jullie krijgen jouw code per mail.',
      ['jij:informal', 'je:informal', 'Jullie:informal', 'jouw:informal'],
    ],
  ])('Dutch: %s', (text, expected) => {
    expect(forms(text, 'nl')).toEqual(expected);
  });

  it('finds nothing in English', () => {
    expect(forms('You and your team.', 'en')).toEqual([]);
  });

  it('takes the majority, and no side on a tie or without forms', () => {
    const hit = (form: 'formal' | 'informal') => ({ start: 0, end: 1, form });
    expect(majorityForm([hit('formal'), hit('informal'), hit('formal')])).toBe('formal');
    expect(majorityForm([hit('formal'), hit('informal')])).toBeUndefined();
    expect(majorityForm([])).toBeUndefined();
  });
});
