import { describe, expect, it } from 'vitest';
import { checkInReminderEvents, escapeText, foldLine, icsCalendar } from './ics';

/** UTF-8 length; encodeURIComponent also throws on a lone surrogate (a character cut in two). */
const octets = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, '.').length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

const base = {
  prodId: '-//HandCheck//Check-in reminders//EN',
  calName: 'HandCheck check-ins',
  dtstamp: '2026-03-16T08:00:00Z',
};

describe('escaping text (RFC 5545 §3.3.11)', () => {
  it.each([
    ['commas and semicolons', 'hands, wrists; thumbs', 'hands\\, wrists\\; thumbs'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['line breaks of every kind', 'one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['control characters dropped, tab kept', 'a\u0007b\tc', 'ab\tc'],
    ['plain words unchanged', 'Time for your check-in', 'Time for your check-in'],
  ])('%s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('folding long lines at 75 octets (RFC 5545 §3.1)', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Numbness in the thumb and index finger. '.repeat(8)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });

  it('never cuts a character in two (accents, emoji)', () => {
    const line = `SUMMARY:${'é'.repeat(50)}${'🖐'.repeat(20)}`;
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('the calendar feed', () => {
  const text = icsCalendar({
    ...base,
    uidDomain: 'feed-abc.handcheck.example',
    events: checkInReminderEvents({
      dates: ['2026-03-16', '2026-03-23'],
      time: '18:30',
      url: 'https://handcheck.example/check-in',
    }),
  });

  it('uses CRLF line ends everywhere and ends with one', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the calendar header, its name and one event per date', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//HandCheck//Check-in reminders//EN',
    ]);
    expect(lines).toContain('X-WR-CALNAME:HandCheck check-ins');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('gives each event a stable UID, the stamp passed in and a floating start time', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines).toContain('UID:checkin-20260316@feed-abc.handcheck.example');
    expect(lines).toContain('UID:checkin-20260323@feed-abc.handcheck.example');
    expect(lines.filter((l) => l === 'DTSTAMP:20260316T080000Z')).toHaveLength(2);
    expect(lines).toContain('DTSTART:20260316T183000');
    expect(lines).toContain('DURATION:PT15M');
    expect(lines).toContain('URL:https://handcheck.example/check-in');
    expect(lines).toContain('TRIGGER:PT0M');
  });

  it('escapes the description and folds it', () => {
    const description = unfold(text)
      .split('\r\n')
      .find((l) => l.startsWith('DESCRIPTION:A few'));
    expect(description).toContain('hot or swollen\\, do not wait');
    for (const physical of text.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it('is the same text for the same input (no clock, no randomness)', () => {
    const again = icsCalendar({
      ...base,
      uidDomain: 'feed-abc.handcheck.example',
      events: checkInReminderEvents({
        dates: ['2026-03-16', '2026-03-23'],
        time: '18:30',
        url: 'https://handcheck.example/check-in',
      }),
    });
    expect(again).toBe(text);
  });

  it('makes all-day events without an alarm when no time is given', () => {
    const lines = unfold(icsCalendar({ ...base, events: [{ date: '2026-12-31', title: 'Check-in' }] })).split(
      '\r\n',
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('UID:checkin-20261231@handcheck');
    expect(lines).not.toContain('BEGIN:VALARM');
  });

  it('is a valid empty calendar with no events', () => {
    expect(icsCalendar({ ...base, events: [] })).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it.each([
    [{ dtstamp: '2026-03-16 08:00' }, /dtstamp must be a UTC instant/],
    [{ events: [{ date: '2026-3-16', title: 'x' }] }, /events\[0\]\.date must be a date written YYYY-MM-DD/],
    [{ events: [{ date: '2026-03-16', time: '24:00', title: 'x' }] }, /events\[0\]\.time must be HH:MM/],
    [
      { events: [{ date: '2026-03-16', title: 'x', url: 'https://a.example/\r\nX-EVIL:1' }] },
      /url must not contain spaces or line breaks/,
    ],
    [
      {
        events: [
          { date: '2026-03-16', title: 'a' },
          { date: '2026-03-16', title: 'b' },
        ],
      },
      /events\[1\] repeats UID:checkin-20260316@handcheck/,
    ],
  ])('refuses %o with a message naming the field', (bad, message) => {
    expect(() => icsCalendar({ ...base, events: [], ...bad })).toThrow(message);
  });
});
