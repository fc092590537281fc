import { describe, expect, it } from 'vitest';
import { detectLanguage, functionWordCounts, stripNoise } from './language';

describe('detectLanguage', () => {
  it.each([
    ['We are excited to announce our new coffee subscription for the winter', 'en'],
    ['Wir freuen uns, Ihnen unser neues Kaffee-Abo vorzustellen', 'de'],
    ['Wij zijn trots om ons nieuwe koffieabonnement te presenteren', 'nl'],
    ['Welche Sorte sollen wir als Nächstes backen? 🥐 #bäckerei', 'de'],
    ['Hoe drink jij je koffie het liefst? ☕️ @koffiebar', 'nl'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it.each([
    // tinyld alone said German for these: n-grams guess wrong on chat spelling and Title Case.
    ['Plz subscribe to my channel and I will subscribe back xx', 'en'],
    ['The 22 Best Recipes For A Rainy Weekend', 'en'],
    ['Kommst du mit? :)', 'de'],
    ['Wat vinden jullie ervan?', 'nl'],
    ['Das ist nicht okay', 'de'],
  ])('short or unusual: %s -> %s (function words decide)', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('counts only words that belong to one language alone', () => {
    expect(functionWordCounts('the und niet in was die')).toEqual({ en: 1, de: 1, nl: 1 });
    expect(functionWordCounts('don’t, oder?')).toEqual({ en: 1, de: 1, nl: 0 });
  });

  it('says und for drafts too short to tell', () => {
    expect(detectLanguage('Nu!').language).toBe('und');
    expect(detectLanguage('🔥🔥 #sale https://x.co').language).toBe('und');
  });

  it('says und for text in none of the three languages', () => {
    expect(detectLanguage('مرحبا بكم في متجرنا الجديد في المدينة').language).toBe('und');
  });

  it('removes links, mentions, hashtags and emoji before detecting', () => {
    expect(stripNoise('Hallo @anna #sale 🎉 https://x.co/a neu')).toBe('Hallo neu');
  });
});
