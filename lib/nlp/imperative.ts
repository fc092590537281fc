/**
 * Imperatives and infinitive commands, read by grammar rather than by a list of surface forms.
 *
 * A call to act opens a clause: the start of a sentence, or after a colon, dash, comma, link or
 * emoji, and after interjections, vocatives and fillers ("hey guys", "Leute,", "jongens",
 * "please", "bitte"). There the verb must be in an imperative form of its language and stand
 * in an imperative-shaped context, so a headline's first word ("Judge questions fairness …",
 * "Model prisoners …") or a German yes/no question ("Kommt ihr?") is not one.
 *
 * German and Dutch forms are generated from lemma lists (regular rules plus an exceptions
 * table); English base forms come from compromise's lexicon, generated at build time
 * (`isEnglishInfinitive`). Each call is `sales` (buy, subscribe, share, bestellen, volg …: the
 * pack's `ctaVerbs`), `generic` (read, macht, kijk …) or `mild` (let us know, have a great
 * weekend, bleibt gesund): politeness and invitations to reply are no push.
 */
import type { Language } from '../scoring/types';
import { type Doc, wordSet } from './doc';
import { isEnglishInfinitive } from './morphology';
import type { Token } from './tokenize';

export type ImperativeKind = 'sales' | 'generic' | 'mild';

/** Weekday and month names and abbreviations that are also English verbs (a calendar prefix "Wed:"). */
const CALENDAR_EN = new Set(['wed', 'march', 'may', 'sun', 'sat', 'mon', 'tue', 'thu', 'fri']);

export interface Imperative {
  /** Token index of the verb. */
  verb: number;
  /** Token range [first, last) to point at: the verb and what makes it a call ("up", "Sie", "euch"). */
  first: number;
  last: number;
  kind: ImperativeKind;
  /** The verb's lemma (English: the base form). */
  lemma: string;
  /** A modal of obligation ("you should", "ihr müsst", "man sollte"), not an imperative. */
  deontic?: boolean;
}

// ——— German ———————————————————————————————————————————————————————————————

/**
 * Common German verbs by lemma. Separable verbs are written joined ("anmelden"): their
 * imperative is the base verb with the particle at the clause end ("Meldet euch an"), their
 * joined infinitive is the infinitive command ("Jetzt anmelden!"). Inseparable ones
 * ("bestellen", "unterstützen") inflect as they are.
 */
const DE_LEMMAS = `abbrechen abgeben abholen ablehnen abnehmen abonnieren abschaffen abschalten abschieben abschließen
abstimmen abwählen achten aktivieren akzeptieren ändern anfangen anfordern anfragen angreifen anhören ankommen
anmelden annehmen anpacken anrufen anschauen ansehen ansprechen antworten anzeigen arbeiten aufbauen aufhören
aufmachen aufpassen aufräumen aufstehen aufwachen ausprobieren aussteigen auswählen backen baden basteln bauen
beachten beantragen beeilen beenden befreien begleiten behalten beitreten bekämpfen bekommen benutzen beobachten
beraten bereiten berichten beschützen besorgen bestellen besuchen beten beteiligen betrachten bewahren bewegen
bewerben bewerten bezahlen bilden bitten bleiben brauchen brechen bringen buchen danken decken demonstrieren denken
diskutieren drehen drücken durchhalten dürfen einkaufen einladen einlösen einsacken einschalten einsetzen einsteigen
eintragen eintreten empfehlen engagieren entdecken entscheiden entschuldigen entspannen erfahren ergattern erhalten
erinnern erkennen erklären erleben ernähren erzählen essen fahren fangen fassen feiern festnehmen finden fliegen
folgen fordern fragen freuen füllen fürchten geben gehen genießen gewinnen glauben gönnen greifen grüßen haben halten
handeln heiraten helfen herunterladen hinnehmen hinschauen hinsehen hoffen holen hören informieren installieren
interessieren kämpfen kaufen kennen kennenlernen klicken kochen kommen kommentieren kontaktieren kontrollieren
kümmern küssen lachen laden lassen laufen leben legen leisten lernen lesen lieben liefern liken loslegen machen
markieren melden merken mitbringen mitmachen mitnehmen nachdenken nehmen nennen nutzen öffnen packen parken passen
planen posten probieren protestieren prüfen rauchen raten reagieren rechnen reden regeln registrieren reinschauen
reisen rennen reservieren retten richten riechen rufen sagen sammeln schaffen schalten schauen schenken schicken
schieben schlafen schlagen schließen schnappen schreiben schützen schwimmen sehen sein senden setzen sichern singen
sitzen sorgen spenden sparen spielen sprechen springen stärken starten stehen stellen stimmen stöbern stoppen
streichen suchen tanzen teilen teilnehmen testen tippen tragen trauen treffen treten trinken tun überlegen
übernehmen überraschen überzeugen umdenken unterschreiben unterstützen upgraden verbreiten verbringen verfolgen
vergessen vergleichen verhindern verkaufen verlassen verlieren verlinken vermeiden verpassen verraten verschenken
verschwinden versorgen verstecken verstehen versuchen verteidigen vertrauen verzichten vorbeikommen vorbeischauen
vorbereiten vorbestellen vorstellen wachen wachsen wählen wandern warten waschen wechseln wecken wegschauen wehren
weitergeben weitermachen weitersagen werben werden werfen widersetzen wissen wohnen wünschen zahlen zeigen ziehen
zögern zugreifen zuhören zuschauen zuschlagen zusammenhalten zusammenstehen`;

/** Particles of separable verbs, longest first so "herunter" wins over "her". */
const DE_PARTICLES = [
  'zusammen',
  'herunter',
  'weiter',
  'vorbei',
  'zurück',
  'runter',
  'hinein',
  'heraus',
  'durch',
  'nach',
  'rein',
  'raus',
  'fest',
  'teil',
  'kennen',
  'auf',
  'aus',
  'bei',
  'ein',
  'hin',
  'her',
  'los',
  'mit',
  'vor',
  'weg',
  'ab',
  'an',
  'um',
  'zu',
];

