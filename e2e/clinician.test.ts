/**
 * The clinician's side in a real Chromium against the real server and database: patients sign up,
 * check in (one week with a red flag, one clearly worse than their usual) and give a share code;
 * a clinician redeems it and works the panel and the patient's page, on a desktop and on a phone.
 * All data goes through the real HTTP API; nothing is faked.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, Person } from './person';
import { axeViolations, dayOffset, screenshot, smallTargets, tabTo, useTestBed } from './phone';

// Several people sign up (password hashing) and whole pages load per test (the bed's time limit).
const bed = useTestBed();
const contexts: BrowserContext[] = [];

/** One marked area: numbness and tingling of the right index fingertip, like carpal tunnel. */
const numbIndex = (severity: number, extra: Record<string, unknown> = {}) => ({
  region: 'right.palm.index.distal',
  symptoms: ['numbness', 'tingling'],
  severity,
  daysPerWeek: 4,
  ...extra,
});

let rosa: Person; // shares with the clinician: a red flag and a clear worsening
let alma: Person; // shares with the clinician: no symptoms, stable
let wren: Person; // shares: 3 points worse than her usual this week, no red flag
let olga: Person; // shares: last check-in 6 weeks ago, overdue
let bea: Person; // did not share: must never appear
let clinician: Person;
let rosaCode = '';
let almaCode = '';
let wrenCode = '';
let olgaCode = '';

async function seed() {
  rosa = await Person.signUp(bed.url, 'rosa', 'Rosa Example');
  await rosa.call('PUT', '/api/context', {
    context: { medicines: [{ drug: 'letrozole', startedOn: dayOffset(-84) }], risk: { age: 61 } },
  });
  // A mild baseline, then clearly worse at night, then fingers cold and pale (an emergency).
  for (const [day, severity] of [
    [-42, 2],
    [-35, 2],
    [-28, 3],
  ] as const) {
    await rosa.call('POST', '/api/checkins', { date: dayOffset(day), regions: [numbIndex(severity)] });
  }
  await rosa.call('POST', '/api/treatments', {
    kind: 'night_splint',
    hand: 'right',
    startedOn: dayOffset(-20),
    effect: 'no_change',
  });
  await rosa.call('POST', '/api/checkins', {
    date: dayOffset(-10),
    regions: [numbIndex(7, { timing: ['wakes_at_night'], better: ['shaking_hand'], daysPerWeek: 6 })],
  });
  await rosa.call('POST', '/api/checkins', {
    date: dayOffset(-3),
    regions: [
      {
        region: 'right.palm.index.distal',
        symptoms: ['cold_pale_blue', 'numbness', 'pain'],
        severity: 7,
        daysPerWeek: 3,
      },
    ],
  });
  rosaCode = (await rosa.call<{ code: string }>('POST', '/api/shares/code')).code;

  alma = await Person.signUp(bed.url, 'alma', 'Alma Steady');
  await alma.call('PUT', '/api/context', {
    context: { medicines: [{ drug: 'anastrozole', startedOn: dayOffset(-30) }], risk: {} },
  });
  await alma.call('POST', '/api/checkins', { date: dayOffset(-2), regions: [] });
  almaCode = (await alma.call<{ code: string }>('POST', '/api/shares/code')).code;

  wren = await Person.signUp(bed.url, 'wren', 'Wren Worse');
  await wren.call('PUT', '/api/context', {
    context: { medicines: [{ drug: 'exemestane', startedOn: dayOffset(-100) }], risk: {} },
  });
  // Up 3 from a baseline of 2: worse than her usual (2 points alerts), short of the red flag for a
  // rise of 4 within 28 days.
  for (const [day, severity] of [
    [-40, 2],
    [-33, 2],
    [-26, 2],
    [-5, 5],
  ] as const) {
    await wren.call('POST', '/api/checkins', { date: dayOffset(day), regions: [numbIndex(severity)] });
  }
  wrenCode = (await wren.call<{ code: string }>('POST', '/api/shares/code')).code;

  olga = await Person.signUp(bed.url, 'olga', 'Olga Overdue');
  await olga.call('PUT', '/api/context', {
    context: { medicines: [{ drug: 'letrozole', startedOn: dayOffset(-60) }], risk: {} },
  });
  await olga.call('POST', '/api/checkins', { date: dayOffset(-42), regions: [] });
  olgaCode = (await olga.call<{ code: string }>('POST', '/api/shares/code')).code;

  bea = await Person.signUp(bed.url, 'bea', 'Bea Private');
  await bea.call('POST', '/api/checkins', {
    date: dayOffset(-1),
    regions: [
      { region: 'left.palm.index.distal', symptoms: ['cold_pale_blue'], severity: 8, daysPerWeek: 2 },
    ],
  });

  clinician = await Person.clinician(bed, 'gp', 'Dr Okafor');
  // New clinician accounts wait for an administrator (e2e/roles.test.ts approves one on screen).
  await bed.db.query('update users set approved = true where email = $1', [clinician.email]);
}

