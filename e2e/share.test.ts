/**
 * The small things that matter, on a phone and a desktop in a real Chromium: the share code with a
 * copy button and a QR code, dates written so no one misreads them, "Download for my doctor" (PDF
 * and FHIR), an emergency result that offers one thing — a call to the country's emergency number —
 * a long e-mail address that stays inside "Me", a stale "Me" save that offers to load the latest,
 * and touch targets of at least 44 × 44 px on every screen outside the drawing. axe: 0 violations.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Person } from './person';
import {
  axeViolations,
  dayOffset,
  newEmail,
  openTab,
  pageErrors,
  setMedicine,
  signUp,
  smallTargets,
  useTestBed,
} from './phone';

const bed = useTestBed();
const SIZES = ['phone', 'desktop'] as const;

async function person(size: (typeof SIZES)[number], email = newEmail(`share-${size}`)): Promise<Page> {
  const page = await bed.device(size, { touch: true });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: bed.url });
  await signUp(page, email);
  await setMedicine(page, /Letrozole/, dayOffset(-60));
  return page;
}

const TARGETS = 'main button, main a, main input, main select, main summary, main label.check, nav a';

describe.each(SIZES)('on a %s', (size) => {
  it('share code: copy button, QR code, an unambiguous expiry; downloads for my doctor', async () => {
    const page = await person(size);
    await openTab(page, 'Share');
    await page.getByRole('button', { name: 'Make a share code' }).tap();
    const code = page.locator('.share-code strong');
    await code.waitFor();
    const shown = (await code.textContent())?.replace(/\s/g, '') ?? '';
    expect(shown).toMatch(/^[A-Z0-9]{8}$/);
    await page
      .getByText(/^Valid until (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}$/)
      .waitFor();
    await page.getByRole('button', { name: 'Copy the code' }).tap();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(shown);
    const qr = page.getByRole('img', { name: /^QR code of your share code/ });
    await qr.locator('svg').waitFor();
    const box = await qr.locator('svg').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(120);
    expect(await axeViolations(page)).toEqual([]);

    const doctor = page.locator('section[aria-labelledby="doctor-title"]');
    await doctor.getByRole('heading', { name: 'Download for my doctor' }).waitFor();
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      doctor.getByRole('link', { name: 'Download the summary (PDF)' }).tap(),
    ]);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      doctor.getByRole('link', { name: 'Download the FHIR file' }).tap(),
    ]);
    const bundle = JSON.parse(readFileSync(await fhir.path(), 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    expect(JSON.stringify(bundle)).toMatch(/MedicationStatement/);
    expect(await smallTargets(page, TARGETS, { checkboxRows: true })).toEqual([]);
    await page.context().close();
  });

  it('an emergency result: one call button for the country’s number, nothing competing', async () => {
    const email = newEmail(`emergency-${size}`);
    const page = await person(size, email);
    const api = await Person.signIn(bed.url, email);
    const stored = await api.call<{ id: string }>('POST', '/api/checkins', {
      date: dayOffset(0),
      regions: [
        { region: 'left.palm.index.distal', symptoms: ['cold_pale_blue'], severity: 8, daysPerWeek: 2 },
      ],
    });
    await page.goto(`/#/result/${stored.id}`);
    await page.getByRole('heading', { name: 'Get help now' }).waitFor();
    // en-GB phone, no country chosen: the UK number.
    const call = page.getByRole('link', { name: 'Call 999' });
    await expect(call.getAttribute('href')).resolves.toBe('tel:999');
    const callBox = await call.boundingBox();
    expect(callBox?.height).toBeGreaterThanOrEqual(64);
    // The only control in the screen's content besides it is the folded rest of the check-in.
    const controls = await page
      .locator('main a:visible, main button:visible, main summary:visible')
      .allTextContents();
    expect(controls.map((t) => t.trim())).toEqual([
      expect.stringMatching(/Call 999$/),
      'The rest of this check-in (for later)',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await smallTargets(page, TARGETS)).toEqual([]);

    // Chosen on "Me": another country, another number.
    await openTab(page, 'Me');
    await page.getByLabel('Your country').selectOption('US');
    await page.getByRole('button', { name: 'Save my details' }).tap();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.goto(`/#/result/${stored.id}`);
    await expect(page.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await page.context().close();
  });

  it('a long e-mail stays inside "Me" and the menu stays on screen', async () => {
    const email = `a.very.long.address.for.testing.wrapping.${size}.${Date.now()}@a-long-clinic-domain.example.org`;
    const page = await person(size, email);
    await page.getByText(`Signed in as ${email}.`).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const viewport = page.viewportSize() as { width: number };
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      const b = await link.boundingBox();
      expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    }
    await page.context().close();
  });

  it('every screen outside the drawing: targets of 44 × 44 px and no axe violations', async () => {
    const page = await person(size);
    const api = await Person.signIn(
      bed.url,
      (await page.evaluate(() => fetch('/api/me').then((r) => r.json()))).user.email,
    );
    await api.call('POST', '/api/checkins', { date: dayOffset(-1), regions: [] });
    const found: Record<string, unknown> = {};
    await page.getByText('More about you (optional)').tap();
    found.me = await smallTargets(page, TARGETS, { checkboxRows: true });
    for (const [tab, heading] of [
      ['History', 'Your history'],
      ['Learn', /Learn/],
      ['Share', 'Share and your data'],
    ] as const) {
      await openTab(page, tab);
      await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor();
      await page.waitForTimeout(200);
      found[tab] = await smallTargets(page, TARGETS, { checkboxRows: true });
      expect(await axeViolations(page), tab).toEqual([]);
    }
    await openTab(page, 'Learn');
    await page.locator('main a[href^="#/learn/"]').first().tap();
    await page.getByRole('link', { name: '← All Learn pages' }).waitFor();
    found.learnPage = await smallTargets(page, TARGETS, { checkboxRows: true });
    expect(found).toEqual({ me: [], History: [], Learn: [], Share: [], learnPage: [] });
    await page.context().close();
  });
});

describe('a save from an old copy of "Me"', () => {
  it('gets refused and offers to load the latest instead of overwriting it', async () => {
    const page = await person('phone');
    // A second tab (another device): both show version 1.
    const other = await page.context().newPage();
    other.on('pageerror', (e) => pageErrors.push(e.message));
    await other.goto('/#/start');
    await other.getByRole('button', { name: 'I switched medicine' }).waitFor();
    await page.getByRole('button', { name: 'I switched medicine' }).tap();
    await page
      .locator('fieldset.medicine-change')
      .getByRole('button', { name: /Exemestane/ })
      .tap();
    await page.locator('fieldset.medicine-change').getByLabel('The day you switched').fill(dayOffset(-10));
    await page.getByRole('button', { name: 'Save this change' }).tap();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved. Your medicine history is up to date.' })
      .waitFor();

    // The other tab still shows the old context and saves from it.
    await other.getByText('More about you (optional)').tap();
    await other
      .getByRole('group', { name: /diabetes/ })
      .getByRole('button', { name: 'Yes' })
      .tap();
    await other.getByRole('button', { name: 'Save my details' }).tap();
    const alert = other.getByRole('alert').filter({ hasText: 'changed elsewhere' });
    await alert.waitFor();
    expect(await axeViolations(other)).toEqual([]);
    await alert.getByRole('button', { name: 'Load the latest details' }).tap();
    await other.getByText(/Switched from letrozole to exemestane/).waitFor();
    await page.context().close();
  });
});
