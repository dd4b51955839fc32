/**
 * The app as an installable PWA that works with sore hands: the manifest, a service worker that
 * keeps the app shell and (for offline use) only the patient's own screens' last answers, emptied at
 * sign-out, targets of at least 44 × 44 px, and text that scales to 200 % without the page breaking
 * sideways. Working offline: e2e/offline.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayOffset, openTab, setMedicine, smallTargets, useTestBed } from './phone';

const bed = useTestBed();

async function patientOnCheckIn(what: string): Promise<Page> {
  const page = await bed.newPerson(what);
  await setMedicine(page, /Exemestane/, dayOffset(-40));
  await openTab(page, 'Check in');
  await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
  return page;
}

describe('installable app', () => {
  it('has a manifest that opens standalone with icons and a theme colour', async () => {
    const page = await bed.phone();
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url as string)).json(), href);
    expect(manifest).toMatchObject({ name: 'HandCheck', display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it("the service worker keeps the app shell, keeps only the screens' own reads, and forgets them at sign-out", async () => {
    const page = await patientOnCheckIn('sw');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // Once the worker controls the page, the API is used again (history, context, check-ins).
    await page.reload();
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await expect(page.evaluate(() => navigator.serviceWorker.controller !== null)).resolves.toBe(true);
    await openTab(page, 'History');
    await page.getByRole('heading', { name: 'Your history' }).waitFor();
    const cachedPaths = () =>
      page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const req of await cache.keys()) urls.push(`${name} ${new URL(req.url).pathname}`);
        }
        return urls;
      });
    const cached = await cachedPaths();
    expect(cached).toContain('handcheck-shell-v2 /index.html');
    expect(cached.some((u) => /^handcheck-shell-v2 \/assets\/index-.*\.js$/.test(u))).toBe(true);
    const api = cached.filter((u) => u.includes(' /api/') || u.includes(' /ics/'));
    // Only in the data cache, and only reads of the patient's own screens (no export, no report).
    expect(api.length).toBeGreaterThan(0);
    expect(cached).toContain('handcheck-data-v1 /api/context');
    for (const u of api)
      expect(u).toMatch(
        /^handcheck-data-v1 \/api\/(me|context|checkins|timeline|treatments|reminders|shares)\b/,
      );
    await openTab(page, 'Me');
    await page.getByRole('heading', { name: 'Your reminder' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).tap();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    expect((await cachedPaths()).filter((u) => u.includes(' /api/'))).toEqual([]);
  });
});

describe('sore hands and large text', () => {
  it('every control on the check-in screen is at least 44 × 44 px (the drawing has a list twin)', async () => {
    const page = await patientOnCheckIn('targets');
    await page
      .getByRole('button', { name: 'right index finger, tip and end joint (palm side)', exact: true })
      .tap();
    await page.getByText('Choose areas from a list instead').tap();
    await page.getByText('Right hand, palm side', { exact: true }).tap();
    const small = await smallTargets(
      page,
      'main button, main a, main input, main summary, main label.check, nav a',
      { checkboxRows: true },
    );
    expect(small).toEqual([]);
  });

  it('text at 200 % still fits the phone: nothing runs off the side', async () => {
    const page = await patientOnCheckIn('zoom');
    await page.getByRole('button', { name: 'right thumb, tip and end joint (palm side)', exact: true }).tap();
    await page.addStyleTag({ content: 'html { font-size: 225% !important; }' });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await openTab(page, 'Me');
    await page.getByRole('heading', { name: /^Hello/ }).waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
  });
});
