import type { Language } from '../../scoring/types';

/**
 * A language pack: the curated lexicons the rules read. Every list is data in the pattern
 * syntax of `lib/nlp/patterns.ts` (`prefix*`, `a|b`, `~` gap, `<num>`). German and Dutch
 * have no usable compromise model, so the packs carry inflected forms explicitly.
 *
 * Writing guide: a phrase belongs here only if it means the same thing in a brand post on
 * any platform; corpus-specific slang does not.
 */
export interface LanguagePack {
  lang: Language;

  // — who is talking to whom (broadcast tone)
  /** First-person plural and the brand speaking of itself: we, our, wir, unser*, wij, onze. */
  we: readonly string[];
  /** First-person singular: a human voice (I, me, my, ich, mein*, ik, mijn). */
  self: readonly string[];
  /** Second person: you, your, du, Sie, Ihr*, je, jij, u, uw. Single words, lower case. */
  you: readonly string[];
  /** Words that open a question even without `?` (what, warum, hoe, can you, kannst du). */
  questionOpeners: readonly string[];
  /** Phrases that invite a reply: let us know, tell us, what do you think, lasst uns wissen. */
  invitations: readonly string[];
  /** Requests and suggestions to the reader that are not invitations to reply: please, you should,
   * let's, bitte, lasst uns, alsjeblieft, laten we. They address the reader (a turn in a
   * conversation), unlike a headline, but do not ask for an answer. */
  requests: readonly string[];
  /** Conversation turns: thanks, apologies, congratulations, greetings, praise of someone's photo
   * or work, "glad you", "sorry to hear", danke für, tut uns leid, bedankt voor, sorry dat. */
  conversation: readonly string[];
  /** Third-person verbs of news headlines and press releases, for languages whose verb forms
   * the rules cannot tell by morphology: kündigt an, übernimmt, lanceert, neemt over. English
   * adds every third-person present verb of its generated lexicon. */
  reportingVerbs: readonly string[];
  /** Announcement formulas: we are excited to announce, wir freuen uns, wij zijn trots. */
  announcements: readonly string[];
  /** Press-release vocabulary: leading provider, innovative solution, marktführend, toonaangevend. */
  pressVocabulary: readonly string[];
  /** Auxiliaries of the passive (is/was/been, wird/wurde/worden, wordt/werd/is): the per-language
   * passive-voice rule pairs them with a participle. */
  passiveAuxiliaries: readonly string[];
  /** Suffixes of abstract nouns; a high share of them is Nominalstil / corporate style. */
  nominalSuffixes: readonly string[];

  // — hard sell (pushiness)
  /** Sales call-to-action verbs in every imperative/infinitive form: buy, kauf, kaufen, koop, kopen. */
  ctaVerbs: readonly string[];
  /** Call-to-action phrases wherever they stand: link in bio, click the link, jetzt kaufen, nu bestellen. */
  ctaPhrases: readonly string[];
  /** Words that may precede an imperative at sentence start: please, now, bitte, jetzt, nu, snel. */
  imperativeLeads: readonly string[];
  /** Object pronouns that make a verb personal, not a sale: me, mich, mij (call me ≠ call now). */
  personalObjects: readonly string[];
  /** Urgency and scarcity: only today, last chance, nur heute, letzte Chance, alleen vandaag. */
  urgency: readonly string[];
  /** Hype: amazing, revolutionary, unglaublich, sensationell, geweldig, ongelooflijk. */
  hype: readonly string[];
  /** Giveaway and prize bait: win, prize, claim, gewinnen, Gewinnspiel, winnen, prijs. */
  giveaway: readonly string[];
  /** Begging for engagement: like and share, follow us, tag a friend, teilen, volg ons. */
  engagementBait: readonly string[];

  // — value for the reader (missing value)
  /** Curiosity-gap teasers that withhold the point: you won't believe, du wirst nicht glauben. */
  teasers: readonly string[];
  /** Vague intensifiers that stand in for specifics (literally, einfach, echt): a weak signal. */
  vagueWords: readonly string[];
  /** Plural nouns of listicle headlines: things, reasons, photos, Gründe, dingen, redenen. */
  listicleNouns: readonly string[];
  /** A concrete deal: % off, discount code, free shipping, Rabatt, Gutscheincode, korting. */
  deal: readonly string[];
  /** A tip or how-to: how to, here's how, tip, so geht's, Anleitung, zo doe je, stappenplan. */
  tip: readonly string[];
  /** Help and answers: we can help, happy to help, wir helfen, we helpen je graag. */
  help: readonly string[];
  /** Privilege / early access ("voordeel, voorrang, voorrecht"): early access, members get, vorab, als eerste. */
  privilege: readonly string[];
  /** A benefit for the reader: lets you, saves you, so you can, spart Ihnen, bespaart je. */
  benefit: readonly string[];
  /** Information cues, words of reporting and data: study, survey shows, million, Umfrage, onderzoek. */
  information: readonly string[];
  /** Currency and unit words that make a number concrete: euro, dollars, Stunden, uur, km. */
  units: readonly string[];
  /** Month and weekday names: they make dates and times concrete. */
  dateWords: readonly string[];
}
