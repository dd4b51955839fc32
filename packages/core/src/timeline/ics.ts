/**
 * An iCalendar (RFC 5545) feed of check-in reminders, as text. Pure: the stamp time is passed in and
 * every UID is derived from the event, so the same input always gives the same bytes and a calendar
 * that re-reads the feed sees the same events, not new ones.
 *
 * Written here rather than with an npm library: the `ics` package pulls in three runtime
 * dependencies (yup, nanoid, runes2), makes random UIDs and stamps the current time, and core keeps
 * to zod alone with no clock and no randomness. What RFC 5545 asks of a writer that matters here:
 * CRLF line ends (§3.1), lines folded at 75 octets without splitting a character (§3.1), TEXT values
 * escaped (§3.3.11), a UID and a UTC DTSTAMP in every event (§3.6.1). Times are "floating" (no time
 * zone, §3.3.5): a 6 pm reminder rings at 6 pm wherever the person is.
 */

export interface CalendarEvent {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, local (floating) time; without it the event is an all-day event. */
  readonly time?: string;
  readonly title: string;
  readonly description?: string;
  /** Where to go (e.g. the check-in page). */
  readonly url?: string;
  /** Minutes the event lasts when it has a time; 15 unless given. */
  readonly durationMinutes?: number;
  /** Stable unique id; `checkin-YYYYMMDD@<uidDomain>` unless given. */
  readonly uid?: string;
}

export interface CalendarRequest {
  readonly events: readonly CalendarEvent[];
  /** Who made the calendar, e.g. `-//HandCheck//Check-in reminders//EN`. */
  readonly prodId: string;
  /** Name a calendar app shows for the feed. */
  readonly calName: string;
  /** When the feed was written, an ISO 8601 UTC instant (`2026-03-16T08:00:00Z`); never read from a clock. */
  readonly dtstamp: string;
  /** Right-hand side of generated UIDs; use something unique to the feed's owner. */
  readonly uidDomain?: string;
  /** A display alarm at the time of each timed event (default true). */
  readonly alarm?: boolean;
}

const CRLF = '\r\n';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT; tab is.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no physical line is longer than 75 octets (RFC 5545 §3.1): each
 * continuation starts with a space, and a character is never cut in the middle.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function basicDate(date: string, what: string): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`${what} must be a date written YYYY-MM-DD (got "${date}")`);
  return `${m[1]}${m[2]}${m[3]}`;
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function stamp(instant: string): string {
  const m = INSTANT.exec(instant);
  if (!m) throw new RangeError(`dtstamp must be a UTC instant like 2026-03-16T08:00:00Z (got "${instant}")`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

function uri(url: string): string {
  // A URI has no spaces or control characters; one with a line break could inject properties.
  if ([...url].some((ch) => ch <= ' ' || ch === '\u007f'))
    throw new RangeError(`url must not contain spaces or line breaks (got ${JSON.stringify(url)})`);
  return url;
}

function eventLines(e: CalendarEvent, i: number, req: CalendarRequest, dtstamp: string): string[] {
  const day = basicDate(e.date, `events[${i}].date`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid ?? `checkin-${day}@${req.uidDomain ?? 'handcheck'}`)}`,
  ];
  lines.push(`DTSTAMP:${dtstamp}`);
  if (e.time !== undefined) {
    const t = TIME.exec(e.time);
    if (!t) throw new RangeError(`events[${i}].time must be HH:MM, 00:00–23:59 (got "${e.time}")`);
    const minutes = e.durationMinutes ?? 15;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
      throw new RangeError(`events[${i}].durationMinutes must be a whole number 1–1440 (got ${minutes})`);
    lines.push(`DTSTART:${day}T${t[1]}${t[2]}00`, `DURATION:PT${minutes}M`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${basicDate(nextDay(e.date), 'date')}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.description !== undefined) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url !== undefined) lines.push(`URL:${uri(e.url)}`);
  // A reminder should not mark the person as busy.
  lines.push('TRANSP:TRANSPARENT');
  if (e.time !== undefined && req.alarm !== false) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.title)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar as RFC 5545 text: CRLF line ends, folded lines, ending with a CRLF. */
export function icsCalendar(req: CalendarRequest): string {
  const dtstamp = stamp(req.dtstamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(req.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(req.calName)}`,
    `X-WR-CALNAME:${escapeText(req.calName)}`,
    // Ask subscribed calendars to re-read the feed daily (RFC 7986 and the common extension).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  const uids = new Set<string>();
  req.events.forEach((e, i) => {
    const event = eventLines(e, i, req, dtstamp);
    const uid = event[1] as string;
    if (uids.has(uid))
      throw new RangeError(`events[${i}] repeats ${uid}; give each event its own date or uid`);
    uids.add(uid);
    lines.push(...event);
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Reminder events for check-in dates, in our own plain words. */
export function checkInReminderEvents(opts: {
  readonly dates: readonly string[];
  readonly time?: string;
  readonly url?: string;
}): CalendarEvent[] {
  return opts.dates.map((date) => ({
    date,
    ...(opts.time !== undefined ? { time: opts.time } : {}),
    title: 'HandCheck: hand check-in',
    description:
      'A few minutes to mark how your hands and wrists have been since your last check-in. ' +
      'If something is suddenly much worse, red, hot or swollen, do not wait for this reminder: ' +
      'contact your GP or care team today.',
    ...(opts.url !== undefined ? { url: opts.url } : {}),
  }));
}