/** Irregular imperatives: [du forms, ihr form, Sie form]. Prefixed verbs inherit ("bewerben" → "bewirb"). */
const DE_IRREGULAR: Record<string, readonly [readonly string[], string, string]> = {
  nehmen: [['nimm', 'nehm'], 'nehmt', 'nehmen'],
  geben: [['gib', 'geb'], 'gebt', 'geben'],
  helfen: [['hilf'], 'helft', 'helfen'],
  lesen: [['lies'], 'lest', 'lesen'],
  sehen: [['sieh', 'siehe'], 'seht', 'sehen'],
  sprechen: [['sprich'], 'sprecht', 'sprechen'],
  essen: [['iss'], 'esst', 'essen'],
  vergessen: [['vergiss'], 'vergesst', 'vergessen'],
  treffen: [['triff'], 'trefft', 'treffen'],
  werfen: [['wirf'], 'werft', 'werfen'],
  brechen: [['brich'], 'brecht', 'brechen'],
  treten: [['tritt'], 'tretet', 'treten'],
  empfehlen: [['empfiehl'], 'empfehlt', 'empfehlen'],
  werben: [['wirb'], 'werbt', 'werben'],
  werden: [['werde', 'werd'], 'werdet', 'werden'],
  sein: [['sei'], 'seid', 'seien'],
  haben: [['hab', 'habe'], 'habt', 'haben'],
  tun: [['tu', 'tue'], 'tut', 'tun'],
  wissen: [['wisse'], 'wisst', 'wissen'],
};
const DE_INSEPARABLE = ['be', 'emp', 'ent', 'er', 'ge', 'miss', 'ver', 'zer', 'über', 'unter', 'wider'];

// ——— Dutch ——————————————————————————————————————————————————————————————————

const NL_LEMMAS = `aanmelden aanpakken aanraden aanvragen aanzetten accepteren afsluiten antwoorden bakken bedanken
beginnen bekijken beleven bellen beoordelen bepalen bereiden beschermen beslissen besparen bespreken bestellen
betalen bewaren bewegen bezoeken blijven boeken bouwen brengen checken claimen controleren danken delen denken
doen doneren downloaden drinken duwen eten gaan geloven genieten geven grijpen halen helpen herhalen herinneren
hopen horen houden informeren inschrijven installeren kiezen kijken klikken koken komen kopen kunnen lachen laten
leren leven lezen liken luisteren maken meedoen meenemen melden missen nadenken nemen noteren ontdekken ontmoeten
ontvangen opletten opnemen oppassen opruimen openen overstappen pakken plannen praten proberen profiteren reageren
regelen registreren reizen rennen reserveren scoren schrijven slapen sluiten solliciteren sparen spelen starten
steunen stemmen stoppen sturen swipen tekenen testen tikken trakteren uitnodigen uitproberen vechten veranderen
verbeteren vergeten verkopen vertellen vertrouwen verspreiden vinden vragen volgen voorkomen wachten wandelen
wassen weten winnen wisselen zeggen zetten zien zoeken zorgen zwemmen langskomen langsgaan kennismaken
deelnemen abonneren gunnen upgraden`;

const NL_PARTICLES = [
  'kennis',
  'langs',
  'terug',
  'samen',
  'door',
  'deel',
  'mee',
  'aan',
  'uit',
  'weg',
  'bij',
  'toe',
  'af',
  'in',
  'na',
  'op',
  'om',
];

/** Irregular stems: [imperative, u-form]. */
const NL_IRREGULAR: Record<string, readonly [string, string]> = {
  gaan: ['ga', 'gaat'],
  doen: ['doe', 'doet'],
  staan: ['sta', 'staat'],
  zien: ['zie', 'ziet'],
  slaan: ['sla', 'slaat'],
  komen: ['kom', 'komt'],
  zijn: ['wees', 'weest'],
  hebben: ['heb', 'hebt'],
  kunnen: ['kan', 'kunt'],
};
/** Native verbs in -eren/-elen whose last syllable is unstressed ("verander", not "veranderr"). */
const NL_UNSTRESSED_ER = new Set([
  'veranderen',
  'herinneren',
  'verbeteren',
  'luisteren',
  'wandelen',
  'wisselen',
]);

type FormType = 'stem' | 'stemE' | 'plural' | 'infinitive';
interface Form {
  lemma: string;
  type: FormType;
  /** The separable particle that must follow later in the clause ("Meldet euch an"). */
  particle?: string;
}

interface Lexicon {
  forms: Map<string, Form[]>;
  sales: ReadonlySet<string>;
}

const lexicons = new Map<Language, Lexicon>();

function addForm(forms: Map<string, Form[]>, word: string, form: Form): void {
  const list = forms.get(word);
  if (!list) forms.set(word, [form]);
  else if (!list.some((f) => f.lemma === form.lemma && f.type === form.type)) list.push(form);
}

function splitSeparable(lemma: string, known: ReadonlySet<string>, particles: readonly string[]) {
  for (const p of particles) {
    if (lemma.length > p.length + 3 && lemma.startsWith(p) && known.has(lemma.slice(p.length))) {
      return { particle: p, base: lemma.slice(p.length) };
    }
  }
  return undefined;
}

/** German du/ihr imperative forms of a base verb. */
export function germanImperatives(base: string): { du: string[]; duE: string[]; ihr: string } {
  for (const [verb, [du, ihr]] of Object.entries(DE_IRREGULAR)) {
    if (base === verb) return { du: [...du], duE: [], ihr };
    const prefix = base.slice(0, base.length - verb.length);
    if (base.endsWith(verb) && DE_INSEPARABLE.includes(prefix)) {
      return { du: du.map((f) => prefix + f), duE: [], ihr: prefix + ihr };
    }
  }
  if (/[eu]ln$|[eu]rn$/.test(base)) {
    const stem = base.slice(0, -1);
    const du = stem.endsWith('el') ? `${stem.slice(0, -2)}le` : `${stem}e`;
    return { du: [stem], duE: [du], ihr: `${stem}t` };
  }
  const stem = base.endsWith('en') ? base.slice(0, -2) : base.slice(0, -1);
  // "warte", "rede", "öffne", "atme", "entschuldige": the e is needed.
  const needsE = /[dt]$|[^aeiouäöülrhmn][mn]$|ig$/.test(stem);
  if (needsE) return { du: [], duE: [`${stem}e`], ihr: `${stem}et` };
  return { du: [stem], duE: [`${stem}e`], ihr: `${stem}t` };
}

