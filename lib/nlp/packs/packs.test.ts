import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc';
import { findImperatives } from '../imperative';
import { PatternSet } from '../patterns';
import { tokenize } from '../tokenize';
import { de } from './de';
import { en } from './en';
import { nl } from './nl';
import type { LanguagePack } from './types';

type ListKey = Exclude<keyof LanguagePack, 'lang'>;

const PACKS: Record<'en' | 'de' | 'nl', LanguagePack> = { en, de, nl };

function listKeys(pack: LanguagePack): ListKey[] {
  return (Object.keys(pack) as (keyof LanguagePack)[]).filter((k): k is ListKey => k !== 'lang');
}

/** Lists the rules read as plain word sets (`wordSet`, `Set`, `endsWith`): no pattern syntax. */
const WORD_LISTS: readonly ListKey[] = [
  'we',
  'self',
  'you',
  'passiveAuxiliaries',
  'nominalSuffixes',
  'ctaVerbs',
  'imperativeLeads',
  'personalObjects',
  'listicleNouns',
  'units',
  'dateWords',
];

const compiled = new Map<string, PatternSet<null>>();
function set(pack: LanguagePack, key: ListKey): PatternSet<null> {
  const id = `${pack.lang}:${key}`;
  let s = compiled.get(id);
  if (!s) {
    s = new PatternSet(pack[key].map((p) => [p, null] as const));
    compiled.set(id, s);
  }
  return s;
}

function matches(pack: LanguagePack, key: ListKey, text: string): string[] {
  return set(pack, key)
    .findAll(tokenize(text).tokens)
    .map((m) => m.source);
}

/** The sales calls `call-to-action` reads by grammar (lib/nlp/imperative.ts inflects `ctaVerbs`). */
function ctaHeads(pack: LanguagePack, text: string): string[] {
  return findImperatives(createDoc(text, pack.lang))
    .filter((m) => m.kind === 'sales')
    .map((m) => m.lemma);
}

/** Whether the sentence opens with a question opener (invites-reply reads them at the head). */
function opensQuestion(pack: LanguagePack, text: string): boolean {
  const { tokens } = tokenize(text);
  const first = tokens.findIndex((t) => t.kind === 'word');
  return set(pack, 'questionOpeners')
    .findAll(tokens)
    .some((m) => m.first === first);
}

describe.each(Object.entries(PACKS))('%s pack: well-formed lists', (lang, pack) => {
  it('has the language code', () => {
    expect(pack.lang).toBe(lang);
  });

  it.each(listKeys(pack))('%s compiles and is not empty', (key) => {
    expect(pack[key].length).toBeGreaterThan(0);
    expect(() => new PatternSet(pack[key].map((p) => [p, null] as const))).not.toThrow();
  });

  it.each(listKeys(pack))('%s has no duplicates', (key) => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const p of pack[key]) {
      if (seen.has(p)) dups.push(p);
      seen.add(p);
    }
    expect(dups).toEqual([]);
  });

  it.each(listKeys(pack))('%s is lower case', (key) => {
    const upper = pack[key].filter((p) => {
      const bare = p.replace(/<num>/g, '');
      return bare !== bare.toLowerCase();
    });
    expect(upper).toEqual([]);
  });

  it.each(WORD_LISTS)('%s holds single words without pattern syntax', (key) => {
    const bad = pack[key].filter((w) => /[\s*|~<>]/.test(w) || w.length === 0);
    expect(bad).toEqual([]);
  });
});

describe('packs share one shape', () => {
  it('en, de and nl have the same keys', () => {
    const keys = (p: LanguagePack) => Object.keys(p).sort();
    expect(keys(de)).toEqual(keys(en));
    expect(keys(nl)).toEqual(keys(en));
  });
});

/**
 * Every alternative of every phrase must be able to match one token: "like & share" or "tip:"
 * can never match, because symbols end a phrase and words carry no punctuation. (The currency
 * and percent signs in `units` are compared with single tokens, not matched as phrases.)
 */
