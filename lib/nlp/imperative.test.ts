import { describe, expect, it } from 'vitest';
import type { Language } from '../scoring/types';
import { createDoc } from './doc';
import { dutchImperative, findImperatives, germanImperatives, imperativeForms } from './imperative';

/** `verb:kind` for each call in `text`, as the rules see them. */
function calls(text: string, lang: Language = 'en'): string[] {
  const doc = createDoc(text, lang);
  return findImperatives(doc).map((m) => `${doc.tokens[m.verb]?.norm ?? '?'}:${m.kind}`);
}

describe('German inflection from lemmas', () => {
  it.each([
    ['kaufen', ['kauf'], ['kaufe'], 'kauft'],
    ['warten', [], ['warte'], 'wartet'],
    ['öffnen', [], ['öffne'], 'öffnet'],
    ['wechseln', ['wechsel'], ['wechsle'], 'wechselt'],
    ['nehmen', ['nimm', 'nehm'], [], 'nehmt'],
    ['bewerben', ['bewirb'], [], 'bewerbt'],
    ['vergessen', ['vergiss'], [], 'vergesst'],
    ['sein', ['sei'], [], 'seid'],
  ])('%s', (lemma, du, duE, ihr) => {
    expect(germanImperatives(lemma)).toEqual({ du, duE, ihr });
  });

  it('knows separable verbs by their base and particle', () => {
    expect(imperativeForms('de', 'meldet')).toContainEqual({
      lemma: 'anmelden',
      type: 'plural',
      particle: 'an',
    });
    expect(imperativeForms('de', 'anmelden')).toContainEqual({ lemma: 'anmelden', type: 'infinitive' });
  });
});

describe('Dutch inflection from lemmas', () => {
  it.each([
    ['kopen', 'koop', 'koopt'],
    ['bestellen', 'bestel', 'bestelt'],
    ['schrijven', 'schrijf', 'schrijft'],
    ['lezen', 'lees', 'leest'],
    ['reserveren', 'reserveer', 'reserveert'],
    ['veranderen', 'verander', 'verandert'],
    ['wachten', 'wacht', 'wacht'],
    ['doen', 'doe', 'doet'],
    ['komen', 'kom', 'komt'],
  ])('%s', (lemma, stem, u) => {
    expect(dutchImperative(lemma)).toEqual({ stem, u });
  });
});

describe('English imperatives', () => {
  it('finds calls after interjections, vocatives and fillers', () => {
    expect(calls('Hey subscribe to me')).toEqual(['subscribe:sales']);
    expect(calls('hi guys check my channel')).toEqual(['check:sales']);
    expect(calls('Check me out!')).toEqual(['check:sales']);
    expect(calls('Sub my channel!')).toEqual(['sub:sales']);
    expect(calls('ok so please share this with your team')).toEqual(['share:sales']);
  });

  it('tells sales calls from generic and mild ones', () => {
    expect(calls('Read our full report on the harvest.')).toEqual(['read:generic']);
    expect(calls('See how our bakers shape a loaf.')).toEqual(['see:generic']);
    expect(calls('Let us know what you think.')).toEqual(['let:mild']);
    expect(calls('Have a great weekend, everyone!')).toEqual(['have:mild']);
    expect(calls('Share your favourite recipe below.')).toEqual(['share:mild']);
  });

  it('leaves headlines, statements and subject-dropped feelings alone', () => {
    expect(calls('Judge questions fairness of the new rules.')).toEqual([]);
    expect(calls('Model prisoners learn to code.')).toEqual([]);
    expect(calls('Store hours will change next week.')).toEqual([]);
    expect(calls('In 2015, record numbers of visitors came.')).toEqual([]);
    expect(calls('Now open!')).toEqual([]);
    expect(calls('Love this new look.')).toEqual([]);
    expect(calls('Need an office makeover?')).toEqual([]);
  });

  it('reads clause starts after colons, commas and links', () => {
    expect(calls('Our new guide is out: download it today.')).toEqual(['download:sales']);
    expect(calls('If you are in town, stop by the shop.')).toEqual(['stop:generic']);
    expect(calls("Don't miss the tasting on Friday.")).toEqual(['miss:generic']);
  });

  it("counts an obligation put on the reader, not the speaker's own", () => {
    expect(calls('You should try the rye loaf.')).toEqual(['should:generic']);
    expect(calls('I must say the rye loaf is great.')).toEqual([]);
  });
});

