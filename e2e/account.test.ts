/**
 * "Me" and "Share" on a phone: the reminder and its private calendar link (made, used, revoked),
 * the risk profile kept, the whole record downloaded, and the account deleted after confirming.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOffset, newEmail, openTab, screenshot, setMedicine, signUp, useTestBed } from './phone';

const bed = useTestBed();

describe('me: the context (medicine, risk), reminder and calendar', () => {
  it('keeps the risk answers, and the calendar link works until it is stopped', async () => {
    const page = await bed.newPerson('me');
    await page.getByText('More about you (optional)').tap();
    await page.getByRole('button', { name: 'A taxane (paclitaxel, docetaxel)' }).tap();
    await page
      .getByRole('group', { name: 'Do you have diabetes?' })
      .getByRole('button', { name: 'Yes' })
      .tap();
    await setMedicine(page, /Anastrozole/, dayOffset(-100));
    await page.reload();
    await page.getByText('More about you (optional)').tap();
    await expect(
      page.getByRole('button', { name: 'A taxane (paclitaxel, docetaxel)' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    await page.getByRole('button', { name: 'Thursday' }).tap();
    await page.getByLabel('What time?').fill('09:30');
    await page.getByRole('button', { name: 'Save reminder' }).tap();
    await page.getByRole('status').filter({ hasText: 'Reminder saved.' }).waitFor();

    await page.getByRole('button', { name: 'Add to my calendar' }).tap();
    const webcal = await page.getByRole('link', { name: 'Open in my calendar' }).getAttribute('href');
    expect(webcal).toMatch(/^webcal:\/\/localhost:\d+\/ics\/[\w-]+\.ics$/);
    const https = (webcal as string).replace(/^webcal:/, 'http:');
    const feed = await page.evaluate(async (url) => {
      const r = await fetch(url, { credentials: 'omit' });
      return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
    }, https);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/text\/calendar/);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
    await screenshot(page, '11-me-calendar', page.locator('section[aria-labelledby="reminder-title"]'));
    const status = (url: string) =>
      page.evaluate(async (u) => (await fetch(u, { credentials: 'omit' })).status, url);

    // Saving the reminder again keeps the link on screen (it cannot be shown a second time).
    await page.getByRole('button', { name: 'Save reminder' }).tap();
    await page.getByRole('status').filter({ hasText: 'Reminder saved.' }).waitFor();
    await page.getByRole('link', { name: 'Open in my calendar' }).waitFor();

    // After a reload the server knows a link is on but keeps only its hash: say so, offer a new one.
    await page.reload();
    await page.getByText('Your calendar link is working').waitFor();
    await expect(page.getByRole('link', { name: 'Open in my calendar' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Add to my calendar' }).count()).resolves.toBe(0);
    await screenshot(
      page,
      '11b-me-calendar-after-reload',
      page.locator('section[aria-labelledby="reminder-title"]'),
    );
    await page.getByRole('button', { name: 'Make a new calendar link' }).tap();
    const renewed = await page.getByRole('link', { name: 'Open in my calendar' }).getAttribute('href');
    const renewedHttp = (renewed as string).replace(/^webcal:/, 'http:');
    expect(renewedHttp).not.toBe(https);
    await expect(status(https)).resolves.toBe(404);
    await expect(status(renewedHttp)).resolves.toBe(200);

    await page.reload();
    await page.getByText('Your calendar link is working').waitFor();
    await page.getByRole('button', { name: 'Stop the calendar link' }).tap();
    await page.getByRole('status').filter({ hasText: 'no longer works' }).waitFor();
    await expect(status(renewedHttp)).resolves.toBe(404);
    await page.reload();
    await page.getByRole('button', { name: 'Add to my calendar' }).waitFor();
    await expect(page.getByText('Your calendar link is working').count()).resolves.toBe(0);
  });
});

describe('share: my data', () => {
  it('downloads the whole record, and deletes the account only after typing DELETE', async () => {
    const page = await bed.phone();
    const email = newEmail('delete');
    await signUp(page, email);
    await setMedicine(page, /Letrozole/, dayOffset(-20));
    await openTab(page, 'Share');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).tap(),
    ]);
    const path = await download.path();
    const record = JSON.parse(readFileSync(path, 'utf8'));
    expect(record.patient.email).toBe(email);
    expect(record.context.medicines[0].drug).toBe('letrozole');

    await page.getByRole('button', { name: 'Delete my account…' }).tap();
    const confirm = page.getByRole('button', { name: 'Delete everything now' });
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await page.getByLabel('To confirm, type DELETE').fill('delete');
    await confirm.tap();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();

    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill('a long enough passphrase 42');
    await page.getByRole('button', { name: 'Sign in', exact: true }).tap();
    await page.getByRole('alert').waitFor();
  });
});
