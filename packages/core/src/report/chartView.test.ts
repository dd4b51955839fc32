import { describe, expect, it } from 'vitest';
import { CLINICIAN_CONDITION_NAMES, CONDITION_NAMES, CONDITION_NAMING } from '../knowledge/conditionNames';
import { CONDITION_IDS } from '../triage/types';
import { chartView } from './chartView';
import { gpSummary } from './gpSummary';
import { demoRecord } from './samples';

describe('one record of names per condition', () => {
  it('gives every condition a patient, a short and a clinician name', () => {
    for (const id of CONDITION_IDS) {
      const n = CONDITION_NAMING[id];
      expect(n.patient.length, id).toBeGreaterThan(3);
      expect(n.short.length, id).toBeGreaterThan(3);
      expect(n.short.length, id).toBeLessThanOrEqual(n.clinician.length + 4);
      expect(CONDITION_NAMES[id]).toBe(n.patient);
      expect(CLINICIAN_CONDITION_NAMES[id]).toBe(n.clinician);
    }
  });
});

describe('the severity chart’s view model', () => {
  const record = demoRecord(16);
  const summary = gpSummary(record, '2026-05-25');

  it('has one value per timeline week in every series, the worst area first', () => {
    for (const audience of ['patient', 'clinician'] as const) {
      const view = chartView(summary, audience);
      expect(view.series[0]?.key).toBe('worst');
      for (const s of view.series) expect(s.values).toHaveLength(summary.timeline.weeks.length);
      expect(view.series[0]?.values).toEqual(summary.timeline.weeks.map((w) => w.maxSeverity));
    }
    expect(chartView(summary, 'patient').series[0]?.label).toBe('Worst of all areas');
    expect(chartView(summary, 'clinician').series[0]?.label).toBe('Worst area');
  });

  it('names pattern lines by their short name, capitalised', () => {
    const view = chartView(summary, 'patient');
    for (const s of view.series.slice(1)) {
      const short = CONDITION_NAMING[s.key as keyof typeof CONDITION_NAMING].short;
      expect(s.label).toBe(short.charAt(0).toUpperCase() + short.slice(1));
    }
  });

  it('marks treatments and medicine changes once each, and shades the usual onset weeks', () => {
    const view = chartView(summary, 'patient');
    const keys = view.marks.map((m) => `${m.week}|${m.label}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(view.marks.filter((m) => m.kind === 'treatment').length).toBe(summary.treatmentMarks.length);
    expect(view.band).toEqual({ from: 0, to: 13, label: 'Usual onset: first 3 months' });
    expect([...view.worst.keys()].sort()).toEqual(summary.regions.map((r) => r.id).sort());
  });

  it('marks the week symptoms began where the PDF does, and says it in words', () => {
    const view = chartView(summary, 'clinician');
    const week = summary.onset?.week;
    expect(week).toEqual(expect.any(Number));
    expect(view.onset).toEqual({
      week,
      label: 'Symptoms began',
      text: `Symptoms ${summary.onset?.reported ? 'began' : 'first recorded'} in week ${week}.`,
    });
    const none = gpSummary({ ...record, checkIns: [] }, '2026-05-25');
    expect(chartView(none, 'patient').onset).toBeNull();
  });
});
