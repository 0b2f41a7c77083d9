import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAndMigrate, type Store } from '../../src/server/services/system';
import {
  desktopViewport,
  launchBrowser,
  phoneViewport,
  screenshot,
  startWebServer,
} from '../support/browser';
import { testContext } from '../support/context';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { castCoalition, password, type Cast } from '../support/people';

describe('the web app in Chromium', () => {
  let database: TestDatabase;
  let store: Store;
  let server: { app: FastifyInstance; url: string };
  let browser: Browser;
  let cast: Cast;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    store = (await openAndMigrate(database.location)).store;
    cast = await castCoalition(testContext(store));
    server = await startWebServer(store);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    await store?.close();
    await database?.drop();
  });

  async function signedIn(email: string, viewport = desktopViewport, path = '/'): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { name: 'Sign in to Mosaic' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  it('sends a signed-out visitor to sign in, then back to the overview with the live status', async () => {
    const errors: string[] = [];
    const page = await signedIn(cast.accounts.backbone_admin);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByText('Running').waitFor();
    expect(await page.locator('dl.facts dd').allInnerTexts()).toEqual([
      'Running',
      'SQLite (embedded)',
      'Up to date',
      '0.1.0',
    ]);
    expect(await page.locator('nav[aria-label=Main] a').allInnerTexts()).toEqual([
      'Overview',
      'Partners',
      'Members',
      'API tokens',
      'Audit trail',
    ]);
    await screenshot(page, 'overview-admin-desktop');
    expect(errors).toEqual([]);
  });

  it('says why a sign-in failed', async () => {
    const page = await browser.newPage({ viewport: phoneViewport });
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(cast.accounts.funder);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('alert')
      .getByText('That email and password do not match an account.')
      .waitFor();
    await screenshot(page, 'sign-in-failed-phone');
  });

  it('fits a 360-pixel phone screen without sideways scrolling', async () => {
    const page = await signedIn(cast.accounts.partner_staff, phoneViewport);
    await page.getByText('Running').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('nav[aria-label=Main] a').allInnerTexts()).toEqual([
      'Overview',
      'Partners',
      'API tokens',
    ]);
    await screenshot(page, 'overview-staff-phone');
  });

  it('lets an admin invite a partner member, who joins through the link and sees only their own screens', async () => {
    const admin = await signedIn(cast.accounts.backbone_admin, desktopViewport, '/members');
    await admin.getByRole('heading', { name: 'Members' }).waitFor();
    await admin.getByLabel('Email').fill('newcomer@hope-jobs.org');
    await admin.getByLabel('Role').selectOption('partner_manager');
    await admin.getByLabel('Partner').selectOption('hope-jobs');
    await admin.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await admin.locator('.copy-box span').innerText();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await screenshot(admin, 'members-invite');

    const invitee = await browser.newPage({ viewport: phoneViewport });
    await invitee.goto(link);
    await invitee.getByText('For newcomer@hope-jobs.org').waitFor();
    await invitee.getByLabel('Your name').fill('Nia Newcomer');
    await invitee.getByLabel('Password', { exact: true }).fill('four words of passphrase');
    await invitee.getByLabel('The same password again').fill('four words of passphrase');
    await screenshot(invitee, 'invite-accept-phone');
    await invitee.getByRole('button', { name: 'Join' }).click();
    await invitee.getByRole('heading', { name: 'Sign in to Mosaic' }).waitFor();
    await invitee.getByLabel('Email').fill('newcomer@hope-jobs.org');
    await invitee.getByLabel('Password').fill('four words of passphrase');
    await invitee.getByRole('button', { name: 'Sign in' }).click();
    await invitee.getByRole('heading', { name: 'Overview' }).waitFor();
    const reused = await browser.newPage({ viewport: phoneViewport });
    await reused.goto(link);
    await reused.getByText('This invitation has already been used.').waitFor();
    await invitee.locator('nav[aria-label=Main]').getByRole('link', { name: 'Members' }).click();
    await invitee.locator('table.table tbody tr').first().waitFor();
    const emails = await invitee.locator('table.table tbody td:nth-child(2)').allInnerTexts();
    expect(emails.sort()).toEqual([
      'manager@hope-jobs.org',
      'newcomer@hope-jobs.org',
      'staff@hope-jobs.org',
    ]);
  });

  it('keeps wide tables inside their card on a phone, never scrolling the page sideways', async () => {
    for (const path of ['/members', '/audit']) {
      const page = await signedIn(cast.accounts.backbone_admin, phoneViewport, path);
      await page.locator('table.table tbody tr').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await screenshot(page, `phone${path.replace('/', '-')}`);
    }
  });

  it('lets an admin add a partner, who can then be chosen for an invitation', async () => {
    const page = await signedIn(cast.accounts.backbone_admin, desktopViewport, '/partners');
    await page.getByLabel('Organisation name').fill('Southside Shelter & Services');
    await page.getByRole('button', { name: 'Add partner' }).click();
    await page.getByRole('cell', { name: 'southside-shelter-services' }).waitFor();
    await screenshot(page, 'partners');
    await page.locator('nav[aria-label=Main]').getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Role').selectOption('partner_staff');
    expect(await page.getByLabel('Partner').locator('option').allInnerTexts()).toContain(
      'Southside Shelter & Services',
    );
  });

  it('creates an API token shown once, and revokes it', async () => {
    const page = await signedIn(cast.accounts.backbone_analyst, desktopViewport, '/tokens');
    await page.getByLabel('What the token is for').fill('Weekly export');
    await page.getByRole('button', { name: 'Create token' }).click();
    expect(await page.locator('.copy-box span').innerText()).toMatch(/^mos_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Revoked').waitFor();
    await screenshot(page, 'tokens');
  });

  it('shows the audit trail to an admin', async () => {
    const page = await signedIn(cast.accounts.backbone_admin, desktopViewport, '/audit');
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await page.locator('table.table tbody tr').first().waitFor();
    expect(await page.locator('table.table tbody tr').count()).toBeGreaterThan(5);
    await screenshot(page, 'audit');
  });

  it('shows the design system with a chart and its table one click away', async () => {
    const page = await signedIn(cast.accounts.funder, desktopViewport, '/design');
    await page.getByRole('heading', { name: 'Design system' }).waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBe(3);
    await screenshot(page, 'design-system');
    await page.getByRole('button', { name: 'Table' }).click();
    expect(await page.locator('table.table tbody tr').allInnerTexts()).toEqual([
      'Group A\t42',
      'Group B\t35',
      'Group C\t18',
    ]);
  });

  it('answers an unknown page with a helpful not-found state', async () => {
    const page = await signedIn(cast.accounts.funder, desktopViewport, '/no/such/page');
    await page.getByRole('heading', { name: 'There is no page here' }).waitFor();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
  });

  it('answers a missing file with 404 but a page route with the app', async () => {
    expect((await fetch(`${server.url}/assets/no-such-chunk.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(404);
    const page = await fetch(`${server.url}/members`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
  });
});
