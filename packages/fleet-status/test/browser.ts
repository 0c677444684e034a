import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

/** Debian's chromium (apt-get install chromium); never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs `work` with a page of a fresh headless chromium (its own --user-data-dir). Every request
 * that is not a file: or data: URL is refused and recorded in `blocked`.
 */
export async function withPage<T>(work: (page: Page, blocked: string[]) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  try {
    return await work(context.pages()[0] ?? (await context.newPage()), blocked);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Where a screenshot goes: docs/images when INFRA_FLEET_SCREENSHOTS=1 (to refresh the README's), else `dir`. */
export function screenshotPath(root: string, dir: string, name: string): string {
  return process.env.INFRA_FLEET_SCREENSHOTS === '1'
    ? join(root, 'docs/images', name)
    : join(dir, name);
}
