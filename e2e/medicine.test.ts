/**
 * The medicine over the years, in a real Chromium: a switch, a pause (asked why) and a restart
 * recorded on "Me" keep every course; an unsaved change survives leaving the screen; History shows
 * the changes (weeks still from the first aromatase inhibitor), the measured effect of a treatment
 * beside the person's own rating, and one check-in per day; the care team sees the reason. And how
 * often we ask follows the risk profile, said in words, with a calendar feed to match.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, Person } from './person';
import { axeViolations, dayOffset, newEmail, openTab, setMedicine, signUp, useTestBed } from './phone';

const bed = useTestBed();

const change = (page: Page) => page.locator('fieldset.medicine-change');

async function record(
  page: Page,
  button: string,
  date: string,
  opts: { drug?: RegExp; reason?: string } = {},
) {
  await page.getByRole('button', { name: button }).tap();
  if (opts.drug) await change(page).getByRole('button', { name: opts.drug }).tap();
  await change(page)
    .getByLabel(/^The day you/)
    .fill(date);
  if (opts.reason) await change(page).getByRole('button', { name: opts.reason }).tap();
  await page.getByRole('button', { name: 'Save this change' }).tap();
  await page.getByRole('status').filter({ hasText: 'Saved. Your medicine history is up to date.' }).waitFor();
}

describe('the medicine over the years', () => {
  it('switch, pause (why?) and restart are kept and drawn on History; the care team sees why', async () => {
    const page = await bed.phone();
    const email = newEmail('courses');
    await signUp(page, email, 'Ana');
    await setMedicine(page, /Anastrozole/, dayOffset(-120));
    await record(page, 'I switched medicine', dayOffset(-60), { drug: /Exemestane/ });

    // A pause half filled in, then the person leaves "Me": the change is kept on the phone.
    await page.getByRole('button', { name: 'I paused it' }).tap();
    await change(page).getByLabel('The day you paused').fill(dayOffset(-30));
    await change(page).getByRole('button', { name: 'Joint or hand pain' }).tap();
    await openTab(page, 'Check in');
    await page.getByRole('heading', { name: "This week's check-in" }).waitFor();
    await openTab(page, 'Me');
    await expect(change(page).getByLabel('The day you paused').inputValue()).resolves.toBe(dayOffset(-30));
    await expect(
      change(page).getByRole('button', { name: 'Joint or hand pain' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.getByRole('button', { name: 'Save this change' }).tap();
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved. Your medicine history is up to date.' })
      .waitFor();
    await record(page, 'I restarted', dayOffset(-14));

    const history = page.locator('.medicine-history li');
    await expect(history.allTextContents()).resolves.toEqual([
      expect.stringMatching(/Started anastrozole$/),
      expect.stringMatching(/Switched from anastrozole to exemestane$/),
      expect.stringMatching(/Paused exemestane: joint or hand pain$/),
      expect.stringMatching(/Restarted exemestane$/),
    ]);
    await page
      .getByText(/We count the weeks from the day you started Anastrozole \(Arimidex\), .*: week 17 now\./)
      .waitFor();
    await page.getByText(/^Now: Exemestane \(Aromasin\), since /).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Check-ins around a night splint (and two on one day), sent as the phone would.
    const api = await Person.signIn(bed.url, email);
    await api.call('POST', '/api/treatments', {
      kind: 'night_splint',
      hand: 'right',
      startedOn: dayOffset(-35),
      effect: 'a_little_better',
    });
    const area = (severity: number) => ({
      region: 'right.palm.index.distal',
      symptoms: ['numbness', 'tingling'],
      severity,
      daysPerWeek: 4,
    });
    for (const [day, severity] of [
      [-56, 6],
      [-42, 5],
      [-21, 3],
      [-7, 8],
      [-7, 2],
    ] as const) {
      await api.call('POST', '/api/checkins', { date: dayOffset(day), regions: [area(severity)] });
    }

    await openTab(page, 'History');
    await page.getByRole('heading', { name: 'Your medicine over time' }).waitFor();
    await page.getByText(/Since you started anastrozole on /).waitFor();
    const shown = await page.locator('section[aria-labelledby="medicine-title"] li').allTextContents();
    expect(shown.map((t) => t.replace(/^\d+ \w+ \d{4} /, ''))).toEqual([
      'Started anastrozole (week 0)',
      'Switched from anastrozole to exemestane (week 8)',
      'Paused exemestane: joint or hand pain (week 12)',
      'Restarted exemestane (week 15)',
    ]);
    // Measured effect beside the person's own rating, with the windows said.
    const effects = page.locator('section[aria-labelledby="effects-title"]');
    await effects.getByText('Worst 6 → 3 since the wrist splint at night').waitFor();
    await effects.getByText(/You said: a little better/).waitFor();
    await effects.getByText(/4 weeks before against weeks 3 to 8 after/).waitFor();
    // Two check-ins on one day: once, the later one.
    const list = page.locator('.checkin-list li');
    await expect(list.count()).resolves.toBe(4);
    await expect(list.first().textContent()).resolves.toMatch(/worst 2\/10/);
    // The chart's table lists the switch, pause and restart where a check-in week has them.
    await page.locator('.chart canvas').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The care team: the reason and the measured effect on the patient's page (desktop).
    const code = (await api.call<{ code: string }>('POST', '/api/shares/code')).code;
    const gp = await Person.clinician(bed, 'courses-gp', 'Dr Lind');
    await gp.call('POST', '/api/shares/redeem', { code });
    const desk = await bed.device('desktop');
    await desk.goto('/');
    await desk.getByLabel('Email').fill(gp.email);
    await desk.getByLabel(/^Password/).fill(PASSWORD);
    await desk.getByRole('button', { name: 'Sign in', exact: true }).click();
    await desk.getByRole('heading', { name: 'Your patients' }).waitFor();
    await desk.getByRole('link', { name: /Ana/ }).first().click();
    const meds = desk.locator('section[aria-labelledby="medicine-history-title"]');
    await meds.getByText(/Paused, stopped or switched for joint or hand pain:/).waitFor();
    await meds.getByText(/Paused exemestane: joint or hand pain/).waitFor();
    await desk
      .locator('section[aria-labelledby="effects-title"]')
      .getByText('Worst 6 → 3 since the wrist splint at night')
      .waitFor();
    expect(await axeViolations(desk)).toEqual([]);
    await desk.context().close();
    await page.context().close();
  });
});

describe('how often we ask', () => {
  async function feedDates(page: Page): Promise<string[]> {
    await page.getByRole('button', { name: 'Add to my calendar' }).tap();
    const link = await page.getByLabel('Calendar link (shown only this once)').inputValue();
    const ics = await (await fetch(link)).text();
    return [...ics.matchAll(/DTSTART[^:]*:(\d{8})/g)].map((m) => m[1] as string);
  }

  it('follows the risk profile, says it in words, and the two calendar feeds differ', async () => {
    const plain = await bed.newPerson('cadence-plain');
    await setMedicine(plain, /Letrozole/, dayOffset(-200));
    const schedule = (page: Page) => page.locator('section[aria-labelledby="schedule-title"]');
    await schedule(plain)
      .getByText(/^Every week for the first 6 months, then every 2 weeks until 12 months, then every 4 weeks/)
      .waitFor();
    await schedule(plain)
      .getByText(/^The usual watch/)
      .waitFor();

    const many = await bed.newPerson('cadence-many');
    await setMedicine(many, /Letrozole/, dayOffset(-200));
    await many.getByText('More about you (optional)').tap();
    await many.getByRole('button', { name: 'Around the menopause' }).tap();
    await many.getByRole('button', { name: 'A taxane (paclitaxel, docetaxel)' }).tap();
    await many
      .getByRole('group', { name: /tamoxifen before/ })
      .getByRole('button', { name: 'Yes' })
      .tap();
    await many
      .getByRole('group', { name: /diabetes/ })
      .getByRole('button', { name: 'Yes' })
      .tap();
    await many
      .getByRole('group', { name: /Hand problems you had before/ })
      .getByRole('button', { name: 'Carpal tunnel' })
      .tap();
    await many
      .getByRole('group', { name: /Lymph nodes removed/ })
      .getByRole('button', { name: 'Left side' })
      .tap();
    await many.getByRole('button', { name: 'Save my details' }).tap();
    await many.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await schedule(many)
      .getByText(/^Every week for the first 12 months, then every 2 weeks until 24 months/)
      .waitFor();
    await schedule(many)
      .getByText(
        /^A closer watch, because your menopause was recent, you had chemotherapy .* lymph nodes were removed/,
      )
      .waitFor();
    expect(await axeViolations(many)).toEqual([]);

    const a = await feedDates(plain);
    const b = await feedDates(many);
    expect(a.length).toBeGreaterThan(10);
    expect(a).not.toEqual(b);
    // Past 6 months: every 2 weeks for the usual watch, still weekly for the closer one.
    const gap = (d: string[]) =>
      (Date.parse(`${d[1]?.replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')}`) -
        Date.parse(`${d[0]?.replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')}`)) /
      86_400_000;
    expect(gap(a)).toBe(14);
    expect(gap(b)).toBe(7);
  });
});
