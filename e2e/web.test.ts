/**
 * The patient's app in a real Chromium on a phone-sized screen (390 × 844, touch), against the real
 * server and database. Each test is one person using the app the way a patient would.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  dayOffset,
  newEmail,
  openTab,
  screenshot,
  setMedicine,
  signUp,
  tabTo,
  useTestBed,
} from './phone';

const bed = useTestBed();

const CARPAL_TUNNEL_AREAS = [
  'right thumb, tip and end joint (palm side)',
  'right index finger, tip and end joint (palm side)',
  'right middle finger, tip and end joint (palm side)',
];

async function newPatient(what: string): Promise<Page> {
  const page = await bed.newPerson(what);
  await setMedicine(page, /Letrozole/, dayOffset(-70));
  await openTab(page, 'Check in');
  await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
  return page;
}

/** Answers the first marked area's questions by tapping. */
async function describeFirstArea(
  page: Page,
  a: { symptoms: string[]; severity: number; days: number; timing?: string[]; better?: string[] },
) {
  const card = page.locator('section.area').first();
  for (const s of a.symptoms) await card.getByRole('button', { name: s, exact: true }).tap();
  await card.getByRole('button', { name: new RegExp(`^${a.severity} out of 10`) }).tap();
  for (const t of a.timing ?? []) await card.getByRole('button', { name: t, exact: true }).tap();
  await card.getByRole('button', { name: new RegExp(`^${a.days} out of 7`) }).tap();
  for (const b of a.better ?? []) await card.getByRole('button', { name: b, exact: true }).tap();
}

/** Sends the check-in and waits for its result. */
async function send(page: Page) {
  await page.getByRole('button', { name: 'Send', exact: true }).tap();
  await page.getByRole('heading', { name: /^Your check-in of / }).waitFor();
}

