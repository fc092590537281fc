// Finds a Chromium that can load an unpacked MV3 extension and builds the switches every launch shares
// (Playwright tests, `npm start`, the smoke screenshot). Branded Google Chrome 137+ ignores
// --load-extension and Playwright's chromium-headless-shell cannot load extensions at all
// (shared/SITES.md, "Headless Chromium facts"), so we want a full Chromium binary: Debian's package first.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SITES } from './hosts.ts';

export const CHROMIUM_MISSING_MESSAGE = [
  'No Chromium found for the end-to-end tests and the demo.',
  'Install one:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  or point STEADY_CHROMIUM (or CHROME_PATH) at a Chromium or Chrome for Testing binary.',
  'Branded Google Chrome 137+ cannot be used: it ignores --load-extension.',
].join('\n');

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // Playwright throws when its browser registry has no entry for this platform.
    return undefined;
  }
}

/** The Chromium binary to launch; throws with install instructions when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.STEADY_CHROMIUM || process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `${fromEnv} (from STEADY_CHROMIUM/CHROME_PATH) does not exist.\n${CHROMIUM_MISSING_MESSAGE}`,
    );
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightChromium()];
  for (const path of candidates) {
    if (path && existsSync(path)) return path;
  }
  throw new Error(CHROMIUM_MISSING_MESSAGE);
}

/** True when the process runs as root, where Chromium refuses to start without --no-sandbox. */
export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Sends every fixture hostname to the local HTTPS server. Verified on Chromium 150: `MAP host 127.0.0.1:port`
 * works for https URLs, so https://x.com/home reaches the server on a random port while the page's origin
 * (and the Host header) stays `x.com`. Everything else resolves to nothing, so a test never leaves the machine.
 */
export function hostResolverRules(port: number): string {
  const rules: string[] = [];
  for (const site of SITES) {
    for (const host of site.hosts) rules.push(`MAP ${host} 127.0.0.1:${port}`);
  }
  rules.push(`MAP *.x.com 127.0.0.1:${port}`);
  rules.push('MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');
  return rules.join(',');
}

export interface LaunchArgsOptions {
  /** Absolute path of the unpacked extension (`.output/chrome-mv3`); omit to launch without it. */
  extensionPath?: string;
  /** Port of the fixture server; omit to skip the hostname mapping. */
  port?: number;
}

/**
 * The switches shared by every launch. Headless mode is chosen by the caller (Playwright's `headless: true`
 * on a full Chromium binary means Chrome's new headless mode, which loads extensions).
 */
export function chromiumArgs(options: LaunchArgsOptions = {}): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (isRoot()) args.push('--no-sandbox');
  if (options.port !== undefined) {
    args.push(`--host-resolver-rules=${hostResolverRules(options.port)}`, '--ignore-certificate-errors');
  }
  if (options.extensionPath) {
    // Playwright puts --disable-extensions among its defaults; these come later and win.
    args.push(
      `--disable-extensions-except=${options.extensionPath}`,
      `--load-extension=${options.extensionPath}`,
    );
  }
  return args;
}