/** The Dutch imperative (stem) and u-form of a base verb. */
export function dutchImperative(base: string): { stem: string; u: string } {
  const irregular = NL_IRREGULAR[base];
  if (irregular) return { stem: irregular[0], u: irregular[1] };
  let stem = base.endsWith('en') ? base.slice(0, -2) : base.slice(0, -1);
  const doubled = /([bcdfgklmnprstvz])\1$/.test(stem);
  if (doubled) stem = stem.slice(0, -1);
  else if (base.endsWith('eren') && !NL_UNSTRESSED_ER.has(base)) stem = `${stem.slice(0, -2)}eer`;
  else if (!NL_UNSTRESSED_ER.has(base)) {
    // An open syllable keeps its long vowel: kopen → koop, geven → geef, lezen → lees.
    const m = /(^|[^aeiou])([aeou])([^aeiouj])$/.exec(stem);
    const polysyllabicSchwa = /[aeiouy].*e[lnr]$/.test(stem);
    if (m && !polysyllabicSchwa) stem = `${stem.slice(0, -2)}${m[2]}${m[2]}${m[3]}`;
  }
  stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  const u = stem.endsWith('t') ? stem : `${stem}t`;
  return { stem, u };
}

function buildGerman(): Lexicon {
  const lemmas = DE_LEMMAS.split(/\s+/).filter(Boolean);
  const sales = new Set(wordSet('de', 'ctaVerbs'));
  const known = new Set([...lemmas, ...sales]);
  const forms = new Map<string, Form[]>();
  for (const lemma of known) {
    const sep = splitSeparable(lemma, known, DE_PARTICLES);
    const base = sep ? sep.base : lemma;
    const particle = sep?.particle;
    const { du, duE, ihr } = germanImperatives(base);
    const extra = particle ? { particle } : {};
    for (const f of du) addForm(forms, f, { lemma, type: 'stem', ...extra });
    for (const f of duE) addForm(forms, f, { lemma, type: 'stemE', ...extra });
    addForm(forms, ihr, { lemma, type: 'plural', ...extra });
    addForm(forms, base === 'sein' ? 'seien' : base, { lemma, type: 'infinitive', ...extra });
    if (particle) addForm(forms, lemma, { lemma, type: 'infinitive' });
  }
  return { forms, sales };
}

function buildDutch(): Lexicon {
  const lemmas = NL_LEMMAS.split(/\s+/).filter(Boolean);
  const sales = new Set(wordSet('nl', 'ctaVerbs'));
  const known = new Set([...lemmas, ...sales, ...Object.keys(NL_IRREGULAR)]);
  const forms = new Map<string, Form[]>();
  for (const lemma of known) {
    const sep = splitSeparable(lemma, known, NL_PARTICLES);
    const base = sep ? sep.base : lemma;
    const extra = sep ? { particle: sep.particle } : {};
    const { stem, u } = dutchImperative(base);
    addForm(forms, stem, { lemma, type: 'stem', ...extra });
    addForm(forms, u, { lemma, type: 'plural', ...extra });
    addForm(forms, base, { lemma, type: 'infinitive', ...extra });
    if (sep) addForm(forms, lemma, { lemma, type: 'infinitive' });
  }
  return { forms, sales };
}

function lexiconOf(lang: Language): Lexicon {
  let lex = lexicons.get(lang);
  if (!lex) {
    lex =
      lang === 'de'
        ? buildGerman()
        : lang === 'nl'
          ? buildDutch()
          : { forms: new Map(), sales: wordSet('en', 'ctaVerbs') };
    lexicons.set(lang, lex);
  }
  return lex;
}

/** The lemma and form types a German or Dutch word can be an imperative of (tests, rules). */
export function imperativeForms(lang: Language, word: string): readonly Form[] {
  return lexiconOf(lang).forms.get(word) ?? [];
}

// ——— Context words ————————————————————————————————————————————————————————————

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Interjections and vocatives that may open a call ("hey guys", "Leute", "jongens"). */
const INTERJECTIONS: Record<Language, ReadonlySet<string>> = {
  en: set(`hey hi hello hiya yo oi ok okay guys folks y'all yall everyone everybody friends fam peeps ladies
    gents people team all please pls plz pleeease plse kindly`),
  de: set(`hey hi hallo moin servus leute freunde jungs mädels alle bitte bitteschön na nun ja nee ach tja`),
  nl: set(
    `hé he hey hoi hallo jongens mensen allemaal vrienden graag alsjeblieft alstublieft aub svp nou ja`,
  ),
};

/** Vocatives that must be followed by a comma or an interjection to count ("People, …" ≠ "People love …"). */
const COMMA_VOCATIVES = set(
  'people all team everyone everybody friends alle freunde mensen allemaal vrienden',
);

/** English words after a base verb that make it an imperative: objects, determiners, particles, wh-words. */
const EN_CONTEXT =
  set(`me us you it them him her this that these those yourself yourselves everyone everything
  something someone anything somebody the a an your our my his their its some any every all more another each both
  no out up in on off back down over away around about through along by together how what why where when who which
  whether here now today tonight online below above free fast quickly early soon again live instantly immediately
  to for at with from into onto not u ur ya yr`);

/** German words after a verb that make it an imperative: objects, reflexives, modal particles, determiners. */
const DE_CONTEXT =
  set(`dich dir euch uns mir mich es das den die dem dein deine deinen deinem deiner eure euren
  eurem euer eures ihre ihren ihrem ihr ein eine einen einem diese diesen dieses diesem mal doch bitte jetzt nicht
  nie keine kein keinen alle auch bloß nur einfach endlich schnell sofort gleich gerne gern ruhig heute morgen hier
  noch mehr weiter zu mit an auf aus ab ein los vorbei zurück rein raus runter weg her hin nach dabei bei`);

/** Dutch words after a verb that make it an imperative. */
const NL_CONTEXT =
  set(`me mij ons hem het ze dit dat deze die de een je jouw jullie uw onze je nu even eens maar
  snel direct meteen gewoon gauw vandaag hier mee aan in op langs af uit door terug weg bij toe niet nooit geen ook
  vooral zeker allemaal gerust lekker vast alvast online gratis van voor met naar via tot`);

/** German prepositions after a bare du-stem: "Geh in die Stadt", "Komm zum Fest". */
/**
 * German verbs whose bare or -t form at the head is mostly the speaker or "es" with the subject
 * dropped ("Hab gestern …", "Finde ich gut", "Stimmt", "Passt", "Tut mir leid"), not a command.
 */
const DE_TOPIC_DROP =
  set(`haben verstehen glauben finden denken hoffen wissen meinen brauchen stimmen passen klingen
  reichen freuen gefallen danken grüßen`);

