import { describe, expect, it } from 'vitest';
import { detectLanguage, stripNoise } from './language';

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
