// How to drive each fixture composer like a person: open it, find its editor, submit, cancel, and
// what the site shows on success. Shared by the fixture specs and the extension's coach specs.
import type { Locator, Page } from '@playwright/test';
import { expect, model } from './fixtures.ts';
import type { SiteId } from './hosts.ts';

export interface Driver {
  /** The page the scenario starts on (default: the site's home). */
  url?: string;
  /** The foreground composer's first editor. */
  editor(page: Page): Locator;
  /** Opens the composer through the page UI (clicks, like a person). */
  open(page: Page): Promise<void>;
  submit(page: Page): Promise<void>;
  cancel(page: Page): Promise<void>;
  /** After a successful submit: the site's own confirmation is visible. */
  confirmed(page: Page): Promise<void>;
  account: string;
  /** Editors left in the foreground after cancel: the inline box or column stays on X and Mastodon. */
  editorsAfterCancel?: number;
}

export const DRIVERS: Record<SiteId, Driver> = {
  x: {
    editor: (page) => page.locator('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]'),
    open: async () => {},
    submit: (page) => page.getByTestId('tweetButtonInline').click(),
    cancel: async (page) => {
      // Cancel on X is closing the compose modal, so this scenario types into the modal.
      await page.getByTestId('SideNav_NewTweet_Button').click();
      await page.locator('#layers [role=dialog] [data-testid=tweetTextarea_0]').click();
      await page.keyboard.type('never sent');
      await page.getByTestId('app-bar-close').click();
      await expect(page.locator('#layers [role=dialog]')).toHaveCount(0);
    },
    confirmed: async (page) => {
      await expect(page.getByTestId('toast')).toContainText('Your post was sent');
      await expect(page.getByTestId('toast').locator('a[href*="/status/"]')).toHaveAttribute(
        'href',
        /^\/steady_brand\/status\/\d+$/,
      );
      expect(await model(page)).toBe('');
    },
    account: 'steady_brand',
    editorsAfterCancel: 1,
  },
  linkedin: {
    editor: (page) => page.locator('#interop-outlet .ql-editor'),
    open: (page) => page.locator('.share-box-feed-entry__trigger').click(),
    submit: (page) => page.locator('#interop-outlet .share-actions__primary-action').click(),
    cancel: (page) => page.locator('#interop-outlet [aria-label=Dismiss]').click(),
    confirmed: async (page) => {
      await expect(page.locator('#interop-outlet [data-test-modal-id=sharebox]')).toHaveCount(0);
    },
    account: 'Alex Doe',
  },
  facebook: {
    editor: (page) => page.locator('[role=dialog] [role=textbox][data-lexical-editor=true]'),
    open: (page) => page.getByRole('button', { name: "What's on your mind, Brand Page?" }).click(),
    submit: (page) => page.locator('[role=dialog] div[role=button][aria-label=Post]').click(),
    cancel: (page) => page.locator('[role=dialog] [role=button][aria-label=Close]').click(),
    confirmed: async (page) => {
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
    account: 'Brand Page',
  },
  instagram: {
    editor: (page) => page.locator('[role=dialog] div[contenteditable=true][aria-label^="Write a caption"]'),
    open: async (page) => {
      await page.getByRole('link', { name: 'New post' }).click();
      await page.getByRole('button', { name: 'Select from computer' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
    },
    submit: (page) => page.getByRole('dialog').getByRole('button', { name: 'Share' }).click(),
    cancel: async (page) => {
      await page.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Discard' }).click();
    },
    confirmed: async (page) => {
      await expect(page.getByText('Your post has been shared.')).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
    account: 'steady.brand',
  },
  threads: {
    editor: (page) => page.locator('[role=dialog] [role=textbox][data-lexical-editor=true]').first(),
    open: (page) => page.getByRole('button', { name: "What's new?" }).click(),
    submit: (page) => page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click(),
    cancel: (page) => page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click(),
    confirmed: async (page) => {
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByRole('status')).toContainText('Posted');
      await expect(page.getByRole('status').getByRole('link', { name: 'View' })).toHaveAttribute(
        'href',
        /^\/@steady\.brand\/post\//,
      );
    },
    account: 'steady.brand',
  },
  mastodon: {
    editor: (page) => page.locator('form.compose-form textarea.autosuggest-textarea__textarea'),
    open: async () => {},
    submit: (page) => page.locator('.compose-form__submit button[type=submit]').click(),
    cancel: async (page) => {
      // The compose column has no cancel; a reply does ("Cancel" in the reply indicator).
      await page.getByRole('button', { name: 'Reply' }).click();
      await page.keyboard.type('never sent');
      await page.locator('.reply-indicator__cancel').click();
      await expect(page.locator('textarea.autosuggest-textarea__textarea')).toHaveValue('');
    },
    confirmed: async (page) => {
      await expect(page.locator('textarea.autosuggest-textarea__textarea')).toHaveValue('');
    },
    account: 'steadybrand',
    editorsAfterCancel: 1,
  },
  bluesky: {
    editor: (page) => page.locator('[role=dialog] .tiptap.ProseMirror[role=textbox]'),
    open: (page) => page.getByRole('button', { name: 'New post' }).click(),
    submit: (page) =>
      page.locator('button[data-testid=composerPublishBtn][aria-label="Publish post"]').click(),
    cancel: (page) => page.getByTestId('composerDiscardButton').click(),
    confirmed: async (page) => {
      await expect(page.getByRole('dialog')).toHaveCount(0);
    },
    account: 'steady-brand.bsky.social',
  },
  reddit: {
    editor: (page) => page.locator('shreddit-composer > div[role=textbox][data-lexical-editor=true]'),
    open: async (page) => {
      await page.locator('faceplate-textarea-input textarea').click();
      await page.keyboard.type('Launch day');
    },
    submit: (page) => page.locator('shreddit-composer > button[slot=submit-button][type=submit]').click(),
    cancel: async (page) => {
      await page.goto('https://www.reddit.com/r/test/comments/abc123/hello/');
      await page.getByTestId('trigger-button').click();
      await page.locator('shreddit-composer [role=textbox]').click();
      await page.keyboard.type('never sent');
      await page.locator('shreddit-composer > button[slot=cancel-button]').click();
      await expect(page.locator('shreddit-composer')).toHaveCount(0);
    },
    confirmed: async (page) => {
      await expect(page).toHaveURL(/^https:\/\/www\.reddit\.com\/r\/test\/comments\/\d+\/launch_day\/$/);
    },
    account: 'steady_brand',
  },
};