const DE_PREPOSITIONS = set('in im ins am an auf zum zur zu für mit von vom über nach bei beim');

/** Dutch verbs whose object takes "van": "Profiteer van 20% korting", "Geniet van de zon". */
const NL_VAN_VERBS = set('profiteren genieten houden');

/** Words after "je" that make a verb-first clause a question that lost its "?": "Kom je ook". */
const NL_QUESTION_ADVERBS = set('ook nog wel niet er dan morgen vanavond straks even weleens al');

const SUBJECT_PRONOUNS: Record<Language, ReadonlySet<string>> = {
  en: set('i we he she they'),
  de: set('ich er wir man'),
  nl: set('ik hij zij we wij men'),
};

/** German modal particles that make "Geh du doch" / "Macht ihr mal" commands, not questions. */
const DE_EMPHATIC = set('doch mal bitte auch ruhig jetzt endlich nur einfach erst schon');

/**
 * English verbs that open a sentence with the subject dropped ("Love this!", "Hope you are well",
 * "Need a hand?", "Miss you"): at the head they report a feeling, they ask nothing.
 */
const EN_TOPIC_DROP =
  set(`hope need want wish guess think love miss like hate seem wonder mean reckon bet suppose
  appreciate agree doubt reckon prefer`);

/** After these, "you" is the subject of a question that lost its "?": "have you got …", "do you …". */
const EN_INVERTING = set(
  'have do did does need can could will would shall should must may might is are was were',
);

const AUXILIARIES_EN =
  set(`will would are is was were can could have has had may might must should shall won't
  can't don't doesn't isn't aren't wasn't weren't`);

/** English mild calls: politeness and invitations to reply ("let us know", "have a great weekend"). */
const EN_MILD_NEXT: Record<string, ReadonlySet<string>> = {
  have: set('a an fun great nice good wonderful lovely happy safe fantastic brilliant'),
  stay: set('safe tuned healthy warm cool dry home strong positive hydrated well'),
  take: set('care'),
  get: set('well'),
  feel: set('free'),
  be: set('safe kind careful well'),
  thank: set('you'),
  see: set('you'),
  enjoy: set('your the'),
  keep: set('safe warm'),
  worry: set(''),
  let: set('us me'),
  tell: set('us me'),
  share: set('your'),
  welcome: set(''),
  happy: set(''),
};
const DE_MILD: Record<string, ReadonlySet<string>> = {
  bleiben: set('gesund gespannt dran sicher'),
  haben: set('ein einen eine spaß'),
  genießen: set(''),
  lassen: set('uns es'),
  sagen: set('uns'),
  schreiben: set('uns'),
  erzählen: set('uns'),
  teilen: set('eure deine ihre'),
  passen: set('auf'),
};
const NL_MILD: Record<string, ReadonlySet<string>> = {
  blijven: set('gezond gezellig veilig'),
  genieten: set(''),
  laten: set('ons het'),
  vertellen: set('ons'),
  delen: set('je jouw jullie uw'),
  hebben: set('een'),
};

// ——— Finder ———————————————————————————————————————————————————————————————————

const cache = new WeakMap<Doc, Imperative[]>();

/** Every imperative call in the draft, left to right, once per clause. Memoized per doc. */
export function findImperatives(doc: Doc): Imperative[] {
  let found = cache.get(doc);
  if (!found) {
    found = scan(doc);
    cache.set(doc, found);
  }
  return found;
}

