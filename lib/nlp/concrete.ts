import type { Doc } from './doc';
import { wordSet } from './doc';
import { PROPER_NAMES } from './en/lexicon.generated';
import { isEnglishPresent3rd, isParticiple } from './morphology';
import type { Token } from './tokenize';

let properNames: ReadonlySet<string> | undefined;

/** Short everyday words people shout in capitals; in capitals they are emphasis, not acronyms. */
const SHOUTED_WORDS = new Set(
  (
    'so no ok go be my me in on it is to do up an or at by if of as am he hi oh yes new now win won get buy all the and ' +
    'for not out off top hot big wow omg lol free sale only best love wait stop call text txt hurry wir ich und nur neu ' +
    'jetzt ja nee nu en de het ik top gratis today news huge life deal deals shop must see this that you your'
  ).split(' '),
);

const CURRENCY = /^[$£€¥]$/;
/** Currency words after a number: "5 dollars", "19 Euro", "10 euro". */
const CURRENCY_WORDS = new Set(
  'usd eur gbp chf dollar dollars euro euros pound pounds cent cents ct franken'.split(' '),
);
const PERCENT_WORDS = new Set(['percent', 'prozent', 'procent']);
/** Words that make a bare number a clock time: "8 am", "um 8 Uhr", "om 8 uur". */
const CLOCK_WORDS = new Set(['am', 'pm', 'uhr', 'uur', 'h', "o'clock"]);
/** Words before a number that make it a clock time when it is 0–24: "open till 8", "ab 9". */
const TIME_PREPOSITIONS = new Set(['at', 'till', 'until', 'um', 'bis', 'ab', 'om', 'tot', 'vanaf']);
/** Discount codes: SPRING24, WELCOME10 (letters and digits, capitals). */
const CODE = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{4,14}$/;
/** Clock times and dates written with digits: 9:30, 21/05, 2026-11-23, 12.3.2026. */
const DIGIT_TIME = /^\d{1,2}:\d\d$/;
const DIGIT_DATE = /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?$|^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
const YEAR = /^(?:19|20)\d\d$/;
const YEAR_PREPOSITIONS = new Set(['since', 'until', 'by', 'seit', 'bis', 'ab', 'sinds', 'tot', 'vanaf']);
/**
 * Day words that only point at a day relative to now ("today", "heute", "vandaag"): on their
 * own they are urgency ("Only TODAY"), not a date. They stay in the `dateWords` lexicon, which
 * other rules read for "this weekend".
 */
const RELATIVE_DAYS = new Set([
  'today',
  'tonight',
  'tomorrow',
  'weekend',
  'heute',
  'morgen',
  'übermorgen',
  'wochenende',
  'vandaag',
  'overmorgen',
  'vanavond',
]);

/** Words before a number that make it a list position, not a count: "These 2 …", "Top 10 …". */
const LIST_LEADS = new Set([
  'these',
  'those',
  'here',
  "here's",
  'heres',
  'top',
  'the',
  'diese',
  'dieser',
  'dieses',
  'die',
  'hier',
  'deze',
  'dit',
  'de',
]);

/**
 * Relative pronouns and subject pronouns after a counted noun: "17 People Who …", "12 dinners
 * you can bake" describe the list, they report nothing.
 */
const RELATIVES = new Set(
  'who that which whose you we i they he she it die der das welche du ihr wir ich sie dat wie je jij jullie ik zij'.split(
    ' ',
  ),
);
/** Function words after a number: "Season 5 of …", "1 in 3", "Top 10 der …". */
const FUNCTION_WORDS = new Set(
  'of in on at to for and or the a an is are was by with from than von und der die das den im am zu für mit oder van en het op om voor met of dan de een'.split(
    ' ',
  ),
);

/**
 * Auxiliaries say nothing by themselves ("Our Summer Collection is here"); with a participle
 * they report an action: "is suing", "was convicted", "hat eröffnet", "is geopend". Modals
 * ("will", "kann") speculate and are left out.
 */
