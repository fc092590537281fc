// The eight sites the fixtures imitate, keyed by the hostnames the real sites use. The server picks a
// fixture page from the Host header, and Chromium's --host-resolver-rules sends these names to the local
// server, so pages load at e.g. https://x.com/home and the production content-script matches apply.

export type SiteId =
  | 'x'
  | 'linkedin'
  | 'facebook'
  | 'instagram'
  | 'threads'
  | 'mastodon'
  | 'bluesky'
  | 'reddit';

export interface FixtureSite {
  id: SiteId;
  /** Display name used on the demo page. */
  name: string;
  /** Every hostname served with this fixture; the first one is canonical. */
  hosts: readonly string[];
  /** Where a test or the demo opens the fixture. */
  home: string;
  /** Other interesting entry points (shown on the demo page, in words a user reads). */
  variants: readonly { label: string; url: string }[];
  /** One sentence for the demo page: what to try there, in a user's words (issue 12). */
  tryIt: string;
  /** What the fixture imitates, for engineers (tests/e2e/README.md "What each fixture imitates"). */
  notes: string;
}

export const SITES: readonly FixtureSite[] = [
  {
    id: 'x',
    name: 'X',
    hosts: ['x.com', 'www.x.com', 'mobile.x.com'],
    home: 'https://x.com/home',
    variants: [{ label: 'the post window', url: 'https://x.com/compose/post' }],
    tryIt: 'Write a post that starts with “We are excited to announce” and watch the Tone badge.',
    notes: 'Draft.js + React 18: inline box, #layers modal, thread (addButton), toast, account switcher.',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    hosts: ['www.linkedin.com', 'linkedin.com'],
    home: 'https://www.linkedin.com/feed/',
    variants: [
      {
        label: 'as a Company Page',
        url: 'https://www.linkedin.com/company/123456/admin/page-posts/published/?share=true',
      },
      { label: 'the older LinkedIn', url: 'https://www.linkedin.com/feed/?legacy=1' },
    ],
    tryIt: 'Ask your readers to “like and share if you agree” and open the suggestions.',
    notes: 'Quill 2 inside the open shadow root of #interop-outlet, hidden light-DOM decoy editor.',
  },
  {
    id: 'facebook',
    name: 'Facebook',
    hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com'],
    home: 'https://www.facebook.com/',
    variants: [],
    tryIt: 'Write “Only today: buy now!!!” and see the Push badge rise.',
    notes: 'Lexical plain text in a [role=dialog], div[role=button][aria-label=Post], a feed comment box.',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    hosts: ['www.instagram.com', 'instagram.com'],
    home: 'https://www.instagram.com/',
    variants: [],
    tryIt: 'Pick a photo, and on the caption step write a caption with ten hashtags.',
    notes: 'Create dialog (select, crop, filter, caption); Lexical caption on the last step, Share.',
  },
  {
    id: 'threads',
    name: 'Threads',
    hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
    home: 'https://www.threads.com/',
    variants: [{ label: 'threads.net', url: 'https://www.threads.net/' }],
    tryIt: 'Start a thread of two posts; Steady counts the whole thread as one post.',
    notes: 'Several Lexical editors in one dialog, "Add to thread", toast "Posted".',
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    hosts: ['mastodon.social'],
    home: 'https://mastodon.social/home',
    variants: [],
    tryIt:
      'Add mastodon.social under Steady settings → Sites first, then write a post that only links somewhere.',
    notes:
      'React 18 controlled textarea in form.compose-form, Ctrl/Cmd+Enter, #initial-state with a fake token. ' +
      'Steady coaches here once you add mastodon.social under Steady settings → Sites.',
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    hosts: ['bsky.app'],
    home: 'https://bsky.app/',
    variants: [],
    tryIt: 'Write a post in capitals, “THE BIGGEST SALE EVER”, and open the suggestions.',
    notes: 'TipTap composer dialog, composerPublishBtn, Ctrl/Cmd+Enter, BSKY_STORAGE with fake JWTs.',
  },
  {
    id: 'reddit',
    name: 'Reddit',
    hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com'],
    home: 'https://www.reddit.com/r/test/submit',
    variants: [
      { label: 'a comment', url: 'https://www.reddit.com/r/test/comments/abc123/hello/' },
      { label: 'old Reddit', url: 'https://old.reddit.com/r/test/submit' },
    ],
    tryIt: 'Write a post title and a body that ends with “Comment below!” and see what Steady suggests.',
    notes:
      'shreddit-composer web component with a slotted Lexical body, faceplate-textarea-input title; old.reddit.com: plain forms.',
  },
];

/** The fixture that serves a hostname (the Host header without its port), if any. */
export function siteForHost(host: string): FixtureSite | undefined {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return SITES.find((site) => site.hosts.includes(name));
}

export function siteById(id: SiteId): FixtureSite {
  const site = SITES.find((s) => s.id === id);
  if (!site) throw new Error(`Unknown fixture site: ${id}`);
  return site;
}

/** Where `npm start` and the demo screenshot open: a friendly index served on x.com. */
export const DEMO_URL = 'https://x.com/steady-demo';