function isClauseBreak(t: Token): boolean {
  if (t.kind === 'url' || t.kind === 'emoji') return true;
  if (t.kind === 'punct') return t.text === ':' || t.text === ',' || t.text === ';';
  if (t.kind === 'symbol') return /^[-–—|•·>()[\]/*]$/.test(t.text);
  return false;
}

const COORDINATORS = set('and und en or oder of &');
/** German adverbs that put the finite verb second ("Dann macht das Sinn"): after them a -t form is no command. */
const DE_V2_LEADS = set(
  'jetzt gleich sofort direkt schnell einfach heute noch gerne gern hier also dann los unbedingt endlich online',
);

function scan(doc: Doc): Imperative[] {
  const out: Imperative[] = [];
  for (const sentence of doc.sentences) {
    let found = false;
    let covered = sentence.first;
    let missedAt = -2;
    for (let i = sentence.first; i < sentence.last; i++) {
      const prev = doc.tokens[i - 1];
      const t = doc.tokens[i] as Token;
      const opens =
        i === sentence.first ||
        (prev !== undefined && isClauseBreak(prev)) ||
        // "…, und schiebt sie ab": a second call after a comma; "kaufen und sparen" is one call.
        (found && t.kind === 'word' && COORDINATORS.has(t.norm) && prev?.text === ',');
      if (!opens || i < covered) continue;
      // `clauseAt` steps over emoji, symbols, tags and commas to the first word, so from anywhere
      // in such a run it gives the same answer: after a miss at the token before, this one misses
      // too. Asking again at every emoji of a 25,000-emoji run was quadratic (10 s on 50 KB).
      if (prev !== undefined && missedAt === i - 1 && skippedByClause(prev) && skippedByClause(t)) {
        missedAt = i;
        continue;
      }
      const hit = clauseAt(doc, i, sentence.last, found);
      if (!hit) {
        missedAt = i;
        continue;
      }
      out.push(hit);
      found = true;
      covered = hit.last;
    }
    if (!found) {
      const obligation = deonticIn(doc, sentence.first, sentence.last);
      if (obligation) out.push(obligation);
    }
  }
  return out;
}

/** Modals of obligation. "soll"/"sollen" stay out: they also report ("soll gesagt haben"). */
const DEONTIC: Record<Language, ReadonlySet<string>> = {
  en: set('should must gotta'),
  de: set('sollte sollten solltet solltest muss muß müssen müsst musst müsste müssten'),
  nl: set('moet moeten moeten hoort horen'),
};
/** Words that turn an obligation into news or regret: "we must unfortunately close", "hätte … sollen". */
const DEONTIC_BLOCKERS = set(`i ich ik unfortunately sadly leider helaas hätte hätten had have would zou`);

/**
 * "You should try it", "Ihr müsst das sehen", "Man sollte …", "Wir müssen zusammenhalten", "Je moet
 * dit zien": an obligation put on the reader or on everyone is a call to act, a softer one. The
 * speaker's own ("Ich muss los") and regret ("hätte … sollen") are not; questions ask.
 */
function deonticIn(doc: Doc, first: number, last: number): Imperative | undefined {
  const sentence = doc.sentences[(doc.tokens[first] as Token | undefined)?.sentence ?? -1];
  if (!sentence || sentence.terminal.includes('?')) return undefined;
  const modals = DEONTIC[doc.lang];
  for (let k = first; k < last; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind !== 'word') continue;
    let modal = modals.has(t.norm);
    // English periphrases: "you need to", "you have to", "ought to".
    if (!modal && doc.lang === 'en' && /^(need|needs|have|has|ought|got)$/.test(t.norm)) {
      modal =
        doc.tokens[k + 1]?.norm === 'to' &&
        /^(you|u|we|everyone|everybody|people)$/.test(doc.tokens[k - 1]?.norm ?? '');
    }
    if (!modal) continue;
    for (let j = Math.max(first, k - 6); j < Math.min(last, k + 8); j++) {
      if (DEONTIC_BLOCKERS.has((doc.tokens[j] as Token).norm)) return undefined;
    }
    // Dutch "hoort/horen" only with "te": "dat hoort erbij" is belonging.
    if (
      (t.norm === 'hoort' || t.norm === 'horen') &&
      !doc.tokens.slice(k, Math.min(last, k + 6)).some((u) => u.norm === 'te')
    )
      continue;
    return { verb: k, first: k, last: k + 1, kind: 'generic', lemma: t.norm, deontic: true };
  }
  return undefined;
}

/** Skips the leads at clause start `i`, then reads the head as an imperative. */
/** Tokens `clauseAt` passes over on its way to the clause's first word. */
function skippedByClause(t: Token): boolean {
  if (t.kind === 'mention' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'symbol') return true;
  return t.kind === 'punct' && !/[.?]/.test(t.text);
}

function clauseAt(doc: Doc, i: number, last: number, afterImperative: boolean): Imperative | undefined {
  const leads = wordSet(doc.lang, 'imperativeLeads');
  const interjections = INTERJECTIONS[doc.lang];
  let strong =
    afterImperative && doc.tokens[i]?.kind === 'word' && COORDINATORS.has(doc.tokens[i]?.norm ?? '');
  let weak = false;
  let v2 = false;
  // "Dresden, bitte …", "Anna please …": a name before "please" is a vocative.
  const please = (k: number) => /^(bitte|please|pls|plz|alsjeblieft|aub)$/.test(doc.tokens[k]?.norm ?? '');
  if (
    doc.tokens[i]?.kind === 'word' &&
    (please(i + 1) || (doc.tokens[i + 1]?.kind === 'word' && please(i + 2)))
  ) {
    strong = true;
    i = please(i + 1) ? i + 2 : i + 3;
  }
  // A sentence that ends in "?" asks, unless "please"/"bitte" made it a request.
  const asks = (doc.sentences[(doc.tokens[i] as Token | undefined)?.sentence ?? -1]?.terminal ?? '').includes(
    '?',
  );
  for (let j = i; j < last; j++) {
    const t = doc.tokens[j] as Token;
    if (t.kind === 'mention' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'symbol') continue;
    if (t.kind === 'punct') {
      if (/[.?]/.test(t.text)) return undefined;
      continue;
    }
    if (t.kind !== 'word') return undefined;
    const next = doc.tokens[j + 1];
    if (interjections.has(t.norm) && !(COMMA_VOCATIVES.has(t.norm) && !strong && next?.text !== ',')) {
      strong = true;
      continue;
    }
    if (leads.has(t.norm)) {
      weak = true;
      if (doc.lang === 'de' && DE_V2_LEADS.has(t.norm)) v2 = true;
      continue;
    }
    // "Leute, nehmt …", "Sachsen, wehrt euch": a word or two before a comma may be a vocative.
    if (doc.lang !== 'en' && j === i) {
      const comma = doc.tokens[j + 1]?.text === ',' ? j + 1 : doc.tokens[j + 2]?.text === ',' ? j + 2 : -1;
      const after = doc.tokens[comma + 1];
      if (comma > 0 && after?.kind === 'word' && imperativeForms(doc.lang, after.norm).length > 0) {
        const hit = imperativeAt(doc, comma + 1, { strong: true, weak, v2: false });
        if (hit) return hit;
      }
    }
    if (asks && !strong) return undefined;
    const head =
      imperativeAt(doc, j, { strong, weak, v2 }) ?? (doc.lang === 'de' ? germanShape(doc, j) : undefined);
    if (head || doc.lang === 'en') return head;
    // "AWO abschaffen.", "Grenzen dicht machen": the infinitive closes a short clause.
    // The last word of the clause (from precomputed tables: a scan from here to the clause's end
    // for every opening would be quadratic in a long run of emoji or symbols).
    const k = lastWordBefore(doc, endOfClause(doc, j));
    if (k > j) {
      const u = doc.tokens[k] as Token;
      const form = imperativeForms(doc.lang, u.norm).find((f) => f.type === 'infinitive' && !f.particle);
      if (form && infinitiveCommand(doc, k, strong || weak, form)) {
        const lex = lexiconOf(doc.lang);
        // "kaufen und sparen": the first infinitive was the call (and is reported by it).
        const before = doc.tokens[k - 1];
        if (before?.kind === 'word' && COORDINATORS.has(before.norm)) return undefined;
        return {
          verb: k,
          first: k,
          last: k + 1,
          kind: lex.sales.has(form.lemma) ? 'sales' : 'generic',
          lemma: form.lemma,
        };
      }
    }
    return undefined;
  }
  return undefined;
}

interface Leads {
  /** An interjection, vocative or "please"/"bitte" came first. */
  strong: boolean;
  /** Any lead from the pack came first ("now", "jetzt", "nu"). */
  weak: boolean;
  /** A German adverb came first, so a finite verb may be verb-second, not a command. */
  v2: boolean;
}

/** Per doc: where each token's clause ends, and the last word at or before each token. */
interface ClauseTables {
  end: Int32Array;
  lastWord: Int32Array;
  /** The first word at or after each token (n when none). */
  nextWord: Int32Array;
  /** Words before each token: `wordsBefore[b] - wordsBefore[a]` counts the words in [a, b). */
  wordsBefore: Int32Array;
}
const clauseTables = new WeakMap<Doc, ClauseTables>();

function tablesOf(doc: Doc): ClauseTables {
  let tables = clauseTables.get(doc);
  if (tables) return tables;
  const n = doc.tokens.length;
  const end = new Int32Array(n);
  const lastWord = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const t = doc.tokens[k] as Token;
    const next = doc.tokens[k + 1];
    // A clause ends at punctuation other than a comma, at a link, or at the sentence's end.
    if ((t.kind === 'punct' && t.text !== ',') || t.kind === 'url') end[k] = k;
    else if (next === undefined || next.sentence !== t.sentence) end[k] = k + 1;
    else end[k] = end[k + 1] ?? k + 1;
  }
  const nextWord = new Int32Array(n + 1);
  const wordsBefore = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const isWord = doc.tokens[k]?.kind === 'word';
    lastWord[k] = isWord ? k : k > 0 ? (lastWord[k - 1] ?? -1) : -1;
    wordsBefore[k + 1] = (wordsBefore[k] ?? 0) + (isWord ? 1 : 0);
  }
  nextWord[n] = n;
  for (let k = n - 1; k >= 0; k--) nextWord[k] = doc.tokens[k]?.kind === 'word' ? k : (nextWord[k + 1] ?? n);
  tables = { end, lastWord, nextWord, wordsBefore };
  clauseTables.set(doc, tables);
  return tables;
}