describe('a weekly check-in on a phone', () => {
  it('carpal-tunnel-like numbness tapped on the drawing resembles carpal tunnel, and shows in history', async () => {
    const page = await newPatient('carpal');
    await screenshot(page, '02-check-in-empty');
    for (const name of CARPAL_TUNNEL_AREAS) {
      const area = page.getByRole('button', { name, exact: true });
      await area.tap();
      await expect.poll(() => area.getAttribute('aria-pressed')).toBe('true');
    }
    await screenshot(page, '03-check-in-marked', page.locator('section[aria-labelledby="map-title"]'));
    await describeFirstArea(page, {
      symptoms: ['Numbness', 'Tingling, pins and needles'],
      severity: 6,
      timing: ['Wakes me at night'],
      days: 5,
      better: ['Shaking the hand'],
    });
    await screenshot(page, '04-check-in-area', page.locator('section.area').first());
    await page
      .locator('section.area')
      .first()
      .getByRole('button', { name: 'Same answers for the other 2 areas' })
      .tap();
    await expect(
      page.getByRole('heading', { name: 'Your marked areas (3 of 3 done)' }).count(),
    ).resolves.toBe(1);
    await screenshot(page, '04b-check-in-areas-done', page.locator('section[aria-labelledby="areas-title"]'));
    // Core's assessment runs in the browser while filling in; the server's stored one is the record.
    await page.getByRole('heading', { name: 'What we see so far' }).waitFor();
    await expect(page.locator('.preview').textContent()).resolves.toMatch(/resembles carpal tunnel/);

    await page.getByText('More about this week (optional)').tap();
    await page.getByText('Treatments tried').tap();
    await page.getByRole('button', { name: 'Wrist splint at night', exact: true }).tap();
    await page.getByRole('button', { name: 'Too early to say', exact: true }).tap();
    await page.getByRole('button', { name: 'Add this treatment' }).tap();
    await page.getByText('Wrist splint at night: too early to say').waitFor();

    await send(page);
    const resembles = page.getByRole('heading', { name: /^This resembles carpal tunnel syndrome/ });
    await resembles.waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'What to tell your GP' }).count()).resolves.toBe(1);
    await screenshot(page, '05-result-carpal-tunnel');

    await openTab(page, 'History');
    const entry = page.getByRole('link', { name: /resembles carpal tunnel/ });
    await entry.waitFor();
    await expect(page.locator('table caption').textContent()).resolves.toMatch(/Worst severity/);
    await expect(page.locator('table tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('table tbody td').nth(1).textContent()).resolves.toBe('6');
    // The treatment is marked on the time axis, and in the table for screen readers.
    await expect(page.locator('table tbody td').last().textContent()).resolves.toBe('Wrist splint at night');
    await page.locator('.chart canvas').first().waitFor();
    await screenshot(page, '06-history');
    await entry.tap();
    await page.getByRole('heading', { name: /^This resembles carpal tunnel syndrome/ }).waitFor();
  });

  it('cold, pale fingers put the warning banner first, above anything the pattern resembles', async () => {
    const page = await newPatient('redflag');
    await page
      .getByRole('button', { name: 'right index finger, tip and end joint (palm side)', exact: true })
      .tap();
    await describeFirstArea(page, { symptoms: ['Cold, pale or blue', 'Pain'], severity: 7, days: 3 });
    await page.getByRole('button', { name: 'Send', exact: true }).tap();
    await page.getByRole('heading', { name: 'Get help now' }).waitFor();
    // An emergency (issue 13): the call button and the warning come first; the rest of the result
    // (red flags first there too) is folded away below them. e2e/share.test.ts checks the number.
    const banner = page.getByRole('alert').first();
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/emergency/i);
    const order = await page.evaluate(() =>
      [...(document.querySelector('.emergency')?.children ?? [])].map((c) => c.tagName.toLowerCase()),
    );
    expect(order).toEqual(['h1', 'a', 'div', 'details']);
    const folded = await page.evaluate(() => {
      const result = document.querySelector('.emergency details .result');
      return result ? [...result.children].map((c) => c.className) : [];
    });
    expect(folded[0]).toBe('red-flags');
    await screenshot(page, '07-result-red-flag');
  });

  it('worst hand pain of 6 is stored with the check-in, and pain that matches no pattern still gets a next step', async () => {
    const page = await newPatient('pain');
    await page
      .getByRole('button', { name: 'right middle finger, middle joint (palm side)', exact: true })
      .tap();
    await describeFirstArea(page, { symptoms: ['Pain'], severity: 5, days: 4 });
    const pain = page.getByRole('region', { name: /^Your hand and joint pain this week/ });
    const worst = pain.getByRole('group', { name: /^At its worst this week/ });
    await worst.getByRole('button', { name: /^6 out of 10/ }).tap();
    await pain.getByText('How much did the pain get in the way?').tap();
    await pain
      .getByRole('group', { name: 'Sleep' })
      .getByRole('button', { name: /^5 out of 10/ })
      .tap();
    await screenshot(page, '04c-check-in-pain', pain);
    // The draft keeps the pain answers through a reload.
    await page.reload();
    await expect(
      worst.getByRole('button', { name: /^6 out of 10/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await pain.getByText('How much did the pain get in the way? (1 answered)').waitFor();

    await send(page);
    // Middle-finger pain alone resembles no pattern: the steps get a card of their own.
    const next = page.getByRole('region', { name: 'Next steps' });
    await next.waitFor();
    await expect(next.textContent()).resolves.toMatch(/worth showing your GP/);
    await expect(next.textContent()).resolves.toMatch(/oncology team/);
    await expect(page.getByRole('heading', { name: /^This resembles/ }).count()).resolves.toBe(0);
    await screenshot(page, '05b-result-next-step');
    const stored = await page.evaluate(async () => {
      const r = await (await fetch('/api/checkins')).json();
      return r.items.at(-1)?.checkIn.pain;
    });
    expect(stored).toEqual({ worst: 6, interference: { sleep: 5 } });
  });

  it('an unchanged week takes at most 6 taps from opening the app: "Same as last time", then "Send"', async () => {
    const page = await newPatient('nochange');
    // Last week's check-in, sent through the same API the app uses.
    await page.evaluate(async (date) => {
      const me = await (await fetch('/api/me')).json();
      const res = await fetch('/api/checkins', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          date,
          regions: [
            {
              region: 'left.palm.ring.proximal.ulnar',
              symptoms: ['catching', 'pain'],
              severity: 4,
              daysPerWeek: 6,
              locking: 'straightens_itself',
              timing: ['morning_stiffness'],
            },
          ],
          pain: { worst: 5 },
        }),
      });
      if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
    }, dayOffset(-7));

    let taps = 0;
    const tap = async (name: string) => {
      taps += 1;
      await page.getByRole('button', { name, exact: true }).tap();
    };
    taps += 1; // opening the app
    await page.goto('/');
    await page.getByRole('button', { name: 'Same as last time' }).waitFor();
    await tap('Same as last time');
    await expect(
      page
        .getByRole('button', {
          name: 'left ring finger, little-finger-side half, base (palm side)',
          exact: true,
        })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // Last week's overall pain is copied too.
    await expect(
      page
        .getByRole('group', { name: /^At its worst this week/ })
        .getByRole('button', { name: /^5 out of 10/ })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await screenshot(page, '12-same-as-last-time', page.locator('main'));
    await tap('Send');
    await page.getByRole('heading', { name: /^Your check-in of / }).waitFor();
    await page.getByRole('heading', { name: /^This resembles trigger finger/ }).waitFor();
    expect(taps).toBeLessThanOrEqual(6);

    await openTab(page, 'History');
    await page.locator('.checkin-list').waitFor();
    await expect(page.locator('.checkin-list li').count()).resolves.toBe(2);
  });

  it('"No symptoms this week" is two taps and says so', async () => {
    const page = await newPatient('nosymptoms');
    await page.getByRole('button', { name: 'No symptoms this week' }).tap();
    await send(page);
    await page.getByText('No symptoms in your hands this week').waitFor();
  });

  it('the draft survives a reload (the phone locked, the page was dropped)', async () => {
    const page = await newPatient('draft');
    const area = 'right thumb, tip and end joint (palm side)';
    await page.getByRole('button', { name: area, exact: true }).tap();
    await page.locator('section.area').first().getByRole('button', { name: 'Numbness', exact: true }).tap();
    await page.reload();
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await expect(
      page.getByRole('button', { name: area, exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(
      page
        .locator('section.area')
        .first()
        .getByRole('button', { name: 'Numbness', exact: true })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // Sending clears it: a new check-in starts empty.
    await describeFirstArea(page, { symptoms: [], severity: 3, days: 2 });
    await send(page);
    await openTab(page, 'Check in');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await expect(page.locator('section.area').count()).resolves.toBe(0);
  });

  it('the list of areas is a second path to the same selection as the drawing', async () => {
    const page = await newPatient('list');
    await page.getByText('Choose areas from a list instead').tap();
    await page.getByText('Left hand, back', { exact: true }).tap();
    await page.getByRole('checkbox', { name: 'left wrist, thumb side (back)' }).tap();
    await page.getByRole('button', { name: 'Show back of hands' }).tap();
    await page.getByRole('button', { name: /^Left hand/ }).tap();
    await expect(
      page
        .getByRole('button', { name: 'left wrist, thumb side (back)', exact: true })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expect(page.getByRole('heading', { name: 'Left wrist, thumb side (back)' }).count()).resolves.toBe(
      1,
    );
  });
});

describe('keyboard only', () => {
  it('completes a check-in with Tab, the arrow keys, Enter and Space alone', async () => {
    const page = await newPatient('keyboard');
    await page.goto('/');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    // The drawing and each group of answers are one Tab stop; arrow keys move inside (drawing.test.ts counts the keys).
    await tabTo(page, /^right .*\(palm side\)$/);
    await arrowTo(page, 'ArrowLeft', 'right index finger, tip and end joint (palm side)');
    // Focus on a region is drawn on top of its neighbours, so it is always visible.
    await expect(page.locator('.focus-ring').count()).resolves.toBe(1);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Pain');
    await arrowTo(page, 'ArrowRight', 'Numbness');
    await page.keyboard.press('Space');
    await tabTo(page, /^0 out of 10/);
    await arrowTo(page, 'ArrowRight', /^5 out of 10/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^0 out of 7/);
    await arrowTo(page, 'ArrowRight', /^4 out of 7/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'Send');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Your check-in of / }).waitFor();
  });
});

/** Presses an arrow key until the focused element's name matches. */
async function arrowTo(page: Page, key: string, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const n = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    if (typeof name === 'string' ? n === name : name.test(n)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${String(name)}`);
}

describe('every screen passes axe-core', () => {
  it('sign-in, check-in, result, history, learn, share and me have no violations', async () => {
    const page = await bed.phone();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await screenshot(page, '00-sign-in');
    const found: Record<string, string[]> = { signIn: await axeViolations(page) };

    await signUp(page, newEmail('axe'));
    await setMedicine(page, /Anastrozole/, dayOffset(-30));
    await page.getByText('More about you (optional)').tap();
    await screenshot(page, '01-me');
    found.me = await axeViolations(page);

    await openTab(page, 'Check in');
    await page.getByRole('button', { name: 'right thumb, tip and end joint (palm side)', exact: true }).tap();
    found.checkIn = await axeViolations(page);
    await describeFirstArea(page, { symptoms: ['Pain', 'Catching or locking'], severity: 5, days: 4 });
    await page.getByText('More about this week (optional)').tap();
    await page.getByText('What is hard to do?').tap();
    await page
      .getByRole('group', { name: /^At its worst this week/ })
      .getByRole('button', { name: /^6 out of 10/ })
      .tap();
    await page.getByText('How much did the pain get in the way?').tap();
    found.checkInOpen = await axeViolations(page);
    await send(page);
    found.result = await axeViolations(page);

    await openTab(page, 'History');
    await page.locator('.chart canvas').first().waitFor();
    found.history = await axeViolations(page);

    await openTab(page, 'Learn');
    await page.getByRole('heading', { name: 'Learn', exact: true }).waitFor();
    await screenshot(page, '08-learn');
    found.learn = await axeViolations(page);
    await page
      .getByRole('link')
      .filter({ hasText: /carpal tunnel/i })
      .first()
      .tap();
    await page.locator('#learn-title').waitFor();
    await screenshot(page, '09-learn-page');
    found.learnPage = await axeViolations(page);

    await openTab(page, 'Share');
    await page.getByRole('button', { name: 'Make a share code' }).tap();
    await page.locator('.share-code').waitFor();
    await screenshot(page, '10-share');
    found.share = await axeViolations(page);

    for (const [screen, violations] of Object.entries(found))
      expect({ screen, violations }).toEqual({ screen, violations: [] });
  });
});

describe('the check-in screen stays light', () => {
  it('loads at most 90 KB of gzipped JavaScript (uPlot is left to History)', async () => {
    const page = await bed.phone();
    const scripts = new Map<string, Buffer>();
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script')
        scripts.set(r.url(), await r.body().catch(() => Buffer.alloc(0)));
    });
    await signUp(page, newEmail('bundle'));
    scripts.clear();
    await page.goto('/');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    // Everything the route fetched, including the result screen it warms up in advance.
    const onCheckIn = [...scripts.entries()];
    const gzipped = onCheckIn.reduce((sum, [, body]) => sum + gzipSync(body, { level: 9 }).length, 0);
    expect(onCheckIn.some(([url]) => /uPlot|Chart-/.test(url))).toBe(false);
    expect(gzipped).toBeLessThanOrEqual(90 * 1024);
  });
});
