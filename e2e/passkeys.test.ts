/**
 * Passkeys on a phone, with Chromium's virtual authenticator standing in for the fingerprint
 * sensor (Chrome DevTools Protocol, WebAuthn domain): add one on Me, sign out, sign back in
 * without typing a thing, then remove it. The passkey code is fetched only when a passkey button
 * is pressed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, newEmail, openTab, screenshot, signUp, useTestBed } from './phone';

const bed = useTestBed();

/** A platform authenticator that holds discoverable credentials and verifies the person (UV). */
async function fingerprintSensor(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

/** Scripts the page has fetched so far that contain the WebAuthn calls (the passkey library). */
function passkeyCodeLoads(page: Page): () => number {
  let loads = 0;
  page.on('response', async (res) => {
    if (!/\.js(\?|$)/.test(res.url())) return;
    const body = await res.text().catch(() => '');
    if (body.includes('navigator.credentials.get')) loads += 1;
  });
  return () => loads;
}

describe('passkeys: sign in with a fingerprint, face or phone', () => {
  it('adds a passkey on Me, signs out, and signs back in with it without typing', async () => {
    const page = await bed.phone();
    const sensor = await fingerprintSensor(page);
    const loads = passkeyCodeLoads(page);
    const email = newEmail('passkey');
    await signUp(page, email);
    expect(loads()).toBe(0);

    const card = page.locator('section[aria-labelledby="passkeys-title"]');
    await card.getByText('No passkeys yet.').waitFor();
    await card.getByRole('button', { name: 'Add a passkey on this device' }).tap();
    await card.getByRole('status').filter({ hasText: 'Passkey added' }).waitFor();
    expect(loads()).toBeGreaterThan(0);
    const list = card.getByRole('list', { name: 'Your passkeys' });
    await expect(list.getByRole('listitem').count()).resolves.toBe(1);
    await expect(list.textContent()).resolves.toMatch(/added .* · not used yet/);
    const [credential] = await sensor.credentials();
    expect(credential).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '20-me-passkeys', card);

    await page.getByRole('button', { name: 'Sign out' }).tap();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '21-signin-with-passkey');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).tap();

    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await openTab(page, 'Me');
    await page.getByText(`Signed in as ${email}.`).waitFor();
    await expect(list.textContent()).resolves.toMatch(/last used/);
    expect((await sensor.credentials())[0]?.signCount).toBeGreaterThan(credential?.signCount ?? 0);

    // A lost phone: remove its passkey, and it no longer signs anyone in.
    await list.getByRole('button', { name: /^Remove the passkey / }).tap();
    await card.getByRole('status').filter({ hasText: 'Passkey removed' }).waitFor();
    await card.getByText('No passkeys yet.').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).tap();
    await page.getByRole('button', { name: 'Sign in with a passkey' }).tap();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/not known here/);
  });

  it('shows no passkey button where the browser cannot make passkeys', async () => {
    const page = await bed.phone();
    await page.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: removing a browser API to mimic an older browser.
      delete (window as any).PublicKeyCredential;
    });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign in with a passkey' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Sign in', exact: true }).count()).resolves.toBe(1);
  });
});
