// The fixture pages themselves: each loads under its real hostname over https, realistic typing produces
// the expected editor-model text, a submit records exactly one post with the right text and account,
// cancelling records nothing, and a forced remount keeps the composer working. These prove the ground the
// extension's e2e tests stand on; they do not involve the extension's behaviour.
import type { Locator, Page } from '@playwright/test';
import { DRIVERS } from './drivers.ts';
import { callFixture, expect, model, openFixture, posted, test, waitForPosted } from './fixtures.ts';
import { SITES, siteById } from './hosts.ts';

/** Typed with page.keyboard.type (real key events), Enter between the lines. */
const LINE_1 = 'Launch day 🎉 thanks @steady_team';
const LINE_2 = 'More at #brandnews';
const EXPECTED = `${LINE_1}\n${LINE_2}`;

async function typeSample(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.type(LINE_1);
  await page.keyboard.press('Enter');
  await page.keyboard.type(LINE_2);
}

for (const site of SITES) {
  const driver = DRIVERS[site.id];
  test.describe(`${site.name} fixture`, () => {
    test('loads under its real hostname over https', async ({ page }) => {
      await openFixture(page, driver.url ?? site.home);
      const url = new URL(page.url());
      expect(url.protocol).toBe('https:');
      expect(url.hostname).toBe(new URL(site.home).hostname);
      expect(await page.evaluate(() => location.origin)).toBe(new URL(site.home).origin);
      await expect(page.getByText('Local test fixture — not the real site')).toBeVisible();
      expect(await page.evaluate(() => window.__fixture?.site)).toBe(site.id);
    });

    test('typing gives the model text; one submit records exactly one post', async ({ page }) => {
      await openFixture(page, driver.url ?? site.home);
      await driver.open(page);
      await typeSample(page, driver.editor(page));
      expect(await model(page)).toBe(EXPECTED);
      await driver.submit(page);
      const [entry] = await waitForPosted(page, 1);
      expect(entry).toMatchObject({
        text: EXPECTED,
        parts: [EXPECTED],
        account: driver.account,
        via: 'click',
      });
      expect(entry?.kind).toBe('post');
      await driver.confirmed(page);
      // Nothing else arrives late.
      await page.waitForTimeout(300);
      expect(await posted(page)).toHaveLength(1);
    });

    test('cancel records nothing', async ({ page }) => {
      await openFixture(page, driver.url ?? site.home);
      if (site.id !== 'x' && site.id !== 'mastodon' && site.id !== 'reddit') {
        await driver.open(page);
        await driver.editor(page).click();
        await page.keyboard.type('never sent');
        expect(await model(page)).toBe('never sent');
      }
      await driver.cancel(page);
      await page.waitForTimeout(400);
      expect(await posted(page)).toEqual([]);
      expect(await page.evaluate(() => window.__fixture?.editorCount())).toBe(driver.editorsAfterCancel ?? 0);
    });

    test('a forced remount replaces the editor node and keeps it working', async ({ page }) => {
      await openFixture(page, driver.url ?? site.home);
      await driver.open(page);
      await driver.editor(page).click();
      await page.keyboard.type('before');
      const old = await driver.editor(page).elementHandle();
      await callFixture(page, 'remount');
      expect(await old?.evaluate((node) => node.isConnected)).toBe(false);
      await expect(driver.editor(page)).toBeVisible();
      expect(await model(page)).toBe('before');
      await driver.editor(page).click();
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type(' and after');
      expect(await model(page)).toBe('before and after');
      await driver.submit(page);
      const [entry] = await waitForPosted(page, 1);
      expect(entry?.text).toBe('before and after');
    });
  });
}

