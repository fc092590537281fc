// Finds Debian's Firefox ESR and launches it over WebDriver BiDi (puppeteer-core, no downloaded browser
// build) with the Firefox build of the extension installed temporarily, the fixture hostnames sent to the
// local fixture server through a loopback proxy (../proxy.ts), and the fixture's self-signed certificate
// accepted. Playwright's own Firefox is a patched build that must be downloaded, so it cannot be used here.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { type FixtureProxy, startFixtureProxy } from '../proxy.ts';

export const FIREFOX_MISSING_MESSAGE = [
  'No Firefox found for the Firefox end-to-end tests.',
  'Install one:',
  '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
  '  or point STEADY_FIREFOX at a Firefox (ESR 140 or newer) binary.',
  'Playwright’s own Firefox cannot be used: it is a patched build without WebDriver BiDi’s webExtension module.',
].join('\n');

/** The Firefox binary to launch; throws with install instructions when there is none. */
export function findFirefox(): string {
  const fromEnv = process.env.STEADY_FIREFOX;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${fromEnv} (from STEADY_FIREFOX) does not exist.\n${FIREFOX_MISSING_MESSAGE}`);
  }
  for (const path of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) {
    if (existsSync(path)) return path;
  }
  throw new Error(FIREFOX_MISSING_MESSAGE);
}

/** The Firefox build of the extension (`wxt build -b firefox`); `STEADY_EXTENSION_DIR` as in ../fixtures.ts. */
export const FIREFOX_EXTENSION_PATH = join(
  resolve(process.env.STEADY_EXTENSION_DIR ?? '.output'),
  'firefox-mv3',
);

/** The gecko id the build declares (`browser_specific_settings.gecko.id` in wxt.config.ts). */
export function geckoId(extensionPath = FIREFOX_EXTENSION_PATH): string {
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `${extensionPath} is missing: run \`npm run build:firefox\` (npm run test:firefox does it).`,
    );
  }
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const id = (manifest as { browser_specific_settings?: { gecko?: { id?: unknown } } })
    .browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string')
    throw new Error(`${manifestPath} declares no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * The extension's internal UUID, pinned through `extensions.webextensions.uuids` so the specs can open its
 * pages at a known moz-extension:// origin (Firefox picks a random one per profile otherwise).
 */
export const EXTENSION_UUID = '5e1ad7e5-0000-4000-8000-00000000f1f0';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface LaunchedFirefox {
  browser: Browser;
  proxy: FixtureProxy;
  /** What `webExtension.install` answered (the gecko id); undefined for a browser without the extension. */
  extensionId: string | undefined;
  close(): Promise<void>;
}

/**
 * Firefox prefs for one test profile. The proxy carries every http and https request (nothing is exempt but
 * localhost, where puppeteer's BiDi socket is), and prompts that automation cannot answer are off.
 */
export function firefoxPrefs(proxyPort: number, extensionId?: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    // An optional permission asked for from a click (the options page's "Allow" for a Mastodon instance) is
    // granted without the doorhanger, which WebDriver cannot click. Firefox still refuses a request that
    // does not come from user input, so the click itself stays part of the test.
    'extensions.webextOptionalPermissionPrompts': false,
    ...(extensionId
      ? { 'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }) }
      : {}),
    // The UI and navigator.language in English, like the Chromium runs.
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en-US, en',
  };
}

/**
 * Starts Firefox ESR with a fresh profile, the proxy in front of the fixture server at `serverPort`, and the
 * extension at `extensionPath` installed temporarily (BiDi `webExtension.install`, Firefox 138+); `null`
 * launches the same browser without the extension (for with/without comparisons).
 */
export async function launchFirefox(
  serverPort: number,
  extensionPath: string | null = FIREFOX_EXTENSION_PATH,
): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  const id = extensionPath === null ? undefined : geckoId(extensionPath);
  const proxy = await startFixtureProxy(serverPort);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: process.env.STEADY_HEADED !== '1',
      acceptInsecureCerts: true,
      // Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless system access
      // is allowed; the specs open the extension's own pages (moz-extension://…/options.html).
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: firefoxPrefs(proxy.port, id),
      timeout: 60_000,
    });
    const extensionId = extensionPath === null ? undefined : await browser.installExtension(extensionPath);
    const launched = browser;
    return {
      browser: launched,
      proxy,
      extensionId,
      close: async () => {
        await launched.close().catch(() => {});
        await proxy.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await proxy.close();
    throw error;
  }
}