function endOfClause(doc: Doc, from: number): number {
  return tablesOf(doc).end[from] ?? from;
}

/** The last word token before index `end` (exclusive), or -1. */
function lastWordBefore(doc: Doc, end: number): number {
  return end > 0 ? (tablesOf(doc).lastWord[end - 1] ?? -1) : -1;
}

function wordAt(doc: Doc, i: number): Token | undefined {
  const t = doc.tokens[i];
  return t && (t.kind === 'word' || t.kind === 'number') ? t : undefined;
}

function imperativeAt(doc: Doc, i: number, leads: Leads): Imperative | undefined {
  if (doc.lang === 'en') return englishAt(doc, i, leads.strong, leads.weak);
  return germanicAt(doc, i, leads);
}

function clauseWords(doc: Doc, i: number): number {
  return wordsIn(doc, i, endOfClause(doc, i));
}

/** Words among tokens [from, to). */
function wordsIn(doc: Doc, from: number, to: number): number {
  const { wordsBefore } = tablesOf(doc);
  return (wordsBefore[to] ?? 0) - (wordsBefore[from] ?? 0);
}

function terminalOf(doc: Doc, i: number): string {
  return doc.sentences[(doc.tokens[i] as Token).sentence]?.terminal ?? '';
}

function englishAt(doc: Doc, i: number, afterLead: boolean, weak = false): Imperative | undefined {
  const t = doc.tokens[i] as Token;
  let v = i;
  // "Don't miss", "Do not forget", "Never stop": the verb follows.
  if (t.norm === "don't" || t.norm === 'dont' || t.norm === 'never') v = i + 1;
  else if (t.norm === 'do' && doc.tokens[i + 1]?.norm === 'not') v = i + 2;
  const verb = doc.tokens[v];
  if (!verb || verb.kind !== 'word') return undefined;
  const sales = lexiconOf('en').sales;
  if (verb.norm === "let's" || verb.norm === 'lets') return make(v, v + 1, 'generic', 'let');
  if (!isEnglishInfinitive(verb.norm) && !sales.has(verb.norm)) return undefined;
  // "Wed: …", "March 3", "May you …": calendar words that happen to be verbs.
  if (CALENDAR_EN.has(verb.norm)) return undefined;
  // "Tip: …", "Update: …": one word before a colon at the head of a sentence is a label, not an
  // order (a sales verb still asks: "Shop: …").
  const first = doc.sentences[verb.sentence]?.first;
  if (v === first && doc.tokens[v + 1]?.text === ':' && !sales.has(verb.norm)) return undefined;
  // "Store hours will change": a noun phrase before an auxiliary is no imperative ("See how it is
  // done" is one: the auxiliary belongs to the wh-clause).
  const wh = /^(how|what|why|where|when|who|which|whether|if)$/.test(doc.tokens[v + 1]?.norm ?? '');
  for (let j = v + 1; j <= v + 3 && !wh; j++) {
    const u = doc.tokens[j];
    if (!u || u.kind === 'punct') break;
    if (u.kind === 'word' && AUXILIARIES_EN.has(u.norm)) return undefined;
  }
  if (v === i && EN_TOPIC_DROP.has(verb.norm) && !sales.has(verb.norm)) return undefined;
  const next = doc.tokens[v + 1];
  if (next?.kind === 'word' && SUBJECT_PRONOUNS.en.has(next.norm)) return undefined;
  if (next?.kind === 'word' && EN_INVERTING.has(verb.norm) && /^(you|u|ya|we|they)$/.test(next.norm))
    return undefined;
  const shaped =
    v > i ||
    // A sales verb opening a sentence asks even before a bare noun ("Call Freephone now"), except in
    // Headline Style, where "Call Center Workers Strike" is a noun phrase.
    (sales.has(verb.norm) && !doc.titleCase && !weak && next?.kind !== 'word') ||
    (sales.has(verb.norm) && !doc.titleCase && next?.kind === 'word' && !weak) ||
    afterLead ||
    next === undefined ||
    next.kind === 'mention' ||
    next.kind === 'number' ||
    next.kind === 'url' ||
    // "Now open!" announces; "Enjoy!", "Learn more:" ask.
    (next.kind === 'punct' && !weak && (next.text.includes('!') || next.text === ':')) ||
    (next.kind === 'word' &&
      (EN_CONTEXT.has(next.norm) || (next.norm.endsWith('ing') && next.norm.length > 5)));
  if (!shaped) return undefined;
  // "Go check it out", "Come see us": go/come lead a second verb.
  if (
    (verb.norm === 'go' || verb.norm === 'come') &&
    next?.kind === 'word' &&
    isEnglishInfinitive(next.norm)
  ) {
    const second = englishAt(doc, v + 1, true);
    if (second) return second;
  }
  const mild = EN_MILD_NEXT[verb.norm];
  if (mild && (mild.size === 0 || (next?.kind === 'word' && mild.has(next.norm)))) {
    return make(v, v + 1, 'mild', verb.norm);
  }
  const kind: ImperativeKind = sales.has(verb.norm) ? 'sales' : 'generic';
  // "Give me a call", "Meet you at 8", "Keep my seat": a request between two people, not to an audience.
  if (kind === 'generic' && next?.kind === 'word' && /^(me|my|you|u|ya|ur)$/.test(next.norm)) {
    return make(v, v + 1, 'mild', verb.norm);
  }
  const particle = next?.kind === 'word' && /^(up|out|in|now|today|here)$/.test(next.norm);
  return make(v, particle ? v + 2 : v + 1, kind, verb.norm);
}