beforeAll(seed);

afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function open(size: 'desktop' | 'phone'): Promise<Page> {
  const page = await bed.device(size);
  contexts.push(page.context());
  return page;
}

/** Signs the clinician in through the sign-in screen; a clinician lands on the panel. */
async function signInAsClinician(page: Page) {
  await page.goto('/');
  await page.getByLabel('Email').fill(clinician.email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Your patients' }).waitFor();
}

async function addPatient(page: Page, code: string, name: string) {
  await page
    .getByRole('navigation', { name: 'Clinician' })
    .getByRole('link', { name: 'Add a patient' })
    .click();
  await page.getByLabel('Share code').fill(code);
  await page.getByRole('button', { name: 'Add patient' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${name} now shares their record with you` })
    .waitFor();
}

async function backToPanel(page: Page) {
  await page
    .getByRole('navigation', { name: 'Clinician' })
    .getByRole('link', { name: 'All patients' })
    .click();
  await page.getByRole('heading', { name: 'Your patients' }).waitFor();
}

const rowsOf = (page: Page) => page.locator('table.panel-table tbody tr');

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe('the clinician panel (desktop, 1280 × 800)', () => {
  let page: Page;

  it('a wrong share code says what to do; the right ones add the patients', async () => {
    page = await open('desktop');
    await signInAsClinician(page);
    await expect(page.locator('.hand-switch, nav.bottom').count()).resolves.toBe(0);
    await page.getByText('No patients yet').waitFor();

    await page
      .getByRole('navigation', { name: 'Clinician' })
      .getByRole('link', { name: 'Add a patient' })
      .click();
    await page.getByLabel('Share code').fill('WRONG123');
    await page.getByRole('button', { name: 'Add patient' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Ask the patient for a new one/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-add-desktop');

    await addPatient(page, rosaCode, 'Rosa Example');
    await addPatient(page, almaCode, 'Alma Steady');
    await addPatient(page, wrenCode, 'Wren Worse');
    await addPatient(page, olgaCode, 'Olga Overdue');
  });

  it('sorts red flag, then worse lately, then overdue, then stable (not by name)', async () => {
    await backToPanel(page);
    await expect.poll(() => rowsOf(page).count()).toBe(4);
    const rows = await rowsOf(page).evaluateAll((trs) =>
      trs.map(
        (tr) =>
          `${tr.querySelector('.status')?.textContent} ${tr.querySelector('th')?.firstChild?.textContent}`,
      ),
    );
    expect(rows).toEqual([
      '⚠Red flag Rosa Example',
      '↗Worse lately Wren Worse',
      '◷Overdue Olga Overdue',
      '✓Stable Alma Steady',
    ]);
  });

  it('lists the patient with a red flag first, with status in words, and never a patient who did not share', async () => {
    const first = rowsOf(page).nth(0);
    await expect(first.getByRole('rowheader').textContent()).resolves.toMatch(/Rosa Example/);
    await expect(first.locator('.status').textContent()).resolves.toMatch(/Red flag/);
    await expect(first.textContent()).resolves.toMatch(/Week 12 on letrozole/);
    await expect(first.locator('svg.sparkline').getAttribute('aria-label')).resolves.toBe(
      'Worst severity over 12 weeks: 2, 2, 3, 7, 7',
    );
    await expect(first.locator('.alerts-cell').textContent()).resolves.toMatch(/\d+ open alerts?Red flag: /);
    const wrenRow = rowsOf(page).nth(1);
    await expect(wrenRow.locator('.alerts-cell').textContent()).resolves.toMatch(/Worse than their usual: /);
    await expect(wrenRow.textContent()).resolves.toMatch(/Week 14 on exemestane/);
    await expect(page.getByText('Bea Private').count()).resolves.toBe(0);
    await expect(page.getByRole('status').filter({ hasText: '4 patients' }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-panel-desktop');
  });

  it('search finds by name and by email; the filter shows one status', async () => {
    const search = page.getByRole('searchbox', { name: 'Search by name or email' });
    await search.fill('alma');
    await page.getByRole('status').filter({ hasText: '1 patient matching “alma”' }).waitFor();
    await expect(rowsOf(page).count()).resolves.toBe(1);
    await expect(rowsOf(page).first().textContent()).resolves.toMatch(/Alma Steady/);

    const part = rosa.email.slice(0, 10);
    await search.fill(part);
    await page
      .getByRole('status')
      .filter({ hasText: `1 patient matching “${part}”` })
      .waitFor();
    await expect(rowsOf(page).first().textContent()).resolves.toMatch(/Rosa Example/);

    await search.fill('bea');
    await page.getByRole('status').filter({ hasText: '0 patients matching “bea”' }).waitFor();
    await expect(rowsOf(page).count()).resolves.toBe(0);

    await search.fill('');
    await page.getByRole('button', { name: 'Stable', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 patient: stable, nothing open' }).waitFor();
    await expect(rowsOf(page).first().textContent()).resolves.toMatch(/Alma Steady/);
    await page.getByRole('button', { name: 'Everyone' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^4 patients$/ })
      .waitFor();
  });

  it('the patient page shows alerts with reasons; acknowledging one takes it off the list, also after a reload', async () => {
    await rowsOf(page).first().getByRole('link', { name: 'Rosa Example' }).click();
    await page.getByRole('heading', { name: 'Rosa Example', level: 1 }).waitFor();
    const open = page.locator('.alert-list > li');
    await open.first().waitFor();
    const before = await open.count();
    // Red flag first, with its reason in words.
    await expect(open.first().textContent()).resolves.toMatch(/Urgent.*Red flag/);
    await expect(open.first().locator('.alert-reason').textContent()).resolves.toMatch(/\w{10,}/);
    const worse = open.filter({ hasText: 'Worse than their usual' }).first();
    const reason = (await worse.locator('.alert-reason').textContent()) as string;
    expect(reason).toMatch(/\d/); // the reason carries the numbers
    const gone = `${await worse.locator('.alert-what').textContent()} ${reason}`;
    const openAlerts = () =>
      open.evaluateAll((items) =>
        items.map(
          (li) =>
            `${li.querySelector('.alert-what')?.textContent} ${li.querySelector('.alert-reason')?.textContent}`,
        ),
      );
    expect(await openAlerts()).toContain(gone);

    await worse.getByRole('button', { name: 'Acknowledge' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Acknowledged: Worse than their usual/ })
      .waitFor();
    await expect.poll(() => open.count()).toBe(before - 1);
    expect(await openAlerts()).not.toContain(gone);
    await page.getByRole('heading', { name: `Open alerts (${before - 1})` }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: `Open alerts (${before - 1})` }).waitFor();
    expect(await openAlerts()).not.toContain(gone);
    await page.getByText(/^Acknowledged or resolved \(\d+\)$/).click();
    await expect(page.locator('details.acknowledged').textContent()).resolves.toContain(reason);
  });

  it('the patient page shows the assessment, chart, hands, scores, treatments and check-ins', async () => {
    await page.getByRole('heading', { name: /^Latest assessment/ }).waitFor();
    await expect(page.locator('.red-flags').textContent()).resolves.toMatch(/Red flags in the last 4 weeks/);
    await page.getByRole('heading', { name: 'Severity week by week' }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await expect(
      page
        .getByRole('img', {
          name: /right hand, palm side: right index finger, tip and end joint \(palm side\) 7 out of 10/,
        })
        .count(),
    ).resolves.toBe(1);
    const scores = page.locator('dl.scores');
    await expect(scores.textContent()).resolves.toMatch(/Katz hand diagram/);
    await expect(scores.textContent()).resolves.toMatch(/of 7\.5 from history/);
    await expect(page.getByText('Exam items to check (4)').count()).resolves.toBe(1);
    await expect(page.locator('.treatments').textContent()).resolves.toMatch(
      /Night splint \(right hand\): no change/,
    );
    await expect(page.locator('ul.checkins > li').count()).resolves.toBe(5);
    // Newest first; each check-in opens to its areas.
    const latest = page.locator('ul.checkins > li').first();
    await latest.locator('summary').click();
    await expect(latest.locator('.areas').textContent()).resolves.toMatch(
      /right index finger, tip and end joint \(palm side\): cold, pale or blue, numbness, pain — 7\/10, 3 of 7 days/,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-patient-desktop');
  });

  it('"Download GP summary (PDF)" returns a PDF', async () => {
    const link = page.getByRole('link', { name: 'Download GP summary (PDF)' });
    const href = (await link.getAttribute('href')) as string;
    const got = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        magic: String.fromCharCode(...bytes.slice(0, 5)),
        // Shown when the server answers something else than a PDF.
        ...(res.ok ? {} : { body: new TextDecoder().decode(bytes) }),
      };
    }, href);
    expect(got).toEqual({ status: 200, type: expect.stringMatching(/^application\/pdf/), magic: '%PDF-' });
  });

  it('acknowledged alerts stay off the panel row; the red flag keeps Rosa first', async () => {
    await backToPanel(page);
    await expect.poll(() => rowsOf(page).count()).toBe(4);
    await expect(rowsOf(page).first().locator('.status').textContent()).resolves.toMatch(/Red flag/);
  });

  it('works by keyboard alone: search, open a patient, acknowledge an alert', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Your patients' }).waitFor();
    await rowsOf(page).first().waitFor();
    await tabTo(page, 'Rosa Example');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Rosa Example', level: 1 }).waitFor();
    const heading = page.getByRole('heading', { name: /^Open alerts \(\d+\)$/ });
    const before = Number((await heading.textContent())?.match(/\d+/)?.[0]);
    await tabTo(page, 'Acknowledge');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Open alerts (${before - 1})` }).waitFor();
    // Focus went back to the list's heading, not lost to the top of the page.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('alerts-title');
  });
});