const AUXILIARIES: Record<Doc['lang'], ReadonlySet<string>> = {
  en: new Set('is are was were has have had'.split(' ')),
  de: new Set('ist sind war waren hat haben hatte hatten wird werden wurde wurden'.split(' ')),
  nl: new Set('is zijn was waren heeft hebben had hadden wordt worden werd werden'.split(' ')),
};
/** German and Dutch put the participle at the end of the clause; English right after. */
const PARTICIPLE_REACH: Record<Doc['lang'], number> = { en: 3, de: 8, nl: 8 };
/** Lower-case words ending in -t that are not verbs: "Siemens mit …", "Philips niet …". */
const NOT_VERBS_T = new Set(
  'nicht jetzt mit seit erst selbst fast bereits weit meist sonst heut jetzt niet met het dat wat tot dit toch echt net straks ooit licht'.split(
    ' ',
  ),
);
/** Prepositions of place: "in Utrecht", "near Indianapolis", "in Berlin". */
const PLACE_PREPOSITIONS: Record<Doc['lang'], ReadonlySet<string>> = {
  en: new Set(['in', 'at', 'near', 'across', 'outside', 'throughout']),
  de: new Set(['in', 'aus', 'bei', 'nach']),
  nl: new Set(['in', 'te', 'uit', 'bij', 'naar']),
};
/** Reporting verbs that name their subject after them: "…, says Smith", "said Merkel". */
const REPORTING_BEFORE = new Set(['says', 'said', 'sagt', 'sagte', 'zegt', 'zei', 'according']);

export interface Concrete {
  /** Prices: a number next to a currency sign or word ("€19", "5 dollars"). Token indices. */
  prices: number[];
  /** Percentages ("40 %", "20 percent"). */
  percents: number[];
  /** Quantities with a unit or a counted noun ("2.5 km", "3 new stores", "2,500 items"). */
  quantities: number[];
  /** Dates and times with digits: "12 May", "at 8am", "9:30", "21/05", "2016". */
  times: number[];
  /** All number tokens above (prices, percentages, quantities, times), in text order. */
  numbers: number[];
  /** Discount-code-like tokens. */
  codes: number[];
  /** Month, weekday and holiday words (not "today" or "tomorrow"). */
  dates: number[];
  /**
   * Names with a predicate ("Barclays announces", "Trump banned …") or after a preposition of
   * place ("in Utrecht"): a capital alone says nothing.
   */
  names: number[];
}

const memo = new WeakMap<Doc, Concrete>();

/**
 * What makes a post concrete: fact shapes, never a capital, a hashtag or a digit on its own.
 * A number that opens a listicle ("17 Things …") or follows a pointer ("These 2 hidden
 * features …") is a list position, not information. Computed once per doc.
 */
export function findConcrete(doc: Doc): Concrete {
  const known = memo.get(doc);
  if (known) return known;
  const units = wordSet(doc.lang, 'units');
  const dateWords = wordSet(doc.lang, 'dateWords');
  const listNouns = wordSet(doc.lang, 'listicleNouns');
  const out: Concrete = {
    prices: [],
    percents: [],
    quantities: [],
    times: [],
    numbers: [],
    codes: [],
    dates: [],
    names: [],
  };
  const tokens = doc.tokens;
  const isDate = (t: Token | undefined) =>
    t !== undefined && dateWords.has(t.norm) && !RELATIVE_DAYS.has(t.norm);
  const firstContent = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') {
      const kind = numberKind(doc, i, { units, listNouns, isDate, opens: i === firstContent });
      if (kind) {
        out[kind].push(i);
        out.numbers.push(i);
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    if (CODE.test(t.text)) out.codes.push(i);
    if (isDate(t)) out.dates.push(i);
    else if (isLikelyName(doc, i) && (hasPredicate(doc, i) || isPlace(doc, i))) out.names.push(i);
  }
  memo.set(doc, out);
  return out;
}

