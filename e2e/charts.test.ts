/**
 * The History chart on a phone: week numbers and mark labels never overlap (their boxes, as the
 * browser lays them out), the usual onset window, the week symptoms began and a switch of medicine
 * are on it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayOffset, openTab, screenshot, useTestBed } from './phone';

const bed = useTestBed();

/** Calls the API from the page, as the app does (same cookies, the CSRF token from /api/me). */
async function callApi(page: Page, method: string, path: string, body: unknown): Promise<void> {
  const status = await page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/me', { headers: { accept: 'application/json' } })).json();
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      return res.status;
    },
    { method, path, body },
  );
  expect(status, `${method} ${path}`).toBeLessThan(300);
}

type Rect = { x: number; y: number; width: number; height: number; text: string };

function overlapping(rects: readonly Rect[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i] as Rect;
      const b = rects[j] as Rect;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        out.push(`"${a.text}" / "${b.text}"`);
    }
  return out;
}

describe('the History chart on a phone', () => {
  it('has no overlapping week numbers or mark labels, and shows the onset window and a switch of medicine', async () => {
    const page = await bed.newPerson('charts');
    // Letrozole for 16 weeks, then anastrozole; weekly check-ins for 26 weeks; four treatments
    // started within two weeks of each other.
    await callApi(page, 'PUT', '/api/context', {
      context: {
        medicines: [
          { drug: 'letrozole', startedOn: dayOffset(-182), stoppedOn: dayOffset(-71) },
          { drug: 'anastrozole', startedOn: dayOffset(-70) },
        ],
      },
    });
    const treatments = [
      { kind: 'night_splint', hand: 'right', startedOn: dayOffset(-126), effect: 'a_little_better' },
      { kind: 'steroid_injection', hand: 'right', startedOn: dayOffset(-119), effect: 'much_better' },
      { kind: 'paracetamol', startedOn: dayOffset(-118), effect: 'no_change' },
      { kind: 'exercise', startedOn: dayOffset(-112), effect: 'too_early' },
    ];
    for (let week = 1; week <= 26; week++) {
      const days = -182 + week * 7;
      await callApi(page, 'POST', '/api/checkins', {
        date: dayOffset(days),
        regions: [
          {
            region: 'right.palm.index.distal',
            symptoms: ['numbness'],
            severity: Math.min(6, 1 + Math.floor(week / 2)),
            daysPerWeek: 5,
            timing: ['wakes_at_night'],
          },
        ],
        treatments: treatments.filter((t) => t.startedOn <= dayOffset(days)),
      });
    }
    await openTab(page, 'History');
    await page.locator('.chart canvas').first().waitFor();
    await page.locator('.chart-tick').first().waitFor();
    await screenshot(page, 'history-chart', page.locator('#chart-title').locator('..'));

    const rects = await page.locator('.chart-tick, .chart-mark:not([hidden])').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent ?? '' };
      }),
    );
    await expect(page.locator('.chart-tick').count()).resolves.toBeGreaterThan(3);
    expect(overlapping(rects)).toEqual([]);
    // Every label stays inside the chart, on a phone's width.
    const chart = await page.locator('.chart').boundingBox();
    for (const r of rects) {
      expect(r.x, r.text).toBeGreaterThanOrEqual((chart?.x ?? 0) - 12);
      expect(r.x + r.width, r.text).toBeLessThanOrEqual((chart?.x ?? 0) + (chart?.width ?? 0) + 12);
    }
    await expect(page.locator('.chart-mark-medicine').textContent()).resolves.toBe('Switch to anastrozole');
    await expect(page.locator('.chart-mark-medicine').isVisible()).resolves.toBe(true);
    await expect(page.locator('.legend').textContent()).resolves.toContain('Usual onset: first 3 months');
    await expect(page.locator('.legend').textContent()).resolves.toContain(
      'Medicine switched, paused or stopped',
    );
    // The week symptoms began: in the legend, and said in the screen-reader table's caption.
    await expect(page.locator('.legend').textContent()).resolves.toContain('Symptoms began');
    await expect(page.locator('table caption').textContent()).resolves.toContain(
      'Symptoms first recorded in week 1.',
    );
    // The screen-reader table has the switch too.
    await expect(page.locator('table tbody').textContent()).resolves.toContain('Switch to anastrozole');
  });
});