describe.each([
  ['de', de],
  ['nl', nl],
] as const)('%s pack: every alternative can match a token', (_lang, pack) => {
  it.each(listKeys(pack).filter((k) => k !== 'units'))('%s', (key) => {
    const bad: string[] = [];
    for (const pattern of pack[key]) {
      for (const item of pattern.trim().split(/\s+/)) {
        if (item === '~' || item === '<num>') continue;
        for (const alt of item.split('|')) {
          const probe = alt.endsWith('*') ? `${alt.slice(0, -1)}x` : alt;
          const tokens = tokenize(probe).tokens;
          const only = tokens[0];
          const ok =
            tokens.length === 1 &&
            only !== undefined &&
            (only.kind === 'word' || only.kind === 'number' || only.kind === 'hashtag') &&
            only.norm.startsWith(alt.replace(/\*$/, ''));
          if (!ok) bad.push(`${pattern} → ${alt}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

type Examples = Partial<Record<ListKey, readonly string[]>>;

const GROUPS: Record<'broadcast' | 'pushiness' | 'missingValue', readonly ListKey[]> = {
  broadcast: [
    'questionOpeners',
    'invitations',
    'requests',
    'conversation',
    'reportingVerbs',
    'announcements',
    'pressVocabulary',
  ],
  pushiness: ['ctaVerbs', 'ctaPhrases', 'urgency', 'hype', 'giveaway', 'engagementBait'],
  missingValue: ['teasers', 'vagueWords', 'deal', 'tip', 'help', 'privilege', 'benefit', 'information'],
};

const DE_EXAMPLES: Examples = {
  questionOpeners: [
    'Was ist euer Lieblingsrezept für den Herbst?',
    'Kennt ihr schon unsere neue Filiale in Graz?',
    'Habt ihr Lust auf ein Wochenende in den Bergen?',
    'Wisst ihr, wie viel Wasser in einer Jeans steckt?',
    'Kannst du dir einen Montag ohne Kaffee vorstellen?',
    'Welche Farbe würdest du wählen?',
    'Haben Sie schon an die Winterreifen gedacht?',
    'Lust auf einen Kaffee?',
    'Wusstet ihr, dass wir seit 1952 backen?',
  ],
  invitations: [
    'Sagt uns eure Meinung in den Kommentaren.',
    'Lasst es uns wissen!',
    'Was haltet ihr davon?',
    'Wir sind gespannt auf eure Ideen.',
    'Schreibt uns, welche Sorte wir als Nächstes backen sollen.',
    'Wie seht ihr das?',
    'Verratet uns euren Lieblingsplatz in Wien.',
    'Wir freuen uns auf Ihr Feedback.',
    'Teilt eure Erfahrungen mit uns.',
    'Welche Farbe würdest du wählen?',
    'Lassen Sie uns in den Kommentaren wissen, was Sie denken.',
  ],
  requests: [
    'Bitte bringt eure eigenen Becher mit.',
    'Lasst uns gemeinsam den Park aufräumen.',
    'Du solltest den Roggen einmal probieren.',
  ],
  conversation: [
    'Danke für das tolle Foto aus Graz!',
    'Vielen Dank für den Hinweis, wir kümmern uns darum.',
    'Das tut uns leid, schreib uns bitte eine DM.',
    'Herzlichen Glückwunsch zur Eröffnung!',
    'Schön, dass ihr da wart!',
    'Freut uns, dass es geschmeckt hat.',
    'Gern geschehen, bis bald!',
    'Gute Besserung und liebe Grüße aus der Backstube.',
  ],
  reportingVerbs: [
    'Die Muster GmbH übernimmt die Beispiel AG.',
    'Beispiel AG eröffnet neuen Standort in Linz.',
  ],
  announcements: [
    'Wir freuen uns, Ihnen heute unser neues Produkt vorzustellen.',
    'Wir sind stolz, unsere neue Kollektion zu präsentieren.',
    'Heute freuen wir uns, unsere Partnerschaft mit der Stadt Zürich bekanntzugeben.',
    'Mit großer Freude geben wir bekannt, dass Anna Müller unser Team verstärkt.',
    'Die Muster GmbH gibt heute die Übernahme der Beispiel AG bekannt.',
    'Endlich ist es so weit: Unser Onlineshop ist live!',
    'Ab sofort ist unser Hafermilch-Eis in allen Filialen erhältlich.',
    'Darf ich vorstellen: unser neuer Barista-Kurs.',
    'Große Neuigkeiten aus Hamburg!',
    'Pressemitteilung: Beispiel AG eröffnet neuen Standort in Linz.',
    'Wir haben heute unseren neuen Flagship-Store in München eröffnet.',
    'Stolz präsentieren wir unser erstes E-Bike.',
    'Wir stellen vor: die neue Sommerkollektion.',
    'Wir freuen uns sehr über die Auszeichnung als Arbeitgeber des Jahres.',
  ],
  pressVocabulary: [
    'Als einer der führenden Anbieter für Logistik setzen wir auf Qualität.',
    'Unsere innovativen Lösungen schaffen echten Mehrwert für unsere Kunden.',
    'Die Beispiel AG ist Marktführer im Bereich Gebäudetechnik.',
    'Wir bieten ganzheitliche Beratung aus einer Hand.',
    'Mit dieser strategischen Partnerschaft stärken wir unsere Position im DACH-Raum.',
    'Ein wichtiger Meilenstein auf unserem Weg.',
    'Die Muster GmbH mit Sitz in Stuttgart beschäftigt 300 Mitarbeitende.',
  ],
  ctaVerbs: [
    'Kauf dir jetzt das neue Trikot.',
    'Bestellen Sie noch heute.',
    'Jetzt kaufen und sparen!',
    'Entdecke unsere neue Kollektion.',
    'Testen Sie 30 Tage gratis.',
    'Jetzt anmelden!',
    'Schnapp dir dein Ticket.',
    'Sichere dir deinen Platz im Workshop.',
  ],
  ctaPhrases: [
    'Jetzt Tickets sichern!',
    'Link in Bio.',
    'Klicken Sie auf den Link in unserem Profil.',
    'Hol dir jetzt deinen Rabatt.',
    'Sichern Sie sich Ihren Platz.',
    'Worauf wartest du noch?',
    'Melden Sie sich noch heute an.',
    'Mehr erfahren unter beispiel.de',
    "Hier geht's zum Shop.",
    'Jetzt im Onlineshop bestellen.',
    'Gönn dir eine Auszeit.',
    'Ruf uns jetzt an.',
    'Werde Teil unseres Teams.',
  ],
  urgency: [
    'Nur heute: 20 % auf alles!',
    'Letzte Chance!',
    'Nur noch 3 Plätze frei.',
    'Solange der Vorrat reicht.',
    'Das Angebot gilt nur bis Sonntag.',
    'Nicht verpassen!',
    'Verpassen Sie diese Gelegenheit nicht.',
    'Limitierte Auflage, nur 500 Stück.',
    'Weg ist weg!',
    'Schnell sein lohnt sich.',
    'Die Aktion endet heute um Mitternacht.',
    'Fast ausverkauft!',
    'Nur für kurze Zeit.',
    'Beeilt euch!',
    'Jetzt oder nie.',
  ],
  hype: [
    'Unsere unglaubliche, sensationelle App!',
    'Das ist der Wahnsinn!',
    'Mega-Angebot zum Wochenende.',
    'Ein Hammer-Angebot für alle Frühaufsteher.',
    'Unschlagbare Preise!',
    'Einfach genial.',
    'Das ultimative Geschenk für Papa.',
    'Einzigartiger Geschmack.',
    'Revolutionäre Technik.',
    'Die besten Preise aller Zeiten.',
  ],
  giveaway: [
    'Gewinnspiel: Jetzt mitmachen und gewinnen!',
    'Wir verlosen drei Gutscheine im Wert von je 50 Euro.',
    'Die Gewinnerin wird am Freitag ausgelost.',
    'Die Teilnahmebedingungen findest du in der Bio.',
    'Macht mit und gewinnt ein Wellness-Wochenende.',
  ],
  engagementBait: [
    'Like & teile diesen Beitrag!',
    'Liken und teilen, wenn du zustimmst!',
    'Folgt uns für mehr.',
    'Folgen Sie uns auf Instagram.',
    'Tagge einen Freund, der das sehen muss.',
    'Markiert eure beste Freundin!',
    'Lasst ein Like da.',
    'Vergesst nicht, uns zu folgen.',
    'Kommentiert mit JA, wenn ihr dabei seid.',
    'Teilt diesen Post mit euren Freunden.',
  ],
  teasers: [
    'Du wirst nicht glauben, was dann passiert ist',
    'Ihr werdet staunen.',
    'Was als Nächstes passiert, ist unglaublich.',
    'Das Geheimnis unserer Sauerteigbrote?',
    'Ratet mal, was wir morgen vorstellen.',
    'Bleibt gespannt!',
    'Etwas Großes kommt.',
    'Mehr verraten wir noch nicht.',
    'Seht selbst!',
    'Neugierig geworden?',
    'Dieser eine Trick spart dir jeden Morgen Zeit.',
  ],
  vagueWords: ['Das ist echt einfach total gut.', 'Wirklich super lecker.'],
  deal: [
    '20 % Rabatt auf alle Mäntel bis Sonntag mit dem Code WARM20.',
    'Mit dem Gutscheincode HERBST10 sparst du 10 Euro.',
    'Versandkostenfrei ab 50 Euro.',
    'Kostenloser Versand und kostenlose Rücksendung.',
    'Statt 49,99 nur 29,99 Euro.',
    '3 für 2 auf alle Socken.',
    'Alle Sommerkleider zum halben Preis.',
    'Spare bis zu 40 % im Sale.',
    'Jetzt 30 Tage kostenlos testen.',
    'Frühbucherrabatt bis 31. März.',
  ],
  tip: [
    'Tipp: Bewahre deine Bohnen luftdicht und dunkel auf.',
    "So geht's: Teig 24 Stunden ruhen lassen.",
    'Schritt für Schritt zum perfekten Espresso.',
    'Unsere Anleitung zeigt, wie du den Filter wechselst.',
    'Wusstest du, dass Tomaten nicht in den Kühlschrank gehören?',
    'So erkennst du Phishing-Mails.',
    'Achte darauf, dass die Pfanne richtig heiß ist.',
    'Unsere Checkliste für den Umzug.',
    'Schon gewusst?',
  ],
  help: [
    'Probleme beim Login? Wir helfen dir gern weiter.',
    'Bei Fragen erreichen Sie uns unter 0800 123 456.',
    'Unser Kundenservice ist rund um die Uhr für Sie da.',
    'Schreib uns eine Nachricht, wir kümmern uns darum.',
    'Die Störung ist behoben.',
    'Das tut uns leid.',
    'Wir beraten Sie gerne persönlich.',
  ],
  privilege: [
    'Newsletter-Abonnenten bekommen am Freitag vorab Zugang zu den neuen Sorten.',
    'Exklusiv für Mitglieder: 15 % auf alles.',
    'Erfahre als Erste von neuen Drops.',
    'Ein Blick hinter die Kulissen unserer Rösterei.',
    'Der Vorverkauf startet am Montag.',
    'Sei unter den Ersten, die das neue Modell testen.',
  ],
  benefit: [
    'Damit du morgens mehr Zeit hast.',
    'Die App spart dir jede Woche eine Stunde.',
    'So kannst du deine Rechnungen in zwei Minuten bezahlen.',
    'Nie wieder Schlange stehen.',
    'Sie erhalten Ihre Bestellung in nur 24 Stunden.',
    'Jederzeit kündbar.',
  ],
  information: [
    'Laut einer Studie trinken 60 Prozent der Deutschen täglich Kaffee.',
    'Wir öffnen später, weil unser Ofen gewartet wird.',
    'Unsere Filiale ist ab 8 Uhr geöffnet.',
    'Die neue Version enthält einen Dunkelmodus.',
    'Unser Laden in Köln öffnet ab Montag um 8 Uhr.',
  ],
};

const NL_EXAMPLES: Examples = {
  questionOpeners: [
    'Wat is jouw favoriete herfstrecept?',
    'Heb jij onze nieuwe winkel in Gent al gezien?',
    'Weet je hoeveel water er in een spijkerbroek zit?',
    'Kun je je een maandag zonder koffie voorstellen?',
    'Welke kleur kies jij?',
    'Hebben jullie al plannen voor het weekend?',
    'Kent u onze nieuwe app al?',
    'Toe aan vakantie?',
    'Zin in een weekendje weg?',
  ],
  invitations: [
    'Laat ons weten wat je ervan vindt.',
    'Laat het ons weten in de comments!',
    'Wat vinden jullie ervan?',
    'Vertel ons je favoriete wandelroute.',
    'Deel je ervaring met ons.',
    'We zijn benieuwd naar jullie ideeën.',
    'Wat denk jij?',
    'Welke kleur kies jij?',
    'We horen het graag van je.',
    'Wie herkent dit?',
    'Stem op jouw favoriet.',
  ],
  requests: [
    'Neem alsjeblieft je eigen beker mee.',
    'Laten we samen de buurt opruimen.',
    'Je moet de rogge eens proberen.',
  ],
  conversation: [
    'Bedankt voor je bericht!',
    'Dank je wel voor de mooie foto.',
    'Sorry dat het zo lang duurde.',
    'Onze excuses, we lossen het vandaag op.',
    'Gefeliciteerd met de opening!',
    'Fijn dat je langs kwam!',
    'Graag gedaan, tot snel!',
    'Mooie foto, ga zo door.',
  ],
  reportingVerbs: ['Acme lanceert nieuwe app voor thuiszorg.', 'De Bakkerij opent tweede winkel in Gent.'],
  announcements: [
    'Wij zijn trots om onze nieuwe collectie te presenteren.',
    'Met trots presenteren wij onze nieuwe app.',
    'Wij zijn verheugd aan te kondigen dat we uitbreiden naar Antwerpen.',
    'We zijn blij je te vertellen dat onze webshop live is.',
    'Met gepaste trots kondigen we aan dat Anna ons team komt versterken.',
    'Vandaag lanceren we onze eerste elektrische fiets.',
    'Het is eindelijk zover: onze winkel in Utrecht is open!',
    'Maak kennis met onze nieuwe barista.',
    'Groot nieuws uit Rotterdam!',
    'Persbericht: Voorbeeld BV opent nieuwe vestiging in Breda.',
    'Voorbeeld BV kondigt vandaag de overname van Demo NV aan.',
    'Vanaf nu is onze havermelk-ijs in alle filialen verkrijgbaar.',
    'We hebben vandaag onze nieuwe winkel in Zwolle geopend.',
    'Wij heten Sanne van harte welkom in ons team.',
  ],
  pressVocabulary: [
    'Als toonaangevende leverancier van logistieke oplossingen staan wij voor kwaliteit.',
    'Onze innovatieve oplossingen bieden echte meerwaarde.',
    'Voorbeeld BV is marktleider in gebouwtechniek.',
    'Wij ontzorgen u van begin tot eind.',
    'Met deze strategische samenwerking versterken we onze positie in de Benelux.',
    'Een belangrijke mijlpaal voor ons bedrijf.',
    'Voorbeeld BV, gevestigd in Eindhoven, heeft 300 medewerkers.',
  ],
  ctaVerbs: [
    'Bestel nu en bespaar!',
    'Nu kopen!',
    'Ontdek onze nieuwe collectie.',
    'Probeer het 30 dagen gratis.',
    'Scoor je tickets via onze site.',
    'Boek direct je tafel.',
    'Profiteer van 20% korting.',
    'Meld je vandaag nog aan.',
  ],
  ctaPhrases: [
    'Link in bio.',
    'Klik op de link in ons profiel.',
    'Bestel vandaag nog.',
    'Nu bestellen via de webshop.',
    'Schrijf je nu in voor de nieuwsbrief.',
    'Meld je vandaag nog aan.',
    'Waar wacht je nog op?',
    'Ga naar onze website voor alle info.',
    'Vraag vrijblijvend een offerte aan.',
    'Word nu lid van onze club.',
    'Sla je slag tijdens de actieweek.',
    'Meer weten?',
    'Shop nu online.',
  ],
  urgency: [
    'Alleen vandaag: 20% korting!',
    'Laatste kans!',
    'Nog maar 3 plekken beschikbaar.',
    'Op is op!',
    'Zolang de voorraad strekt.',
    'Alleen dit weekend geldig.',
    'Mis deze kans niet!',
    'Niet te missen!',
    'Wees er snel bij!',
    'Bijna uitverkocht!',
    'De actie eindigt vandaag om middernacht.',
    'Beperkte oplage: slechts 500 stuks.',
    'Haast je!',
    'Nu of nooit.',
    'Voor korte tijd in de winkel.',
  ],
  hype: [
    'Onze ongelooflijke, fantastische app!',
    'Wat een geweldige dag!',
    'Mega-actie dit weekend.',
    'Waanzinnige korting op alle jassen.',
    'Dé must-have van deze zomer.',
    'Een unieke kans.',
    'Het is hét evenement van het jaar.',
    'Onverslaanbare prijzen!',
    'Spectaculaire show in Ahoy.',
    'De beste deal ooit.',
  ],
  giveaway: [
    'Winactie: doe mee en win een prijs!',
    'Maak kans op een cadeaubon ter waarde van 50 euro.',
    'We verloten drie fietsen.',
    'De winnaar maken we vrijdag bekend.',
    'Lees de actievoorwaarden in onze bio.',
  ],
  engagementBait: [
    'Like en deel als je het eens bent!',
    'Volg ons voor meer.',
    'Like & deel dit bericht!',
    'Tag een vriend die dit moet zien.',
    'Deel dit bericht met je vrienden.',
    'Laat een like achter!',
    'Vergeet niet ons te volgen.',
    'Zet je meldingen aan.',
    'Typ JA in de comments.',
    'Volg jij ons al op TikTok?',
  ],
  teasers: [
    'Je raadt nooit wat er daarna gebeurde',
    'Dit moet je zien!',
    'Je gelooft nooit wat we vonden.',
    'Raad eens wat er morgen in de winkel ligt.',
    'Het geheim van onze stroopwafels?',
    'Er komt iets groots aan.',
    'Wordt vervolgd.',
    'Houd onze socials goed in de gaten.',
    'Nieuwsgierig geworden?',
    'Dit gebeurt er als je elke dag wandelt.',
    'Stay tuned!',
  ],
  vagueWords: ['Dit is echt gewoon super goed.', 'Helemaal top.'],
  deal: [
    '20% korting op alle jassen tot zondag met code WARM20.',
    'Gebruik kortingscode HERFST10 en bespaar 10 euro.',
    'Gratis verzending vanaf 50 euro.',
    'Van 49,99 voor 29,99 euro.',
    '1+1 gratis op alle sokken.',
    '3 halen 2 betalen.',
    'Tweede paar halve prijs.',
    'Nu in de uitverkoop.',
    'Probeer 30 dagen gratis met onze proefperiode.',
    'Vroegboekkorting tot 31 maart.',
  ],
  tip: [
    'Tip: bewaar je bonen luchtdicht en donker.',
    'Zo doe je dat: laat het deeg 24 uur rusten.',
    'Stap voor stap naar de perfecte espresso.',
    'Wist je dat tomaten niet in de koelkast horen?',
    'Zo herken je phishingmails.',
    'Zorg ervoor dat de pan goed heet is.',
    'Ons stappenplan voor je verhuizing.',
    'Let op: de eerste keer langer laden.',
    'In plaats van boter kun je olijfolie gebruiken.',
  ],
  help: [
    'Problemen met inloggen? We helpen je graag.',
    'Heb je nog vragen? Neem gerust contact met ons op.',
    'Onze klantenservice is 24 uur per dag bereikbaar.',
    'Stuur ons een DM, dan zoeken we het uit.',
    'De storing is verholpen.',
    'Onze excuses voor het ongemak.',
    'Graag geholpen!',
  ],
  privilege: [
    'Nieuwsbriefabonnees krijgen vrijdag als eerste toegang tot de nieuwe smaken.',
    'Alleen voor leden: 15% op alles.',
    'Een kijkje in de keuken van onze branderij.',
    'De voorverkoop start maandag.',
    'Wees een van de eersten die het nieuwe model testen.',
    'Als klant krijg je voorrang bij het boeken.',
  ],
  benefit: [
    'Zodat je elke ochtend meer tijd hebt.',
    'De app bespaart je elke week een uur.',
    'Zo kun je je rekeningen in twee minuten betalen.',
    'Nooit meer in de rij staan.',
    'U ontvangt uw bestelling binnen 24 uur.',
    'Maandelijks opzegbaar.',
  ],
  information: [
    'Volgens onderzoek drinkt 60 procent van de Nederlanders dagelijks koffie.',
    'We gaan later open, omdat onze oven onderhoud krijgt.',
    'Onze winkel is vanaf 8 uur geopend.',
    'De nieuwe versie bevat een donkere modus.',
    'Onze bakkerij gaat zondag om 7 uur open.',
  ],
};

/** Everyday sentences that are not selling: they must not trip the pushiness lexicons. */
const DE_ORDINARY = [
  'Ich gehe jetzt nach Hause.',
  'Wir haben heute lange gearbeitet.',
  'Heute war ein schöner Tag im Büro.',
  'Jetzt ist es Zeit für eine Pause.',
  'Unser Team hat gestern den Umzug geschafft.',
  'Morgen fahren wir nach Wien.',
  'In den letzten Tagen hatten wir viel zu tun.',
  'Der Sommer ist bald vorbei.',
  'Wir sind sicher, dir gefällt das neue Design.',
  'Das macht mit Freunden mehr Spaß.',
  'Es ist ein Tag für Menschen, die gerne draußen sind.',
  'Gestern haben wir neue Tische für das Café bestellt.',
  'Ich habe gestern Brot gekauft.',
  'Der Zug fährt um 9 Uhr.',
  'Unsere Bäckerin Anna teilt ihr Rezept.',
  'Wir müssen noch heute die Steuer erledigen.',
  'Das Wetter war super.',
  'Wir haben die Frist für die Bewerbung verlängert.',
  'Die Tage werden kürzer.',
  'Kaffee kaufen wir immer beim Röster um die Ecke.',
  'Wir kommen am Montag bei euch vorbei.',
  'Der Workshop findet jeden Dienstag statt.',
];

const NL_ORDINARY = [
  'Ik ben nu thuis.',
  'Ik ga nu naar huis.',
  'We hebben vandaag hard gewerkt aan het nieuwe ontwerp.',
  'Vandaag is het mooi weer.',
  'Het was een lange dag op kantoor.',
  'Morgen is de winkel gesloten.',
  'Ik heb gisteren brood gekocht.',
  'De trein vertrekt om 9 uur.',
  'Ons team bestaat uit twaalf mensen.',
  'De zomer is bijna voorbij.',
  'Ik ben bijna op kantoor.',
  'Het ging mis, maar niet erg.',
  'We geven de sleutel aan de buren.',
  'Wij volgen ons hart.',
  'Onze bakker Anna deelt haar recept.',
  'De workshop is elke dinsdag.',
  'Het is heet, welkom in onze ijssalon.',
  'De meldingen aan de gemeente gaan via het loket.',
  'We gaan vandaag naar de markt.',
  'Deze week hebben we veel geleerd.',
  'Dat was super gezellig.',
];

const PUSHY: readonly ListKey[] = ['urgency', 'hype', 'ctaPhrases', 'engagementBait', 'giveaway'];

describe.each([
  ['de', de, DE_EXAMPLES, DE_ORDINARY],
  ['nl', nl, NL_EXAMPLES, NL_ORDINARY],
] as const)('%s pack: realistic sentences', (_lang, pack, examples, ordinary) => {
  for (const [group, keys] of Object.entries(GROUPS)) {
    it(`has at least 15 examples for ${group}`, () => {
      const n = keys.reduce((sum, k) => sum + (examples[k]?.length ?? 0), 0);
      expect(n).toBeGreaterThanOrEqual(15);
    });
  }

  for (const key of Object.values(GROUPS).flat()) {
    const sentences = examples[key] ?? [];
    if (sentences.length === 0) continue;
    it.each(sentences)(`${key}: %s`, (text) => {
      if (key === 'ctaVerbs') expect(ctaHeads(pack, text)).not.toEqual([]);
      else if (key === 'questionOpeners') expect(opensQuestion(pack, text)).toBe(true);
      else expect(matches(pack, key, text)).not.toEqual([]);
    });
  }

  it.each(ordinary)('not pushy: %s', (text) => {
    const hits = PUSHY.flatMap((k) => matches(pack, k, text).map((m) => `${k}: ${m}`));
    expect(hits).toEqual([]);
    expect(ctaHeads(pack, text)).toEqual([]);
  });
});

describe('announcement formulas are not every "freuen uns" / "blij"', () => {
  it.each([
    [de, 'Wir freuen uns auf Ihren Besuch.'],
    [de, 'Wir freuen uns über eure Nachrichten.'],
    [de, 'Welche Sorte sollen wir als Nächstes backen?'],
    [nl, 'We zijn blij dat je er bent.'],
    [nl, 'Welke smaak moeten we terugbrengen?'],
    [nl, 'We helpen je met plezier.'],
  ] as const)('%#: %s', (pack, text) => {
    expect(matches(pack, 'announcements', text)).toEqual([]);
  });
});