function numberKind(
  doc: Doc,
  i: number,
  ctx: {
    units: ReadonlySet<string>;
    listNouns: ReadonlySet<string>;
    isDate: (t: Token | undefined) => boolean;
    opens: boolean;
  },
): 'prices' | 'percents' | 'quantities' | 'times' | undefined {
  const tokens = doc.tokens;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (
    (prev && CURRENCY.test(prev.text)) ||
    (next && (CURRENCY.test(next.text) || CURRENCY_WORDS.has(next.norm)))
  )
    return 'prices';
  if (next && (next.text === '%' || PERCENT_WORDS.has(next.norm))) return 'percents';
  if (DIGIT_TIME.test(t.text) || DIGIT_DATE.test(t.text)) return 'times';
  // A year is a date in a report ("since 1991", "by 2026"), but "the best memes of 2016" is a
  // list title: only a year after a preposition of time counts.
  if (YEAR.test(t.text)) return prev && YEAR_PREPOSITIONS.has(prev.norm) ? 'times' : undefined;
  if (next && CLOCK_WORDS.has(next.norm)) return 'times';
  if (prev && TIME_PREPOSITIONS.has(prev.norm) && /^\d{1,2}$/.test(t.text) && Number(t.text) <= 24)
    return 'times';
  // "12 May", "May 12", "vom 3. bis 17. August".
  if (ctx.isDate(next) || ctx.isDate(prev) || (next?.text === '.' && ctx.isDate(tokens[i + 2])))
    return 'times';
  // A list position, not a count: after a pointer ("These 2 hidden features", "Top 10"), or
  // opening the draft ("17 Things …"), where it counts only when a verb reports what the
  // counted things did: "3 teens shot near …", "2 stores open on Monday".
  if (/^\d+(?:st|nd|rd|th|e|de|ste)$/.test(t.norm) || next?.kind !== 'word') return undefined;
  if (prev !== undefined && LIST_LEADS.has(prev.norm)) return undefined;
  if (ctx.opens) return reportsCount(doc, i, ctx.listNouns) ? 'quantities' : undefined;
  if (ctx.units.has(next.norm)) return 'quantities';
  // A count of something ("2,500 items", "3 new stores"), not a number before a function word
  // ("Season 5 of …") or a name ("21 Savage", "Heart 2 Heart"), nor a listicle noun.
  if (FUNCTION_WORDS.has(next.norm) || next.norm.length < 2) return undefined;
  // "Flight 93", "Season 5": a number after a capitalised word names something.
  if (doc.lang !== 'de' && !doc.titleCase && prev?.kind === 'word' && prev.text[0] !== prev.norm[0])
    return undefined;
  if (doc.lang !== 'de' && !doc.titleCase && next.text[0] !== next.norm[0]) return undefined;
  for (let j = i + 1; j <= i + 3; j++) {
    const u = tokens[j];
    if (!u || u.kind !== 'word') break;
    if (ctx.listNouns.has(u.norm)) return undefined;
  }
  return 'quantities';
}

/**
 * Whether a count in list position is the subject of a verb right after its noun phrase:
 * "3 people joined …", "2 new stores open …", not "21 Times I Cried" or "17 People Who …".
 */
function reportsCount(doc: Doc, i: number, listNouns: ReadonlySet<string>): boolean {
  const noun = doc.tokens[i + 1] as Token;
  // "10 arrested over …": a participle right after the count reports what happened.
  if (doc.lang === 'en' && isParticiple('en', noun.norm)) return true;
  const last = listNouns.has(noun.norm) ? i + 2 : i + 3;
  for (let j = i + 2; j <= last; j++) {
    const u = doc.tokens[j];
    if (!u || u.kind !== 'word' || RELATIVES.has(u.norm)) return false;
    // "7 hidden iPhone tricks …": a listicle noun is not the verb, whatever its spelling.
    if (listNouns.has(u.norm)) continue;
    // In Headline Style a plural noun and a verb look alike ("19 Beautiful Places …").
    if (doc.titleCase && doc.lang === 'en' && isEnglishPresent3rd(u.norm)) continue;
    if (isActionVerb(doc, j)) return true;
  }
  return false;
}

/**
 * Base forms of reporting and action verbs after a plural subject ("Officials say", "Russia and
 * China block", "Our stores open"): the generated lexicon holds few of them.
 */
const REPORTING_BASE = new Set(
  'say confirm announce warn deny claim report urge vow plan agree meet block call launch reject approve sign win lose join open close reveal release start end raise cut hire add'.split(
    ' ',
  ),
);
/** Words ending in -ed or -s that are no verb after a subject. */
const NOT_VERBS_EN = new Set(
  'need red bed feed seed speed indeed news is was has does this thus us plus its yes his hers ours yours'.split(
    ' ',
  ),
);

/**
 * An English verb right after its subject: the lexicon's third-person and past forms, and
 * regular ones it lacks ("defends", "squashed"), which after a subject are verbs far more often
 * than plural nouns or adjectives.
 */
function isEnglishPredicateVerb(w: string, regular: boolean): boolean {
  if (isEnglishPresent3rd(w) || isParticiple('en', w) || REPORTING_BASE.has(w)) return true;
  if (
    !regular ||
    w.length < 5 ||
    !/^[a-z]+$/.test(w) ||
    NOT_VERBS_EN.has(w) ||
    /(?:ss|us|ous|ics|eed)$/.test(w)
  )
    return false;
  return /[^e]ed$|[^s]s$/.test(w) || w.endsWith('ied');
}

