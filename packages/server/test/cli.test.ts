import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/handcheck.js', import.meta.url));

function handcheck(args: string[], stdin = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const carpalTunnelLike = {
  checkIn: {
    date: '2026-03-16',
    regions: [
      {
        region: 'right.palm.index.distal',
        symptoms: ['numbness', 'tingling'],
        severity: 5,
        timing: ['wakes_at_night'],
        daysPerWeek: 5,
        worse: ['driving'],
        better: ['shaking_hand'],
        startedOn: '2026-02-20',
      },
    ],
  },
  context: { medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }] },
};

describe('handcheck assess', () => {
  it('prints the assessment of one check-in as JSON', () => {
    const r = handcheck(['assess'], JSON.stringify(carpalTunnelLike));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a).slice(0, 3)).toEqual(['rulesVersion', 'checkInDate', 'redFlags']);
    expect(Array.isArray(a.resembles)).toBe(true);
    expect(Array.isArray(a.nextSteps)).toBe(true);
    expect(a.timing).toMatchObject({ medicine: 'letrozole', weeksSinceStart: 10, onsetWeeksAfterStart: 6 });
  });

  it('exits 2 and names the field when the check-in is invalid', () => {
    const bad = structuredClone(carpalTunnelLike);
    (bad.checkIn.regions[0] as { severity: number }).severity = 14;
    const r = handcheck(['assess'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('checkIn.regions[0].severity must be 0–10 (got 14)');
  });

  it('says a wrong type is the wrong type, not that the field is missing', () => {
    const bad = structuredClone(carpalTunnelLike) as unknown as {
      checkIn: { regions: { severity: unknown }[] };
    };
    (bad.checkIn.regions[0] as { severity: unknown }).severity = '5';
    const r = handcheck(['assess'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('checkIn.regions[0].severity must be a number');
    expect(r.stderr).not.toContain('required');
  });

  it('exits 2 on input that is not JSON', () => {
    const r = handcheck(['assess'], '{"checkIn": ');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
  });

  it('exits 2 on a document without a check-in', () => {
    const r = handcheck(['assess'], JSON.stringify({ context: {} }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('checkIn');
  });
});

describe('handcheck schema', () => {
  it('prints the JSON Schema of the check-in format', () => {
    const r = handcheck(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.checkIn.properties.regions.items.properties.region.enum).toContain(
      'left.palm.base.ring',
    );
  });
});

describe('handcheck with an unknown command', () => {
  it('prints usage and exits 2', () => {
    const r = handcheck(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage');
  });
});
