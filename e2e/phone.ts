/**
 * Helpers for browser tests on a phone-sized Chromium: a fresh person per test, signing up through
 * the real screens, axe-core checks, screenshots, and keyboard-only navigation.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { type RunningApp, startApp } from './app';
import { launchChromium } from './chromium';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'test-results', 'screenshots');
const AXE_SOURCE = readFileSync(
  join(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/** Uncaught errors in any page: each test expects none. */
export const pageErrors: string[] = [];

export interface TestBed {
  /** The server's address, e.g. `http://localhost:41234`. */
  readonly url: string;
  /** The server's database (see RunningApp.db). */
  readonly db: RunningApp['db'];
  readonly browser: Browser;
  /** A fresh phone with its own cookies, on the app. */
  phone(): Promise<Page>;
  /** A fresh phone or desktop with its own cookies, on the app (its context is `page.context()`). */
  device(size: DeviceSize, options?: DeviceOptions): Promise<Page>;
  /** A fresh phone signed up as a new person (email from `what`), landed on "Me". */
  newPerson(what: string, name?: string): Promise<Page>;
}

/**
 * What every browser test file needs, registered as its hooks: the real server and one Chromium
 * for the file, closed after it, and no uncaught page error after each test. Call once at the top
 * of the file; hooks the file adds later run after these start and before they close.
 */
export function useTestBed(): TestBed {
  // A real browser, server and password hashing share two cores with the other test files: a
  // ceiling against hangs, not a speed goal.
  vi.setConfig({ testTimeout: 90_000 });
  let app: RunningApp | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    app = await startApp();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  const ready = () => {
    if (!app || !chromium)
      throw new Error('The test bed is used before beforeAll started it: use it inside a test or hook.');
    return { url: app.url, db: app.db, browser: chromium.browser };
  };
  return {
    get url() {
      return ready().url;
    },
    get db() {
      return ready().db;
    },
    get browser() {
      return ready().browser;
    },
    phone: () => newDevice(ready().browser, ready().url, 'phone'),
    device: (size, options) => newDevice(ready().browser, ready().url, size, options),
    async newPerson(what, name) {
      const page = await newDevice(ready().browser, ready().url, 'phone');
      await signUp(page, newEmail(what), name);
      return page;
    },
  };
}

export type DeviceSize = 'phone' | 'desktop';

export interface DeviceOptions {
  /** Touch on a desktop too, for helpers that tap (a phone always has it). */
  readonly touch?: boolean;
  /** `block` to test without the service worker. */
  readonly serviceWorkers?: 'allow' | 'block';
}

/**
 * A fresh browser context and page on the app: a phone is 390 × 844 CSS px, touch, mobile
 * viewport; a desktop 1280 × 800. Page errors go to `pageErrors`.
 */
export async function newDevice(
  browser: Browser,
  baseURL: string,
  size: DeviceSize,
  { touch = false, serviceWorkers = 'allow' }: DeviceOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    serviceWorkers,
    ...(size === 'phone'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1280, height: 800 }, hasTouch: touch }),
  });
  // Fail with the locator's own message well before the test's time limit.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
}

let people = 0;
/** An email no other test uses. */
export function newEmail(what: string): string {
  people += 1;
  return `${what}-${process.pid}-${people}@example.org`;
}

/** `YYYY-MM-DD`, `days` from today (local time, as the app computes "today"). */
export function dayOffset(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Signs up through the sign-in screen; lands on "Me" (the medicine and the rest of the context). */
export async function signUp(page: Page, email: string, name = 'Maria'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create an account' }).tap();
  await page.getByLabel('Your first name (optional)').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('a long enough passphrase 42');
  await page.getByRole('button', { name: 'Create account' }).tap();
  const hello = page.getByRole('heading', { name: `Hello, ${name}` });
  const problem = page.getByRole('alert');
  await hello.or(problem).first().waitFor();
  if (await problem.isVisible()) throw new Error(`Sign-up failed: ${await problem.textContent()}`);
}

/** Chooses the medicine and its start date on "Me" and saves. */
export async function setMedicine(page: Page, drug: RegExp, startedOn: string): Promise<void> {
  await page.getByRole('button', { name: drug }).tap();
  await page.getByLabel('The day you started it').fill(startedOn);
  await page.getByRole('button', { name: 'Save my details' }).tap();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** Opens a screen from the bottom navigation bar. */
export async function openTab(page: Page, name: 'Check in' | 'History' | 'Learn' | 'Share' | 'Me') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).tap();
}

/** A screenshot of the whole page, or of one part of it (long screens are easier to look at in parts). */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if (part) await part.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page as it is now. Injected with `evaluate` (the app's CSP rightly blocks
 * inline scripts, and evaluate runs outside it).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time.
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: result.violations, passes: result.passes.length };
  })) as { violations: AxeViolation[]; passes: number };
  // A run that checked nothing would also report no violations.
  if (violations.passes === 0) throw new Error('axe-core ran no checks on this page');
  return violations.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join('; ')}`,
  );
}

export interface SmallTarget {
  readonly name: string;
  readonly w: number;
  readonly h: number;
}

/**
 * The visible controls matching `selector` smaller than 44 × 44 CSS px (WCAG 2.5.5: sore hands
 * need big targets). With `checkboxRows`, checkboxes are skipped: their target is the labelled row.
 */
export async function smallTargets(
  page: Page,
  selector: string,
  { checkboxRows = false } = {},
): Promise<SmallTarget[]> {
  return page.evaluate(
    ({ selector, checkboxRows }) =>
      [...document.querySelectorAll(selector)]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => !(checkboxRows && e instanceof HTMLInputElement && e.type === 'checkbox'))
        .map((e) => {
          const r = e.getBoundingClientRect();
          return {
            name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim(),
            w: r.width,
            h: r.height,
          };
        })
        .filter((t) => t.w < 44 || t.h < 44),
    { selector, checkboxRows },
  );
}

/** The accessible name of the focused element, roughly as a screen reader would say it. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name matches (keyboard only; no mouse, no touch). */
export async function tabTo(page: Page, name: string | RegExp, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const n = await focusedName(page);
    if (typeof name === 'string' ? n === name : name.test(n)) return;
  }
  throw new Error(`Tab never reached an element named ${String(name)}`);
}