/** Whether token `j` is a verb that reports an action (a finite verb, or an auxiliary with a participle). */
export function isActionVerb(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  // A capital after a name is another name (or a German noun), except in Headline Style.
  if (!t || t.kind !== 'word' || (t.text[0] !== t.norm[0] && !(doc.lang === 'en' && doc.titleCase)))
    return false;
  if (AUXILIARIES[doc.lang].has(t.norm)) {
    const sentence = doc.sentences[t.sentence];
    const end = Math.min(sentence?.last ?? j + 1, j + 1 + PARTICIPLE_REACH[doc.lang]);
    for (let k = j + 1; k < end; k++) {
      const u = doc.tokens[k] as Token;
      if (u.kind !== 'word') break;
      if (
        isParticiple(doc.lang, u.norm) ||
        (doc.lang === 'en' && u.norm.length > 4 && u.norm.endsWith('ing'))
      )
        return true;
    }
    return false;
  }
  // In Headline Style nouns and verbs all have capitals: only the lexicon tells them apart.
  if (doc.lang === 'en') return isEnglishPredicateVerb(t.norm, !doc.titleCase);
  // German and Dutch third person singular present ends in -t: "öffnet", "plant", "opent".
  return t.norm.length >= 4 && t.norm.endsWith('t') && !NOT_VERBS_T.has(t.norm);
}

/** The name run starting at `i` ("Paul McCartney") is the subject of a verb, or follows a reporting verb. */
function hasPredicate(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const before = tokens[i - 1];
  if (before && REPORTING_BEFORE.has(before.norm)) return true;
  // Only the last name of a run takes the verb: "Paul" in "Paul McCartney is …" counts through it.
  let j = i + 1;
  while (j < tokens.length && j <= i + 3) {
    const u = tokens[j] as Token;
    if (u.kind !== 'word' || u.text[0] === u.norm[0]) break;
    // In Headline Style every word has a capital: only known names continue the run.
    if (doc.titleCase && !isKnownName(u.norm)) break;
    j += 1;
  }
  const next = tokens[j];
  if (!next || next.kind !== 'word') return false;
  // Headline infinitive: "Penguins to honor …"; "to" alone ("went to Berlin") is no predicate.
  if (doc.lang === 'en' && next.norm === 'to') {
    const after = tokens[j + 1];
    return after !== undefined && after.kind === 'word' && after.text[0] === after.norm[0];
  }
  // A name that modifies its subject: "our Utrecht store opens", "the Google team announced".
  return isActionVerb(doc, j) || isActionVerb(doc, j + 1);
}

function isPlace(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return prev !== undefined && PLACE_PREPOSITIONS[doc.lang].has(prev.norm);
}

function isKnownName(norm: string): boolean {
  properNames ??= new Set(PROPER_NAMES.split(' '));
  return properNames.has(norm);
}

function isLikelyName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i] as Token;
  const first = t.text[0] ?? '';
  const capital = first !== first.toLowerCase();
  if (!capital || t.text.length < 2) return false;
  if (t.text === t.text.toUpperCase()) {
    // Capitals: an acronym (EU, NASA, UNICEF) stands alone among normal words; a word in a
    // run of capitals, a long one or an everyday one is shouting ("ARE YOU READY", "GUARANTEED").
    const capsWord = (u: Token | undefined) =>
      u !== undefined && u.kind === 'word' && u.text.length >= 2 && u.text === u.text.toUpperCase();
    const inRun = capsWord(doc.tokens[i - 1]) || capsWord(doc.tokens[i + 1]);
    return (
      (/^[A-Z]{2,5}s?$/.test(t.text) || /^(?:[A-Z]\.){2,4}$/.test(t.text)) &&
      !inRun &&
      !SHOUTED_WORDS.has(t.norm) &&
      !doc.pack.we.includes(t.norm)
    );
  }
  const sentence = doc.sentences[t.sentence];
  const prev = doc.tokens[i - 1];
  const atStart =
    !sentence ||
    sentence.first === i ||
    (prev !== undefined && prev.kind !== 'word' && prev.kind !== 'number' && prev.kind !== 'mention');
  // The name lexicon is English-made but its places and brands (Berlin, Utrecht, Google) are
  // spelled alike in German and Dutch; there a sentence-initial capital is still just a capital.
  if (isKnownName(t.norm) && (doc.lang === 'en' || !atStart)) return true;
  // German capitalizes every noun, and Headline Style capitalizes every word: there capitals
  // tell nothing, so only the lexicon and acronyms count.
  if (doc.lang === 'de' || doc.titleCase) return false;
  return !atStart && t.norm !== 'i';
}
