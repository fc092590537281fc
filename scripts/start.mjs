#!/usr/bin/env node
// npm start: the demo. Installs dependencies when node_modules is missing, builds the extension and the
// fixture pages, starts the local HTTPS fixture server and opens Chromium (with a window) on the demo page,
// with Steady loaded and the real hostnames (x.com, www.linkedin.com, …) mapped to the local server.
// Runs until the browser is closed.
//
//   npm start                         a browser window (on a machine without a display: xvfb-run -a npm start)
//   npm start -- --smoke [--screenshot=PATH] [--url=URL]
//                                     headless: open the page, save a screenshot (default
//                                     test-results/demo.png), print what loaded, exit 0
//   --headless is the same as --smoke.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const headless = flag('smoke') || flag('headless');

if (flag('help')) {
  console.log('Usage: npm start [-- --smoke|--headless] [--screenshot=PATH] [--url=URL]');
  process.exit(0);
}

function runOrExit(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(ROOT, 'node_modules'))) {
  console.log('start: node_modules is missing, running npm ci …');
  runOrExit('npm', ['ci']);
}

const { tsImport } = await import('tsx/esm/api');
const browser = await tsImport('../tests/e2e/browser.ts', import.meta.url);
const hosts = await tsImport('../tests/e2e/hosts.ts', import.meta.url);

let chromiumPath;
try {
  chromiumPath = browser.findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'start: no display found. On a machine without one, run `xvfb-run -a npm start`,\n' +
      'or `npm start -- --smoke` for a headless screenshot of the demo page.',
  );
  process.exit(1);
}

const bin = (name) => join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
console.log('start: building the extension (wxt build) …');
runOrExit(bin('wxt'), ['build']);
const { buildFixtures } = await tsImport('../tests/e2e/fixtures/build.ts', import.meta.url);
await buildFixtures();

const { startFixtureServer } = await tsImport('../tests/e2e/server.ts', import.meta.url);
const server = await startFixtureServer({
  onRequest: ({ host, path, status }) => {
    if (!headless && !path.startsWith('/__fixture/')) console.log(`start: ${status} https://${host}${path}`);
  },
});
const extensionPath = join(ROOT, '.output', 'chrome-mv3');
const url = option('url') ?? hosts.DEMO_URL;
const userDataDir = await mkdtemp(join(tmpdir(), 'steady-demo-'));
const cleanup = async () => {
  await server.close();
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {});
};
console.log(`start: fixture server on 127.0.0.1:${server.port}; Chromium at ${chromiumPath}`);

if (headless) {
  const { chromium } = await import('@playwright/test');
  const screenshot = resolve(ROOT, option('screenshot') ?? 'test-results/demo.png');
  let code = 0;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: browser.chromiumArgs({ port: server.port, extensionPath }),
  });
  try {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 10_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    const response = await page.goto(url);
    await page.waitForLoadState('networkidle');
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    console.log(`start: ${response?.status()} ${page.url()} "${await page.title()}"`);
    console.log(`start: extension ${new URL(worker.url()).host} loaded; screenshot saved to ${screenshot}`);
  } catch (error) {
    console.error('start: smoke run failed:', error);
    code = 1;
  } finally {
    await context.close();
    await cleanup();
  }
  process.exit(code);
}

const child = spawn(
  chromiumPath,
  [
    ...browser.chromiumArgs({ port: server.port, extensionPath }),
    `--user-data-dir=${userDataDir}`,
    // Hides the "unsupported command-line flag" bar that --ignore-certificate-errors would show.
    '--test-type',
    '--new-window',
    url,
  ],
  // Chromium's stderr is mostly noise (dbus, GPU); STEADY_DEMO_VERBOSE=1 shows it.
  { stdio: ['ignore', 'ignore', process.env.STEADY_DEMO_VERBOSE === '1' ? 'inherit' : 'ignore'] },
);
console.log(`start: opened ${url}. Close the browser window (or press Ctrl+C) to stop.`);
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  console.log('start: the browser closed; stopping the fixture server.');
  await cleanup();
  process.exit(code ?? 0);
});