describe('the clinician panel on a phone (390 × 844)', () => {
  let page: Page;

  it('shows one card per patient, red flag first, and passes axe-core', async () => {
    page = await open('phone');
    await signInAsClinician(page);
    const cards = page.locator('.panel-cards > li');
    await expect.poll(() => cards.count()).toBe(4);
    await expect(page.locator('table.panel-table').isVisible()).resolves.toBe(false);
    await expect(cards.first().textContent()).resolves.toMatch(/Red flag.*Rosa Example/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-panel-phone');
  });

  it('a tap on the card opens the patient page, which passes axe-core', async () => {
    // Not on the name itself: anywhere on the card opens the patient.
    const spark = page.locator('.panel-cards > li').first().locator('.spark-line');
    await spark.scrollIntoViewIfNeeded();
    const box = await spark.boundingBox();
    if (!box) throw new Error('the first card has no sparkline');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('heading', { name: 'Rosa Example', level: 1 }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-patient-phone');
  });

  it('every control on the panel and the patient page is at least 44 × 44 px', async () => {
    const small = () => smallTargets(page, 'main button, main a, main input, main summary');
    // The patient page, with every fold opened.
    for (const s of await page.locator('main summary').all()) await s.tap();
    expect(await small()).toEqual([]);
    await backToPanel(page);
    await page.getByText('What the statuses mean').tap();
    expect(await small()).toEqual([]);
    await page.locator('.panel-cards > li').first().getByRole('link').tap();
    await page.getByRole('heading', { name: 'Rosa Example', level: 1 }).waitFor();
  });

  it('text at 200 % still fits the screen (no sideways scrolling)', async () => {
    // On a phone the layout viewport widens to fit content, so compare with the screen's 390 px.
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '225%'; // 200 % of the app's 112.5 %
    });
    expect(await width()).toBeLessThanOrEqual(390);
    await screenshot(page, 'clinician-patient-phone-200');
    await backToPanel(page);
    expect(await width()).toBeLessThanOrEqual(390);
    await screenshot(page, 'clinician-panel-phone-200');
  });
});

