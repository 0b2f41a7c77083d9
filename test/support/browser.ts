/**
 * Real-browser tests: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * against a real Mosaic server on a loopback port. Screenshots land in test-results/screenshots.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/http/app';
import type { Store } from '../../src/server/db/connect';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}: run "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function startWebServer(store: Store): Promise<{ app: FastifyInstance; url: string }> {
  if (!existsSync('dist/web/index.html'))
    throw new Error('The web app is not built: run "npm run build" first (npm test does).');
  const app = await buildApp({
    store,
    config: readConfig({ database: store.description, webRoot: 'dist/web' }),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  return { app, url: `http://127.0.0.1:${address.port}` };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const phoneViewport = { width: 360, height: 740 };
export const desktopViewport = { width: 1280, height: 800 };
