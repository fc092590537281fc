/**
 * Synthetic brand-post drafts for the bench: realistic sentences (CTAs, questions, hashtags, emoji, links,
 * numbers, @mentions) cycled to a target length and cut at a word boundary. Deterministic, so every run
 * times the same text.
 */

export const BRAND_SENTENCES: readonly string[] = [
  'We are thrilled to announce our brand-new spring collection, available in stores from March 14!',
  'Shop now and save 20% on everything with code SPRING20 🌸',
  'What is the one feature you would love to see in our next update?',
  'Our team spent 18 months rebuilding the app from the ground up, and it shows.',
  'Click the link in our bio to grab yours before they sell out!!!',
  'Here are three quick tips for keeping your sourdough starter alive while you travel.',
  'Tag a friend who needs a coffee break today ☕ #MondayMotivation',
  "Don't miss out: only 48 hours left to register for our free webinar on remote hiring.",
  'Huge thanks to @greenroots for helping us plant 12,000 trees this year 🌳',
  'Read the full case study here: https://example.com/blog/case-study-2024',
  'How do you plan your week: paper notebook, app or sticky notes everywhere?',
  'Limited stock, so order today and get free shipping on orders over $50.',
  'We are proud to be named one of the best places to work in 2024 for the third year in a row.',
  'Did you know that recycling one aluminium can saves enough energy to run a TV for three hours?',
  'Sign up for our newsletter and be the first to hear about exclusive deals and new drops.',
  "Our CEO Maria Lopez shares her thoughts on sustainable growth in this week's interview.",
  'Swipe left to see the behind-the-scenes photos from our studio shoot 📸',
  'Tell us in the comments: which colour should we bring back next?',
  'Join 50,000+ happy customers who already switched to smarter budgeting.',
  'Step 1: unplug the router. Step 2: wait 30 seconds. Step 3: plug it back in and check the lights.',
  'Big news!!! Our flagship store in Amsterdam opens its doors this Saturday at 10 am.',
  'We hear you: the checkout was too slow, so we fixed it, and payments now take under two seconds.',
  'Buy one, get one free on all candles this weekend only #SelfCare #Deals',
  'Want a sneak peek? Reply with a 🙌 and we will DM you the preview.',
  'Thank you for 10 years of support; none of this would exist without our community ❤️',
  'Our support team is here for you 24/7 at help@example.com or +1 555 0100.',
  'Curious how we make our oat milk? Watch the two-minute video: https://youtu.be/abc123xyz',
  'New blog post: five mistakes first-time founders make with pricing, and how to avoid them.',
  'Act fast, because this exclusive offer ends at midnight and will not be repeated!',
  'Which of these three designs would you pick for our autumn packaging, A, B or C?',
  'We believe great products start with listening, so we read every single message you send us.',
  'Learn more and book your spot at https://example.com/events #TechTalks #Community',
];

/**
 * Cycles the sentences (a blank line after every fourth, like paragraphs in a long post) until the text
 * reaches `targetChars` UTF-16 code units, then cuts at the last whitespace at or before the target, so the
 * draft never ends mid-word or mid-emoji. `offset` starts the cycle at another sentence.
 */
export function buildDraft(targetChars: number, offset = 0): string {
  if (!Number.isInteger(targetChars) || targetChars < 1)
    throw new RangeError(`bad draft length ${targetChars}`);
  const count = BRAND_SENTENCES.length;
  let text = '';
  for (let i = 0; text.length <= targetChars; i++) {
    const sentence = BRAND_SENTENCES[(offset + i) % count] ?? '';
    const separator = i === 0 ? '' : i % 4 === 0 ? '\n\n' : ' ';
    text += separator + sentence;
  }
  const head = text.slice(0, targetChars + 1);
  const cut = head.search(/\s\S*$/u);
  return (cut > 0 ? head.slice(0, cut) : head.slice(0, targetChars)).trimEnd();
}

export const DRAFT_LENGTHS = [280, 1300, 3000, 25000] as const;
