/**
 * Who is who, in a real Chromium against the real server and database: a clinician creates their
 * own account through the sign-up screen and lands on an empty panel that says how to add a
 * patient; an administrator (made in-process with the server's own store, as `handcheck add-admin`
 * does) lists accounts, disables a patient, and that patient can no longer sign in. Accessibility
 * is checked with axe-core on a phone (390 × 844) and a desktop (1280 × 800).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../packages/server/src/auth/passwords';
import { createUser } from '../packages/server/src/repos/accounts';
import { PASSWORD } from './person';
import {
  axeViolations,
  dayOffset,
  newEmail,
  pageErrors,
  screenshot,
  setMedicine,
  signUp,
  useTestBed,
} from './phone';

/** The clinician who signs up through the screens; the administrator approves them below. */
const newClinicianEmail = newEmail('new-clinician');

// Password hashing for several people and whole pages per test (the bed's time limit). The
// bed keeps hold of the database: an administrator cannot sign up, so the test makes one the way
// the `add-admin` command does.
const bed = useTestBed();

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function openSignUp(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
}

const patientCard = (page: Page) => page.getByRole('radio', { name: 'I’m checking my own hands' });
const clinicianCard = (page: Page) =>
  page.getByRole('radio', { name: 'I’m a clinician caring for patients' });

