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
  /** Other interesting entry points (shown on the demo page). */
  variants: readonly { label: string; url: string }[];
  /** What the fixture imitates, for the demo page. */
  summary: string;
}

export const SITES: readonly FixtureSite[] = [
  {
    id: 'x',
    name: 'X',
    hosts: ['x.com', 'www.x.com', 'mobile.x.com'],
    home: 'https://x.com/home',
    variants: [{ label: 'compose modal', url: 'https://x.com/compose/post' }],
    summary: 'Draft.js + React 18: inline box, #layers modal, thread (addButton), toast, account switcher.',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    hosts: ['www.linkedin.com', 'linkedin.com'],
    home: 'https://www.linkedin.com/feed/',
    variants: [
      {
        label: 'company Page',
        url: 'https://www.linkedin.com/company/123456/admin/page-posts/published/?share=true',
      },
      { label: 'pre-2025 light DOM', url: 'https://www.linkedin.com/feed/?legacy=1' },
    ],
    summary: 'Quill 2 inside the open shadow root of #interop-outlet, hidden light-DOM decoy editor.',
  },
  {
    id: 'facebook',
    name: 'Facebook',
    hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com'],
    home: 'https://www.facebook.com/',
    variants: [],
    summary: 'Lexical plain text in a [role=dialog], div[role=button][aria-label=Post], a feed comment box.',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    hosts: ['www.instagram.com', 'instagram.com'],
    home: 'https://www.instagram.com/',
    variants: [],
    summary: 'Create dialog (select, crop, filter, caption); Lexical caption on the last step, Share.',
  },
  {
    id: 'threads',
    name: 'Threads',
    hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
    home: 'https://www.threads.com/',
    variants: [{ label: 'threads.net', url: 'https://www.threads.net/' }],
    summary: 'Several Lexical editors in one dialog, "Add to thread", toast "Posted".',
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    hosts: ['mastodon.social'],
    home: 'https://mastodon.social/home',
    variants: [],
    summary:
      'React 18 controlled textarea in form.compose-form, Ctrl/Cmd+Enter, #initial-state with a fake token. ' +
      'Steady coaches here once you add mastodon.social under Steady settings → Sites.',
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    hosts: ['bsky.app'],
    home: 'https://bsky.app/',
    variants: [],
    summary: 'TipTap composer dialog, composerPublishBtn, Ctrl/Cmd+Enter, BSKY_STORAGE with fake JWTs.',
  },
  {
    id: 'reddit',
    name: 'Reddit',
    hosts: ['www.reddit.com', 'reddit.com', 'old.reddit.com'],
    home: 'https://www.reddit.com/r/test/submit',
    variants: [
      { label: 'comment composer', url: 'https://www.reddit.com/r/test/comments/abc123/hello/' },
      { label: 'old Reddit', url: 'https://old.reddit.com/r/test/submit' },
    ],
    summary:
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
