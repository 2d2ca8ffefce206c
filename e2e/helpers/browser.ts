/**
 * Real Chromium for browser tests (Debian's `/usr/bin/chromium` through playwright-core; no
 * browser downloads). Without it the tests skip with a message, except under `CI=true`, where a
 * missing browser is a failure.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where the Debian package installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless Chromium in a container. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether browser tests can run; throws under CI when Chromium is missing. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium`);
  return false;
}

/** Why browser tests were skipped (used as the skipped suite's name). */
export const SKIP_REASON = `browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`;

/** A browser context with its own fresh profile; `close()` removes the profile. */
export interface OpenBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh `--user-data-dir` (a persistent context, so service workers persist across pages). */
export async function openBrowser(options: { bypassCSP?: boolean } = {}): Promise<OpenBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'digest-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: 'allow',
  });
  // Fail a wait with Playwright's own message before the test runner's timeout hides it.
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