async function signIn(page: Page, email: string) {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('creating an account: patient or clinician', () => {
  it.each([
    ['phone', 390, 844],
    ['desktop', 1280, 800],
  ] as const)(
    'the choice is two big labelled cards, patient first and chosen (%s)',
    async (size, width, height) => {
      const page = await bed.device(size);
      await openSignUp(page);
      expect(page.viewportSize()).toEqual({ width, height });
      await expect(patientCard(page).isChecked()).resolves.toBe(true);
      await expect(clinicianCard(page).isChecked()).resolves.toBe(false);
      await page.getByRole('group', { name: 'Who is this account for?' }).waitFor();
      for (const card of [patientCard(page), clinicianCard(page)]) {
        // The whole card (the radio's label) is the target: at least 44 × 44 CSS px.
        const box = await card.locator('xpath=ancestor::label').boundingBox();
        expect(box?.height).toBeGreaterThanOrEqual(44);
        expect(box?.width).toBeGreaterThanOrEqual(44);
      }
      await expectNoAxeViolations(page);
      await screenshot(page, `roles-signup-choice-${size}`);
      await page.context().close();
    },
  );

  it('a clinician signs up by keyboard and lands on the panel, which explains how to add a patient', async () => {
    const page = await bed.phone();
    await openSignUp(page);
    // Keyboard only: focus the chosen card, an arrow moves the choice (as any radio group).
    await patientCard(page).focus();
    await page.keyboard.press('ArrowDown');
    await expect(clinicianCard(page).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Your name, as patients know you (optional)').isVisible()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, 'roles-signup-clinician-chosen-phone');

    await page.getByLabel('Your name, as patients know you (optional)').fill('Dr Adeyemi');
    await page.getByLabel('Email').fill(newClinicianEmail);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByLabel(/^Password/).press('Enter');

    await page.getByRole('heading', { name: 'Your patients' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/clinician');
    // A new clinician account waits for an administrator: the panel says so, and shows no patient.
    const waiting = page.getByRole('region', { name: 'Waiting for approval' });
    await expect(waiting.textContent()).resolves.toMatch(
      /administrator of this HandCheck checks every new clinician/,
    );
    const empty = page.getByRole('region', { name: 'No patients yet' });
    await expect(empty.textContent()).resolves.toMatch(
      /open Share in their HandCheck app and press Make a share code/,
    );
    await expect(empty.textContent()).resolves.toMatch(/8-character code\. It works once, for 72 hours/);
    // No patient's screens for a clinician: no bottom bar, no check-in.
    await expect(page.locator('nav.bottom').count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'roles-clinician-empty-panel-phone');

    await empty.getByRole('link', { name: 'Add a patient with a share code' }).click();
    await page.getByLabel('Share code').waitFor();
    await page.context().close();
  });
});

describe('the administrator', () => {
  const adminEmail = newEmail('admin');
  let patientEmail = '';
  let patientPhone: Page;
  let admin: Page;

  beforeAll(async () => {
    // As `echo PASSWORD | handcheck add-admin EMAIL` does it.
    const made = await createUser(bed.db, {
      email: adminEmail,
      passwordHash: await hashPassword(PASSWORD),
      role: 'admin',
      name: null,
    });
    if (!made) throw new Error('could not make the administrator');
    // A patient signs up through the screens (the default choice) and records her medicine.
    patientEmail = newEmail('ines');
    patientPhone = await bed.phone();
    await signUp(patientPhone, patientEmail, 'Ines');
    await setMedicine(patientPhone, /Letrozole/, dayOffset(-40));
  });

  it('signs in to the accounts list: email, name, role, created, sign-in; no health data', async () => {
    admin = await bed.device('desktop');
    await signIn(admin, adminEmail);
    await admin.getByRole('heading', { name: 'Accounts' }).waitFor();
    expect(new URL(admin.url()).hash).toBe('#/admin');
    await expect(admin.locator('nav.bottom').count()).resolves.toBe(0);

    const table = admin.locator('table.accounts-table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(0, 5)).toEqual(['Email', 'Name', 'Role', 'Created', 'Sign-in']);
    const ines = table.getByRole('row').filter({ hasText: patientEmail });
    await expect(ines.textContent()).resolves.toMatch(/InesPatient\d{1,2} \w{3,4} \d{4}✓ Active/);
    // The medicine Ines just saved is health data: not on this screen.
    await expect(admin.locator('body').textContent()).resolves.not.toMatch(/letrozole/i);
    // The administrator cannot disable their own account: no button, a plain note instead.
    const me = table.getByRole('row').filter({ hasText: adminEmail });
    await expect(me.textContent()).resolves.toMatch(/Administrator.*This is you/);
    await expect(me.getByRole('button').count()).resolves.toBe(0);

    await admin.getByLabel('Search by email or name').fill('ines');
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await expect(admin.locator('.accounts-count').textContent()).resolves.toMatch(
      /^1 of \d+ accounts matching “ines”$/,
    );
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'roles-admin-accounts-desktop');
  });

  it('approves the clinician who signed up: the badge goes, and their panel no longer waits', async () => {
    await admin.getByLabel('Search by email or name').fill('');
    const row = admin.locator('table.accounts-table').getByRole('row').filter({ hasText: newClinicianEmail });
    await expect(row.textContent()).resolves.toMatch(/Awaiting approval/);
    await expect(admin.locator('.awaiting-count').textContent()).resolves.toMatch(
      /waiting for your approval/,
    );
    await row.getByRole('button', { name: `Approve ${newClinicianEmail}`, exact: true }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `${newClinicianEmail} is approved: they now see the patients who share with them.` })
      .waitFor();
    await expect(row.textContent()).resolves.not.toMatch(/Awaiting approval/);
    await expectNoAxeViolations(admin);

    const doctor = await bed.device('desktop');
    await signIn(doctor, newClinicianEmail);
    await doctor.getByRole('heading', { name: 'Your patients' }).waitFor();
    await doctor.getByRole('region', { name: 'No patients yet' }).waitFor();
    await expect(doctor.getByRole('region', { name: 'Waiting for approval' }).count()).resolves.toBe(0);
    await doctor.context().close();
  });

  it('asks before disabling; Cancel changes nothing', async () => {
    await admin.getByRole('button', { name: `Disable ${patientEmail}`, exact: true }).click();
    const dialog = admin.getByRole('dialog', { name: `Disable ${patientEmail}?` });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/signed out on every device and cannot sign in/);
    // Focus starts on the harmless answer.
    await expect(admin.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await expectNoAxeViolations(admin);
    await screenshot(admin, 'roles-admin-confirm-desktop');
    await admin.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect(admin.getByRole('row').filter({ hasText: patientEmail }).textContent()).resolves.toMatch(
      /Active/,
    );
  });

  it('disables the patient: she is signed out and cannot sign in, and is told why', async () => {
    await admin.getByRole('button', { name: `Disable ${patientEmail}`, exact: true }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Disable the account' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `${patientEmail} is disabled: signed out everywhere and cannot sign in.` })
      .waitFor();
    await expect(admin.getByRole('row').filter({ hasText: patientEmail }).textContent()).resolves.toMatch(
      /⊘ Disabled/,
    );
    await admin.getByRole('button', { name: `Enable ${patientEmail}`, exact: true }).waitFor();

    // Her open session ended with the account: reloading shows the sign-in screen.
    await patientPhone.reload();
    await patientPhone.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await signIn(patientPhone, patientEmail);
    const alert = patientPhone.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe(
      'This account has been disabled by the person who runs HandCheck here, so it cannot sign in. Ask them to enable it again: nothing in it has been deleted.',
    );
    await expect(
      patientPhone.getByRole('heading', { name: 'Sign in', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(patientPhone, 'roles-patient-disabled-phone');
  });

  it('on a phone: one card per account, filter by Disabled, enable again; she can sign in', async () => {
    const phone = await bed.phone();
    await signIn(phone, adminEmail);
    await phone.getByRole('heading', { name: 'Accounts' }).waitFor();
    await expect(phone.locator('table.accounts-table').isVisible()).resolves.toBe(false);
    await phone.getByRole('button', { name: 'Disabled', exact: true }).tap();
    const cards = phone.locator('ul.account-cards > li');
    await expect(cards.count()).resolves.toBe(1);
    await expect(cards.first().textContent()).resolves.toContain(patientEmail);
    await expectNoAxeViolations(phone);
    await screenshot(phone, 'roles-admin-accounts-phone');

    await phone.getByRole('button', { name: `Enable ${patientEmail}`, exact: true }).tap();
    const dialog = phone.getByRole('dialog', { name: `Enable ${patientEmail}?` });
    await expectNoAxeViolations(phone);
    await screenshot(phone, 'roles-admin-confirm-phone');
    await dialog.getByRole('button', { name: 'Enable the account' }).tap();
    await phone
      .getByRole('status')
      .filter({ hasText: `${patientEmail} is enabled again` })
      .waitFor();

    await signIn(patientPhone, patientEmail);
    await patientPhone.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