test.describe('site specifics', () => {
  test('X: thread via addButton posts both items from the #layers modal', async ({ page }) => {
    await openFixture(page, 'https://x.com/home');
    await page.getByTestId('SideNav_NewTweet_Button').click();
    await expect(page).toHaveURL('https://x.com/compose/post');
    const dialog = page.locator('#layers > * > [role=dialog][aria-modal=true]');
    await dialog.getByTestId('tweetTextarea_0').click();
    await page.keyboard.type('First post 🧵');
    await dialog.getByTestId('addButton').click();
    await expect(dialog.getByTestId('tweetTextarea_1')).toBeFocused();
    await page.keyboard.type('Second post');
    await expect(dialog.getByTestId('tweetButton')).toHaveText('Post all');
    await dialog.getByTestId('tweetButton').click();
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({
      kind: 'thread',
      parts: ['First post 🧵', 'Second post'],
      account: 'steady_brand',
    });
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('toast')).toBeVisible();
  });

  test('X: Ctrl/Cmd+Enter posts, and the account switcher changes the account', async ({ page }) => {
    await openFixture(page, 'https://x.com/home');
    await expect(page.getByTestId('tweetButtonInline')).toHaveAttribute('aria-disabled', 'true');
    await page.getByTestId('SideNav_AccountSwitcher_Button').click();
    await page.getByRole('menuitem', { name: 'Switch to @steady_support' }).click();
    await expect(page.getByTestId('UserAvatar-Container-steady_support')).toBeVisible();
    await expect(page.getByTestId('AppTabBar_Profile_Link')).toHaveAttribute('href', '/steady_support');
    await page.locator('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]').click();
    await page.keyboard.type('Hello from support');
    await page.keyboard.press('ControlOrMeta+Enter');
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({ text: 'Hello from support', account: 'steady_support', via: 'shortcut' });
  });

  test('X: the Draft.js editor has the attribute contract of shared/SITES.md', async ({ page }) => {
    await openFixture(page, 'https://x.com/home');
    const editor = page.locator('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]');
    await expect(editor).toHaveClass(/public-DraftEditor-content/);
    await expect(editor).toHaveClass(/notranslate/);
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(editor).toHaveAttribute('aria-label', 'Post text');
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    expect(await editor.evaluate((node) => node.closest('.DraftEditor-root') !== null)).toBe(true);
  });

  test('LinkedIn: Quill in the #interop-outlet shadow root, a hidden decoy, caret typing intact', async ({
    page,
  }) => {
    await openFixture(page, 'https://www.linkedin.com/feed/');
    await page.locator('.share-box-feed-entry__trigger').click();
    const facts = await page.evaluate(() => {
      const host = document.querySelector('div#interop-outlet[data-testid=interop-shadowdom]');
      const inShadow = host?.shadowRoot?.querySelector(
        '[data-test-modal-id=sharebox][role=dialog][aria-labelledby=share-to-linkedin-modal__header] ' +
          '.ql-editor[role=textbox][aria-label="Text editor for creating content"][data-test-ql-editor-contenteditable=true]',
      );
      const light = [...document.querySelectorAll('.ql-editor')];
      return {
        inShadow: inShadow !== null && inShadow !== undefined,
        lightCount: light.length,
        lightVisible: light.some((node) => node.getClientRects().length > 0),
      };
    });
    expect(facts).toEqual({ inShadow: true, lightCount: 1, lightVisible: false });
    const post = page.locator('#interop-outlet .share-actions__primary-action');
    await expect(post).toBeDisabled();
    // "hello linkedin" came out as "ello linkedinh" without the selection shims (shared/SITES.md).
    await page.locator('#interop-outlet .ql-editor').click();
    await page.keyboard.type('hello linkedin');
    expect(await model(page)).toBe('hello linkedin');
    await expect(post).toBeEnabled();
    await expect(page.locator('#interop-outlet .share-unified-settings-entry-button')).toHaveText(
      /Alex Doe\s*Post to Anyone/,
    );
  });

  test('LinkedIn: the company-Page URL opens the share box as the Page', async ({ page }) => {
    await openFixture(page, 'https://www.linkedin.com/company/123456/admin/page-posts/published/?share=true');
    const editor = page.locator('#interop-outlet .ql-editor');
    await expect(editor).toBeFocused();
    await page.keyboard.type('Hiring: two engineers');
    await page.locator('#interop-outlet .share-actions__primary-action').click();
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({ text: 'Hiring: two engineers', account: 'Steady Brand' });
  });

  test('LinkedIn: the pre-2025 variant renders the share box in the light DOM', async ({ page }) => {
    await openFixture(page, 'https://www.linkedin.com/feed/?legacy=1');
    await page.locator('.share-box-feed-entry__trigger').click();
    expect(await page.evaluate(() => document.querySelector('#interop-outlet'))).toBeNull();
    const editor = page.locator('[data-test-modal-id=sharebox] .ql-editor');
    await editor.click();
    await page.keyboard.type('old school');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line 2');
    expect(await model(page)).toBe('old school\nline 2');
  });

  test('Facebook: the comment box under [role=article] is a separate editor recorded as a comment', async ({
    page,
  }) => {
    await openFixture(page, 'https://www.facebook.com/');
    const comment = page.locator('[role=article] [role=textbox][aria-label="Write a comment…"]');
    await expect(comment).toHaveAttribute('data-lexical-editor', 'true');
    await comment.click();
    await page.keyboard.type('Nice one 👍');
    await page.keyboard.press('Enter');
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({ text: 'Nice one 👍', kind: 'comment', via: 'enter' });
    expect(await page.evaluate(() => window.__fixture?.editorCount())).toBe(0);
    await page.getByRole('button', { name: "What's on your mind, Brand Page?" }).click();
    await expect(page.locator('[role=dialog] [role=textbox]')).toHaveAttribute(
      'aria-label',
      "What's on your mind, Brand Page?",
    );
    await expect(page.locator('[role=dialog] [role=button][aria-label=Post]')).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  test('Instagram: the caption exists only on the last step of the create dialog', async ({ page }) => {
    await openFixture(page, 'https://www.instagram.com/');
    await page.getByRole('link', { name: 'New post' }).click();
    await expect(page.getByRole('dialog')).toContainText('Create new post');
    await expect(page.locator('[aria-label^="Write a caption"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Select from computer' }).click();
    for (const title of ['Crop', 'Edit']) {
      await expect(page.getByRole('dialog')).toContainText(title);
      await expect(page.locator('[aria-label^="Write a caption"]')).toHaveCount(0);
      await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
    }
    await expect(
      page.locator('[role=dialog] [aria-label^="Write a caption"][data-lexical-editor=true]'),
    ).toBeVisible();
  });

  test('Threads: "Add to thread" adds a second editor; both are posted as one thread', async ({ page }) => {
    await openFixture(page, 'https://www.threads.net/');
    await page.getByRole('button', { name: "What's new?" }).click();
    await page.keyboard.type('Part one');
    await page.getByRole('dialog').getByRole('button', { name: 'Add to thread' }).click();
    await page.keyboard.type('Part two');
    const editors = page.locator('[role=dialog] [role=textbox][data-lexical-editor=true]');
    await expect(editors).toHaveCount(2);
    await expect(editors.first()).toHaveAttribute(
      'aria-label',
      'Empty text field. Type to compose a new post.',
    );
    expect([await model(page, 0), await model(page, 1)]).toEqual(['Part one', 'Part two']);
    await DRIVERS.threads.submit(page);
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({ kind: 'thread', parts: ['Part one', 'Part two'], account: 'steady.brand' });
  });

  test('Mastodon: Ctrl/Cmd+Enter posts; #initial-state carries account, domain and a FAKE token', async ({
    page,
  }) => {
    await openFixture(page, 'https://mastodon.social/home');
    const state = await page.evaluate(() => {
      const parsed: unknown = JSON.parse(document.getElementById('initial-state')?.textContent ?? '{}');
      return parsed as {
        meta: { me: string; domain: string; access_token: string };
        accounts: Record<string, { acct: string }>;
      };
    });
    expect(state.meta.domain).toBe('mastodon.social');
    expect(state.accounts[state.meta.me]?.acct).toBe('steadybrand');
    expect(state.meta.access_token).toMatch(/^FAKE-/);
    await expect(page.locator('#mastodon[data-props]')).toHaveCount(1);
    await page.evaluate(() => window.__fixture?.switchAccount('steadyhelp'));
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('Shortcut toot');
    await page.keyboard.press('ControlOrMeta+Enter');
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({
      text: 'Shortcut toot',
      account: 'steadyhelp',
      via: 'shortcut',
      kind: 'post',
    });
  });

  test('Mastodon: a reply is recorded as a reply', async ({ page }) => {
    await openFixture(page, 'https://mastodon.social/home');
    await page.getByRole('button', { name: 'Reply' }).click();
    await page.keyboard.type('thanks!');
    await expect(page.locator('.compose-form__submit button[type=submit]')).toHaveText('Reply');
    await page.locator('.compose-form__submit button[type=submit]').click();
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({ text: '@alice@example.social thanks!', kind: 'reply' });
  });

  test('Bluesky: BSKY_STORAGE holds the session with FAKE JWTs; Ctrl/Cmd+Enter publishes as the switched account', async ({
    page,
  }) => {
    await openFixture(page, 'https://bsky.app/');
    const session = await page.evaluate(
      () => JSON.parse(localStorage.getItem('BSKY_STORAGE') ?? '{}') as unknown,
    );
    expect(session).toMatchObject({
      session: {
        currentAccount: { handle: 'steady-brand.bsky.social', did: expect.stringMatching(/^did:plc:/) },
      },
    });
    expect(JSON.stringify(session)).toContain('FAKE.');
    await callFixture(page, 'switchAccount', 'steady-labs.bsky.social');
    await page.getByRole('button', { name: 'New post' }).click();
    await expect(DRIVERS.bluesky.editor(page)).toBeFocused();
    await page.keyboard.type('Keyboard publish');
    await page.keyboard.press('ControlOrMeta+Enter');
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({
      text: 'Keyboard publish',
      account: 'steady-labs.bsky.social',
      via: 'shortcut',
    });
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('Reddit: title textarea lives in faceplate-textarea-input’s shadow root; the body is slotted', async ({
    page,
  }) => {
    await openFixture(page, 'https://www.reddit.com/r/test/submit');
    const facts = await page.evaluate(() => {
      const title = document.querySelector('faceplate-textarea-input');
      const composer = document.querySelector('shreddit-composer');
      const body = composer?.querySelector(':scope > div[role=textbox][contenteditable=true]');
      return {
        titleInShadow: title?.shadowRoot?.querySelector('textarea') !== null && title?.shadowRoot !== null,
        titleInLight: title?.querySelector('textarea') ?? null,
        composerSlots: [...(composer?.shadowRoot?.querySelectorAll('slot') ?? [])].map((s) => s.name),
        bodySlotted: body?.assignedSlot?.name,
        submit: composer?.querySelector(':scope > button[slot=submit-button][type=submit]') !== null,
      };
    });
    expect(facts).toEqual({
      titleInShadow: true,
      titleInLight: null,
      composerSlots: ['', 'cancel-button', 'submit-button'],
      bodySlotted: '',
      submit: true,
    });
    await expect(page.locator('shreddit-composer > button[slot=submit-button]')).toBeDisabled();
    await DRIVERS.reddit.open(page);
    await DRIVERS.reddit.editor(page).click();
    await page.keyboard.type('Body text');
    await DRIVERS.reddit.submit(page);
    const [entry] = await waitForPosted(page, 1);
    expect(entry).toMatchObject({ title: 'Launch day', text: 'Body text', account: 'steady_brand' });
  });
});

test('every site has a driver and a canonical https home', () => {
  for (const site of SITES) {
    expect(DRIVERS[site.id], site.id).toBeDefined();
    expect(siteById(site.id).home.startsWith(`https://${site.hosts[0]}/`)).toBe(true);
  }
});
