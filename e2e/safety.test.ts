/**
 * The safety questions of check-in version 2 in a real Chromium, on a phone and on a desktop screen,
 * against the real server: asked where they matter on both paths (the drawing and the list), read by
 * core's red flags, stored with the check-in, and free of axe-core violations.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, dayOffset, newEmail, openTab, screenshot, signUp, useTestBed } from './phone';

const bed = useTestBed();

async function onCheckIn(page: Page) {
  // Click, not tap: the same helper serves the desktop screen (no touch there).
  await page.getByRole('button', { name: /Letrozole/ }).click();
  await page.getByLabel('The day you started it').fill(dayOffset(-70));
  await page.getByRole('button', { name: 'Save my details' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await openTab(page, 'Check in');
  await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
}

async function describeFirstArea(page: Page, a: { symptoms: string[]; severity: number; days: number }) {
  const card = page.locator('section.area').first();
  for (const s of a.symptoms) await card.getByRole('button', { name: s, exact: true }).click();
  await card.getByRole('button', { name: new RegExp(`^${a.severity} out of 10`) }).click();
  await card.getByRole('button', { name: new RegExp(`^${a.days} out of 7`) }).click();
}

async function answer(page: Page, question: RegExp, value: string) {
  await page.getByRole('group', { name: question }).getByRole('button', { name: value, exact: true }).click();
}

async function send(page: Page) {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  // An emergency result opens on its call screen ("Get help now"); every other on the check-in's date.
  await page.getByRole('heading', { name: /^(Your check-in of |Get help now)/ }).waitFor();
}

const lastStored = (page: Page) =>
  page.evaluate(async () => {
    const r = await (await fetch('/api/checkins')).json();
    return r.items.at(-1)?.checkIn;
  });

describe('safety questions on a phone', () => {
  it('drawing: sudden numbness with the face affected → call 999, nothing else beside it', async () => {
    const page = await bed.newPerson('sudden');
    await onCheckIn(page);
    const safety = page.getByRole('region', { name: 'A few quick safety questions' });
    await expect(safety.count()).resolves.toBe(0);
    await page
      .getByRole('button', { name: 'right index finger, tip and end joint (palm side)', exact: true })
      .click();
    await describeFirstArea(page, { symptoms: ['Numbness'], severity: 6, days: 2 });
    await safety.waitFor();
    await answer(page, /^Did the numbness or weakness come on suddenly/, 'Yes');
    await answer(page, /^Is your face, your speech or one of your legs affected too/, 'Yes');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, '20-safety-questions', safety);
    await send(page);
    const banner = page.getByRole('alert');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/999/);
    await expect(page.getByRole('heading', { name: /^This resembles/ }).count()).resolves.toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);
    const stored = await lastStored(page);
    expect(stored.schemaVersion).toBe(2);
    expect(stored.events).toMatchObject({ suddenOnset: true, faceSpeechOrLeg: true });
  });

  it('list: a sore swollen finger asks about a finger held bent; a paused medicine asks for a talk first', async () => {
    const page = await bed.newPerson('medicine');
    await onCheckIn(page);
    await page.getByText('Choose areas from a list instead').click();
    await page.locator('summary', { hasText: /^Left hand, palm side$/ }).click();
    await page
      .getByRole('checkbox', { name: 'left ring finger, thumb-side half, middle joint (palm side)' })
      .click();
    await describeFirstArea(page, { symptoms: ['Pain', 'Swelling'], severity: 4, days: 4 });
    await answer(page, /^Is a finger held bent/, 'No');
    const medicine = page.getByRole('region', { name: 'Your hormone medicine this week' });
    await medicine.getByRole('button', { name: 'I stopped or paused it', exact: true }).click();
    await answer(page, /^Are you thinking about stopping it/, 'Yes');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await send(page);
    const next = page.getByRole('region', { name: /^Next steps?$/ });
    await next.waitFor();
    await expect(next.textContent()).resolves.toMatch(/talk to your oncology team before you leave off/i);
    const stored = await lastStored(page);
    expect(stored.events.fingerHeldBent).toBe(false);
    expect(stored.medicineThisWeek).toEqual({ taken: 'stopped', thinkingOfStopping: true });
  });
});

describe('safety questions on a desktop screen', () => {
  it('a port on the left on "Me", then a swollen left arm → a same-day check', async () => {
    const context = await bed.browser.newContext({
      baseURL: bed.url,
      viewport: { width: 1280, height: 900 },
      // Touch on so the shared sign-up helper (which taps) works; the layout is the desktop one.
      hasTouch: true,
      locale: 'en-GB',
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await signUp(page, newEmail('port'));
    await page.getByText('Lines, blood thinners and bones (optional)').click();
    await answer(page, /^Do you have a port or a PICC line/, 'A port');
    await answer(page, /^Which side is it on/, 'Left');
    await answer(page, /^Have you been told your bones are thinner/, 'I don’t know');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await onCheckIn(page);
    const saved = await page.evaluate(async () => (await (await fetch('/api/context')).json()) as unknown);
    expect(JSON.stringify(saved)).toMatch(/"venousLine":"port"/);
    await page.getByText('Choose areas from a list instead').click();
    await page.locator('summary', { hasText: /^Left hand, back$/ }).click();
    await page.getByRole('checkbox', { name: 'left back of hand, middle' }).click();
    await describeFirstArea(page, { symptoms: ['Swelling'], severity: 3, days: 5 });
    await page.getByText('More about this week (optional)').click();
    await page.getByText('Did anything happen this week?').click();
    await page
      .getByRole('group', { name: 'Swelling of the arm or hand' })
      .getByRole('button', { name: 'Left arm', exact: true })
      .click();
    await answer(page, /^Did the arm swelling come on suddenly/, 'No');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await send(page);
    const banner = page.getByRole('alert');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/today/i);
    await expect(banner.textContent()).resolves.toMatch(/port or PICC line/);
    await context.close();
  });
});