describe('German imperatives', () => {
  it('finds du-, ihr- and Sie-imperatives and separable verbs', () => {
    expect(calls('Macht mal eure Augen auf.', 'de')).toEqual(['macht:generic']);
    expect(calls('Leute, nehmt das nicht hin!', 'de')).toEqual(['nehmt:generic']);
    expect(calls('Bitte unterstützt diese Seite', 'de')).toEqual(['unterstützt:generic']);
    expect(calls('Meldet euch jetzt für den Workshop an.', 'de')).toEqual(['meldet:sales']);
    expect(calls('Holt euch das neue Trikot.', 'de')).toEqual(['holt:sales']);
    expect(calls('Schaut vorbei!', 'de')).toEqual(['schaut:sales']);
    expect(calls('Kauf dir das Trikot.', 'de')).toEqual(['kauf:sales']);
    expect(calls('Kaufen Sie noch heute.', 'de')).toEqual(['kaufen:sales']);
  });

  it('finds infinitive commands', () => {
    expect(calls('Jetzt anmelden!', 'de')).toEqual(['anmelden:sales']);
    expect(calls('Bitte teilen.', 'de')).toEqual(['teilen:sales']);
    expect(calls('Einfach mal ausprobieren.', 'de')).toEqual(['ausprobieren:sales']);
    expect(calls('Jetzt kaufen und sparen!', 'de')).toEqual(['kaufen:sales']);
  });

  it('leaves yes/no questions, statements and subject-dropped speech alone', () => {
    expect(calls('Kommt ihr am Samstag?', 'de')).toEqual([]);
    expect(calls('Habt ihr das gesehen?', 'de')).toEqual([]);
    expect(calls('Kaufen sie das wirklich?', 'de')).toEqual([]);
    expect(calls('Dann macht das Sinn.', 'de')).toEqual([]);
    expect(calls('Die Läden schließen um acht.', 'de')).toEqual([]);
    expect(calls('Erinnert mich an den Sommer.', 'de')).toEqual([]);
    expect(calls('Finde ich gut.', 'de')).toEqual([]);
    expect(calls('Start der Saison ist im Mai.', 'de')).toEqual([]);
    expect(calls('Wir kommen am Montag bei euch vorbei.', 'de')).toEqual([]);
    expect(calls('Wir haben alles getan, um das zu verhindern.', 'de')).toEqual([]);
  });

  it('marks politeness as mild', () => {
    expect(calls('Bleibt gesund!', 'de')).toEqual(['bleibt:mild']);
    expect(calls('Lasst es uns wissen.', 'de')).toEqual(['lasst:mild']);
  });
});

describe('Dutch imperatives', () => {
  it('finds stem, je- and u-forms', () => {
    expect(calls('Schrijf je in voor de workshop.', 'nl')).toEqual(['schrijf:sales']);
    expect(calls('Kom langs in de winkel!', 'nl')).toEqual(['kom:sales']);
    expect(calls('Bestel nu en bespaar.', 'nl')).toEqual(['bestel:sales']);
    expect(calls('Doe mee!', 'nl')).toEqual(['doe:sales']);
    expect(calls('Bestelt u vandaag nog.', 'nl')).toEqual(['bestelt:sales']);
    expect(calls('Jongens, kijk even naar deze foto.', 'nl')).toEqual(['kijk:generic']);
    expect(calls('Graag delen!', 'nl')).toEqual(['delen:sales']);
  });

  it('leaves questions, statements and noun phrases alone', () => {
    expect(calls('Kom je zaterdag ook?', 'nl')).toEqual([]);
    expect(calls('Kom je ook', 'nl')).toEqual([]);
    expect(calls('Ik ga nu naar huis.', 'nl')).toEqual([]);
    expect(calls('Boek van de maand: De Avond.', 'nl')).toEqual([]);
    expect(calls('Nu open!', 'nl')).toEqual([]);
  });
});
