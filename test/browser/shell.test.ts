import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  desktopViewport,
  phoneViewport,
  screenshot,
  startWebServer,
} from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { openAndMigrate, type Store } from '../../src/server/services/system';

describe('the web shell in Chromium', () => {
  let database: TestDatabase;
  let store: Store;
  let server: { app: FastifyInstance; url: string };
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = (await openAndMigrate(database.location)).store;
    server = await startWebServer(store);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    await store?.close();
    await database?.drop();
  });

  it('renders the overview with the live server status', async () => {
    const page = await browser.newPage({ viewport: desktopViewport });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByText('Running').waitFor();
    expect(await page.locator('dl.facts dd').allInnerTexts()).toEqual([
      'Running',
      'SQLite (embedded)',
      'Up to date',
      '0.1.0',
    ]);
    expect(await page.title()).toBe('Mosaic');
    await screenshot(page, 'shell-overview-desktop');
    expect(errors).toEqual([]);
  });

  it('fits a 360-pixel phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: phoneViewport });
    await page.goto(server.url);
    await page.getByText('Running').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'shell-overview-phone');
  });

  it('shows the design system with a chart and its table one click away', async () => {
    const page = await browser.newPage({ viewport: desktopViewport });
    await page.goto(`${server.url}/design`);
    await page.getByRole('heading', { name: 'Design system' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBe(3);
    await screenshot(page, 'shell-design-system');
    await page.getByRole('button', { name: 'Table' }).click();
    expect(await page.locator('table.table tbody tr').allInnerTexts()).toEqual([
      'Group A\t42',
      'Group B\t35',
      'Group C\t18',
    ]);
  });

  it('answers an unknown page with a helpful not-found state', async () => {
    const page = await browser.newPage({ viewport: desktopViewport });
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { name: 'There is no page here' }).waitFor();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
  });
});