describe('a link to a patient page (as CDS Hooks cards give)', () => {
  it('opens the patient after signing in, and straight away when signed in', async () => {
    const me = await rosa.call<{ user: { id: string } }>('GET', '/api/me');
    const page = await open('desktop');
    await page.goto(`/clinician/patients/${me.user.id}`);
    await page.getByLabel('Email').fill(clinician.email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Rosa Example', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(`/clinician/patients/${me.user.id}`);
    await page.getByRole('heading', { name: 'Rosa Example', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'All patients' }).click();
    await page.getByRole('heading', { name: 'Your patients' }).waitFor();
  });
});

describe('after the clinician has seen everything', () => {
  it('"Acknowledge all" empties the list and the patient drops to stable on the panel', async () => {
    const page = await open('desktop');
    await signInAsClinician(page);
    await rowsOf(page).first().getByRole('link', { name: 'Rosa Example' }).click();
    const all = page.getByRole('button', { name: /^Acknowledge all \d+$/ });
    await all.click();
    await page.getByRole('heading', { name: 'Open alerts (0)' }).waitFor();
    await page.getByText('No open alerts.').waitFor();
    await backToPanel(page);
    await expect.poll(() => rowsOf(page).count()).toBe(4);
    const rows = await rowsOf(page).evaluateAll((trs) =>
      trs.map((tr) => `${tr.querySelector('.status')?.textContent} ${tr.querySelector('th a')?.textContent}`),
    );
    // Stable patients sort by name.
    expect(rows).toEqual([
      '↗Worse lately Wren Worse',
      '◷Overdue Olga Overdue',
      '✓Stable Alma Steady',
      '✓Stable Rosa Example',
    ]);
  });
});

describe('quiet records', () => {
  it('a patient whose only check-in had no symptoms has a calm page that still passes axe-core', async () => {
    const page = await open('desktop');
    await signInAsClinician(page);
    await page.getByRole('link', { name: 'Alma Steady' }).click();
    await page.getByRole('heading', { name: 'Alma Steady', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Open alerts (0)' }).waitFor();
    await expect(page.getByText('No open alerts.').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /^Acknowledge all/ }).count()).resolves.toBe(0);
    await expect(page.locator('ul.checkins > li').textContent()).resolves.toMatch(/no symptoms/);
    await expect(page.getByText('None recorded.').count()).resolves.toBe(1);
    await expect(page.getByText('No symptoms in the latest check-in.').count()).resolves.toBe(1);
    await expect(page.getByText('Nothing marked in the last 4 weeks.').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'clinician-patient-quiet-desktop');
  });
});

describe('a panel longer than one page', () => {
  it('pages through 21 patients, 20 at a time, with Previous and Next', async () => {
    const gp = await Person.clinician(bed, 'gp-paging', 'Dr Many');
    const names = Array.from({ length: 21 }, (_, i) => `Patient ${String(i + 1).padStart(2, '0')}`);
    for (const name of names) {
      const p = await Person.signUp(bed.url, 'paging', name);
      const { code } = await p.call<{ code: string }>('POST', '/api/shares/code');
      await gp.call('POST', '/api/shares/redeem', { code });
    }
    const page = await open('desktop');
    await page.goto('/');
    await page.getByLabel('Email').fill(gp.email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const pager = page.getByRole('navigation', { name: 'Pages of patients' });
    await pager.getByText('Page 1 of 2').waitFor();
    await expect(rowsOf(page).count()).resolves.toBe(20);
    await expect(pager.getByRole('button', { name: '‹ Previous' }).isDisabled()).resolves.toBe(true);
    await pager.getByRole('button', { name: 'Next ›' }).click();
    await pager.getByText('Page 2 of 2').waitFor();
    await expect.poll(() => rowsOf(page).count()).toBe(1);
    await expect(rowsOf(page).first().textContent()).resolves.toMatch(/Patient 21/);
    await expect(pager.getByRole('button', { name: 'Next ›' }).isDisabled()).resolves.toBe(true);
    await pager.getByRole('button', { name: '‹ Previous' }).click();
    await pager.getByText('Page 1 of 2').waitFor();
    await expect.poll(() => rowsOf(page).count()).toBe(20);
  });
});