function make(verb: number, last: number, kind: ImperativeKind, lemma: string): Imperative {
  return { verb, first: verb, last, kind, lemma };
}

function germanicAt(doc: Doc, i: number, leads: Leads): Imperative | undefined {
  const lang = doc.lang;
  // Dutch has no verb-second trap for the stem ("Nu koopt hij" takes -t), so any lead counts there.
  const afterLead = leads.strong || (lang === 'nl' && leads.weak);
  const t = doc.tokens[i] as Token;
  const forms = imperativeForms(lang, t.norm);
  if (forms.length === 0) return undefined;
  const lex = lexiconOf(lang);
  const next = wordAt(doc, i + 1);
  const after = wordAt(doc, i + 2);
  const end = endOfClause(doc, i);
  const context = lang === 'de' ? DE_CONTEXT : NL_CONTEXT;
  const words = clauseWords(doc, i);
  const exclaimed = terminalOf(doc, i).includes('!') && words <= 3;
  const nextNorm = next?.norm ?? '';
  const particleLater = (p: string) => {
    for (let k = i + 1; k < end; k++) {
      const u = doc.tokens[k] as Token;
      if (u.text === ',') return false;
      if (u.norm === p) return true;
    }
    return false;
  };
  // A separable verb whose particle is there is the better reading: "Schaut … vorbei" is vorbeischauen.
  const ordered = [...forms].sort(
    (a, b) => Number(b.particle !== undefined) - Number(a.particle !== undefined),
  );

  for (const form of ordered) {
    if (form.particle && !particleLater(form.particle)) continue;
    let ok = false;
    let last = i + 1;
    if (lang === 'de') {
      if (form.type === 'infinitive') {
        // "Kaufen Sie jetzt", "Melden Sie sich an": verb first, capitalised "Sie", no question.
        if (next?.text === 'Sie') {
          // "Wissen Sie, …" is a filler; "sei es" / "seien Sie" stay apart below.
          ok = !(form.lemma === 'wissen' && doc.tokens[i + 2]?.text === ',');
          last = i + 2;
        } else ok = infinitiveCommand(doc, i, leads.strong || leads.weak, form);
      } else if (form.lemma === 'sein' && nextNorm === 'es') {
        ok = false; // "sei es durch …": be it
      } else if (nextNorm === 'du' || nextNorm === 'ihr') {
        // "Geh du doch", "Macht ihr mal" are commands; "Habt ihr …" without "?" stays unsure.
        ok =
          after !== undefined &&
          DE_EMPHATIC.has(after.norm) &&
          (form.type !== 'plural' || nextNorm === 'ihr');
      } else if (SUBJECT_PRONOUNS.de.has(nextNorm) || (nextNorm === 'sie' && next?.text !== 'Sie')) {
        ok = false;
      } else if (DE_TOPIC_DROP.has(form.lemma) && !/^(mal|doch|bitte|nicht|nie)$/.test(nextNorm)) {
        // "Hab doch …", "Versteh die Aufregung nicht", "Stimmt": the speaker with the subject dropped.
        ok = false;
      } else if (form.type === 'plural' && /^(mich|mir|ein|der)$/.test(nextNorm) && !afterLead) {
        // "Erinnert mich an …", "Tut mir leid", "Sagt ein …": third person, subject dropped.
        ok = false;
      } else if (form.type === 'stemE') {
        // "Melde dich an", "Schaue mal rein"; without such a word it may be "(ich) melde mich".
        ok =
          afterLead ||
          /^(dich|dir|dein\w*|mal|doch|bitte|einfach|jetzt|schnell|gleich|unser\w*|die|das|den|ein|eine|einen|diese\w*)$/.test(
            nextNorm,
          );
      } else {
        // A capitalised bare stem before a genitive is a noun: "Start der Saison", "Dank des …".
        const genitive = form.type === 'stem' && /^(der|des|dem)$/.test(nextNorm) && t.text !== t.norm;
        // After "Dann", "Jetzt", "Heute" a -t form is verb-second: "Dann macht das Sinn".
        const v2 =
          leads.v2 &&
          form.type === 'plural' &&
          !/^(euch|uns|mir|mich|dich|dir|mal|doch|bitte|bloß)$/.test(nextNorm);
        const preposition = form.type === 'stem' && DE_PREPOSITIONS.has(nextNorm);
        ok =
          !genitive &&
          !v2 &&
          (afterLead || exclaimed || preposition || (next !== undefined && context.has(nextNorm)));
        if (form.particle && !ok) ok = words <= 6;
      }
    } else {
      if (form.type === 'infinitive') ok = infinitiveCommand(doc, i, leads.strong || leads.weak, form);
      else if (nextNorm === 'u') {
        ok = true;
        last = i + 2;
      } else if (nextNorm === 'je' || nextNorm === 'jij' || nextNorm === 'jullie') {
        // "Schrijf je in", "Meld je aan" (reflexive), "Scoor je tickets" (your); "Kom je ook" asks.
        ok =
          form.type === 'stem' &&
          nextNorm === 'je' &&
          (form.particle !== undefined || (after !== undefined && !NL_QUESTION_ADVERBS.has(after.norm)));
      } else if (SUBJECT_PRONOUNS.nl.has(nextNorm)) ok = false;
      else if (form.type === 'plural') ok = false;
      else {
        // "Boek van de maand", "Start van het seizoen": a capitalised stem before "van" is a noun.
        const nounPhrase = nextNorm === 'van' && t.text !== t.norm && !NL_VAN_VERBS.has(form.lemma);
        // "Nu open!" announces; the lead alone does not make it a command.
        const shout = exclaimed && !leads.weak;
        ok =
          !nounPhrase &&
          (leads.strong ||
            shout ||
            (next !== undefined && context.has(nextNorm)) ||
            form.particle !== undefined);
      }
    }
    if (!ok) continue;
    const mildTable = lang === 'de' ? DE_MILD : NL_MILD;
    const mild = mildTable[form.lemma];
    let kind: ImperativeKind = lex.sales.has(form.lemma) ? 'sales' : 'generic';
    if (mild && (mild.size === 0 || mild.has(nextNorm))) kind = 'mild';
    if (lang === 'de' && next?.text === 'Sie' && mild?.has(after?.norm ?? '')) kind = 'mild';
    return { verb: i, first: i, last, kind, lemma: form.lemma };
  }
  return undefined;
}

