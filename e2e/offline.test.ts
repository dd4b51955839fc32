/**
 * Offline first: loaded once, the app opens offline (shell and the last answers of the patient's
 * screens), a check-in made offline is kept on the phone and sent by itself when the connection
 * returns, and the server holds it exactly once, also when an answer is lost on the way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  type DeviceSize,
  dayOffset,
  newEmail,
  openTab,
  setMedicine,
  signUp,
  useTestBed,
} from './phone';

const bed = useTestBed();

async function device(size: DeviceSize, serviceWorkers: 'allow' | 'block' = 'allow') {
  const page = await bed.device(size, { touch: true, serviceWorkers });
  return { context: page.context(), page };
}

async function storedCheckIns(email: string): Promise<number> {
  const rows = await bed.db.query<{ n: number }>(
    'select count(*)::int as n from checkins c join users u on u.id = c.patient_id where u.email = $1',
    [email],
  );
  return rows[0]?.n ?? 0;
}

const tap = (page: Page, size: 'phone' | 'desktop', name: string) =>
  size === 'phone' ? page.getByRole('button', { name }).tap() : page.getByRole('button', { name }).click();

describe.each(['phone', 'desktop'] as const)('offline on a %s', (size) => {
  it('load, go offline, check in, reload offline, go online: the server holds it exactly once', async () => {
    const { context, page } = await device(size);
    const email = newEmail(`offline-${size}`);
    await signUp(page, email);
    await setMedicine(page, /Letrozole/, dayOffset(-50));
    await openTab(page, 'Check in');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    // Let the worker take control and keep the screens' answers.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await openTab(page, 'History');
    await page.getByRole('heading', { name: 'Your history' }).waitFor();
    await openTab(page, 'Check in');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();

    // Offline as the browser emulates it, and every API request refused as well: on a loaded machine
    // the check-in once reached the server while the context was offline (seen once in CI, never
    // alone), which this test is not about.
    await context.setOffline(true);
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await tap(page, size, 'No symptoms this week');
    await tap(page, size, 'Send');
    const kept = page.getByText("saved on this phone — it will be sent when you're online");
    await kept.waitFor();
    expect(await storedCheckIns(email)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Reloading offline opens the app (not a dead end), still holding the check-in.
    await page.reload();
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await kept.waitFor();
    // Another screen opens offline from the last answers seen.
    await openTab(page, 'History');
    await page.getByRole('heading', { name: 'Your history' }).waitFor();
    await openTab(page, 'Check in');
    expect(await storedCheckIns(email)).toBe(0);

    await context.unroute('**/api/**');
    await context.setOffline(false);
    await page.getByText(/^Your check-in of .* was sent\./).waitFor();
    expect(await storedCheckIns(email)).toBe(1);
    // Opening the app again sends nothing more.
    await page.reload();
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await page.waitForTimeout(500);
    expect(await storedCheckIns(email)).toBe(1);
    expect(await page.evaluate(() => indexedDB.databases().then((d) => d.length))).toBeGreaterThan(0);
    await context.close();
  });
});

describe('a lost answer', () => {
  it('the check-in reached the server but the answer did not: sent again with its key, stored once', async () => {
    const { context, page } = await device('phone', 'block');
    const email = newEmail('lost-answer');
    await signUp(page, email);
    await setMedicine(page, /Anastrozole/, dayOffset(-30));
    await openTab(page, 'Check in');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    let key: string | undefined;
    await context.route('**/api/checkins', async (route) => {
      if (route.request().method() !== 'POST' || key) return route.fallback();
      key = route.request().headers()['idempotency-key'];
      // The server stores it; the phone never hears back.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'No symptoms this week' }).tap();
    await page.getByRole('button', { name: 'Send' }).tap();
    await page.getByText("saved on this phone — it will be sent when you're online").waitFor();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await storedCheckIns(email)).toBe(1);

    // Next time the app opens, it sends the kept one with the same key: the server answers with the stored one.
    await page.reload();
    await page.getByText(/^Your check-in of .* was sent\./).waitFor();
    expect(await storedCheckIns(email)).toBe(1);
    await openTab(page, 'History');
    await page.locator('.checkin-list li').first().waitFor();
    await expect(page.locator('.checkin-list li').count()).resolves.toBe(1);
    await context.close();
  });
});
