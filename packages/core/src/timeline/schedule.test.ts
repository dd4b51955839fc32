import { describe, expect, it } from 'vitest';
import { Context } from '../checkin/context';
import { isSourceId } from '../knowledge/sources';
import { CADENCE_RISK_FACTORS, checkInSchedule, reminderDatesFor } from './reminders';

const none = Context.parse({ medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }] });
const many = Context.parse({
  medicines: [{ drug: 'letrozole', startedOn: '2026-01-05' }],
  risk: {
    menopause: 'peri',
    chemotherapy: ['taxane'],
    priorTamoxifen: true,
    diabetes: true,
    priorHandProblems: ['carpal_tunnel'],
    lymphNodeSurgerySide: 'left',
  },
});

describe('how often we ask follows the risk profile', () => {
  it('every factor names known sources', () => {
    for (const f of CADENCE_RISK_FACTORS) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) expect(isSourceId(s), s).toBe(true);
    }
  });

  it('no risk answers: the usual watch, said in words', () => {
    const s = checkInSchedule(none);
    expect(s.watch).toBe('standard');
    expect(s.factors).toEqual([]);
    expect(s.text).toBe(
      'Every week for the first 6 months, then every 2 weeks until 12 months, then every 4 weeks, counted from the day you started the medicine.',
    );
    expect(s.reason).toMatch(/usual watch/);
  });

  it('one factor keeps the usual watch and says so', () => {
    const s = checkInSchedule({ risk: { diabetes: true } });
    expect(s.watch).toBe('standard');
    expect(s.reason).toMatch(/One thing raises the chance \(you have diabetes/);
  });

  it('many factors: a closer watch, naming each reason and its sources', () => {
    const s = checkInSchedule(many);
    expect(s.watch).toBe('closer');
    expect(s.factors.map((f) => f.id)).toEqual([
      'recent_menopause',
      'chemotherapy',
      'prior_hormone_therapy',
      'diabetes',
      'prior_hand_problem',
      'lymph_nodes',
    ]);
    expect(s.text).toMatch(/^Every week for the first 12 months, then every 2 weeks until 24 months/);
    expect(s.reason).toMatch(/^A closer watch, because your menopause was recent, /);
    expect(s.sources).toEqual(expect.arrayContaining(['mao2009', 'crew2007', 'hollins2022']));
  });

  it('the two accounts get different calendar dates', () => {
    const req = { weekday: 1, from: '2026-07-06', count: 10 };
    const a = reminderDatesFor(none, req);
    const b = reminderDatesFor(many, req);
    expect(a).not.toEqual(b);
    // Past 6 months the usual watch asks every 2 weeks; the closer one still weekly.
    expect(a.slice(0, 3)).toEqual(['2026-07-06', '2026-07-20', '2026-08-03']);
    expect(b.slice(0, 3)).toEqual(['2026-07-06', '2026-07-13', '2026-07-20']);
  });
});