/**
 * "Jetzt anmelden!", "Sofort abwählen", "Bitte teilen", "Nu bestellen": a short clause that ends
 * in a lower-case infinitive, with a lead before it, a joined separable verb, or no subject.
 */
function infinitiveCommand(doc: Doc, i: number, afterLead: boolean, form: Form): boolean {
  const t = doc.tokens[i] as Token;
  const end = endOfClause(doc, i);
  // The infinitive closes its clause (a link, hashtag or emoji may follow), or a second one does:
  // "Jetzt kaufen und sparen", "Nu bestellen en besparen".
  // Counted and looked up through the doc's tables, not collected: a long clause after every
  // candidate would make this quadratic.
  const restCount = i + 1 < end ? wordsIn(doc, i + 1, end) : 0;
  const { nextWord } = tablesOf(doc);
  const rest0 = doc.tokens[nextWord[i + 1] ?? -1];
  const rest1 = rest0 ? doc.tokens[nextWord[(nextWord[i + 1] ?? 0) + 1] ?? -1] : undefined;
  const coordinated =
    restCount === 2 &&
    COORDINATORS.has(rest0?.norm ?? '') &&
    imperativeForms(doc.lang, rest1?.norm ?? '').some((f) => f.type === 'infinitive');
  if (restCount > 0 && !coordinated) return false;
  const sentence = doc.sentences[t.sentence];
  if (!sentence) return false;
  let start = i;
  while (start > sentence.first) {
    const prev = doc.tokens[start - 1] as Token;
    if (isClauseBreak(prev) || prev.kind === 'punct') break;
    start -= 1;
  }
  // "um ihn zu verhindern", "om te winnen": a zu/te-infinitive depends on another verb.
  if (/^(zu|te)$/.test(doc.tokens[i - 1]?.norm ?? '')) return false;
  let words = 0;
  for (let k = start; k <= i; k++) if ((doc.tokens[k] as Token).kind === 'word') words += 1;
  if (words > 4) return words <= 12 && verbFinalCommand(doc, start, i);
  // Mid-clause a capital marks a noun: "das Leben", "zum Essen".
  if (start < i && t.text !== t.norm) return false;
  const joined = form.lemma === t.norm && splitsOff(doc.lang, t.norm);
  // A lone capitalised infinitive may be a noun ("Essen.", "Leben!"); "Mitmachen!" is not.
  if (words === 1) return afterLead || joined || t.text === t.norm;
  const firstWord = doc.tokens[start] as Token;
  if (afterLead || joined) return true;
  // "Die Läden schließen." has a subject; "Grenzen schließen!" may not, and stays unsure.
  return !/^(der|die|das|ein|eine|wir|sie|ich|du|ihr|er|es|man|de|het|een|we|wij|ze|zij|jullie|ik|jij|hij)$/.test(
    firstWord.norm,
  )
    ? words <= 2
    : false;
}

function splitsOff(lang: Language, lemma: string): boolean {
  const particles = lang === 'de' ? DE_PARTICLES : NL_PARTICLES;
  return particles.some((p) => lemma.startsWith(p) && lemma.length > p.length + 3);
}

/** Finite verbs, subject pronouns and subordinators: a clause with one of them is no infinitive command. */
const DE_NOT_COMMAND =
  set(`ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte
  muss müssen muß soll sollen sollte sollten will wollen möchte möchten darf dürfen würde würden habe bin bist seid
  gibt geht kommt macht ich du er sie es wir ihr man dass daß weil wenn ob als wie wo was damit obwohl bevor nachdem
  der den dem deren dessen welche welcher`);
const NL_NOT_COMMAND =
  set(`is zijn was waren heeft hebben had hadden wordt worden werd werden kan kunnen moet moeten
  zal zullen wil willen mag mogen zou zouden ben bent ik jij je hij zij ze we wij jullie men dat omdat als of toen
  waar wat die welke wie`);
const PREPOSITIONS =
  set(`in im ins am an auf aus bei beim mit nach von vom vor zu zum zur für gegen über unter durch
  ohne um van voor met naar bij op uit tegen over onder door zonder om`);

/**
 * "Totes Schwein auf dem Baugelände beerdigen", "Keine Bargeldzahlung für Asylanten einführen":
 * a longer clause with no finite verb, no subject and no subordinator, closed by an infinitive
 * after a prepositional phrase, so the verb is clause-final, not the second of a statement.
 */
function verbFinalCommand(doc: Doc, start: number, verb: number): boolean {
  const stop = doc.lang === 'de' ? DE_NOT_COMMAND : NL_NOT_COMMAND;
  let preposition = false;
  for (let k = start; k < verb; k++) {
    const t = doc.tokens[k] as Token;
    if (t.kind !== 'word') continue;
    if (stop.has(t.norm)) return false;
    // A finite -t/-st form or a past participle before the infinitive: "… verhindert werden".
    if (imperativeForms(doc.lang, t.norm).some((f) => f.type === 'plural')) return false;
    if (PREPOSITIONS.has(t.norm) && k > start) preposition = true;
  }
  return preposition;
}

/** Verbs of German posts that no lemma list holds: the shape "X euch", "X doch endlich" is a command. */
const DE_SHAPE_NEXT = set('euch dich dir doch endlich');
const DE_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|chen|lein|tion|ismus|ität)$/;

function germanShape(doc: Doc, i: number): Imperative | undefined {
  const t = doc.tokens[i] as Token;
  const next = doc.tokens[i + 1];
  if (!next || next.kind !== 'word' || !DE_SHAPE_NEXT.has(next.norm)) return undefined;
  if (t.norm.length < 3 || DE_NOUN_SUFFIX.test(t.norm) || DE_NOT_COMMAND.has(t.norm)) return undefined;
  if (INTERJECTIONS.de.has(t.norm) || !/(?:[^aeiouäöü]t|e|[bdfgklmnprsz])$/.test(t.norm)) return undefined;
  if (/(?:st|en|er|el)$/.test(t.norm)) return undefined;
  return { verb: i, first: i, last: i + 1, kind: 'generic', lemma: t.norm };
}
