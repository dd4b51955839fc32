import { checkInReminderEvents, icsCalendar, reminderDatesFor } from '@handcheck/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../auth/guard';
import { newToken, tokenHash } from '../auth/tokens';
import { notFound } from '../http/errors';
import { audited } from '../repos/audit';
import { findFeed, loadContext, loadReminder, saveReminder, setFeedTokenHash } from '../repos/contexts';
import { baseUrl } from './careShared';
import type { RouteDeps } from './deps';

const ReminderBody = z.strictObject({
  weekday: z.number().int().min(0).max(6, { error: 'must be 0–6 (0 = Sunday)' }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time written HH:MM (24-hour)' }),
});

/** How many reminders the feed lists ahead: about a year at the weekly cadence. */
const FEED_EVENTS = 52;

/**
 * Check-in reminders and the private calendar feed. The feed URL carries a 256-bit token that is
 * stored hashed, so it is shown once, when made (like a password); `feedActive` says one exists.
 */
export const reminderRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { db, publicUrl }) => {
  const base = (request: FastifyRequest) => baseUrl(request, publicUrl);

  const show = (
    r: { weekday: number; time: string; feedActive: boolean },
    feedUrl: string | null = null,
  ) => ({
    weekday: r.weekday,
    time: r.time,
    feedUrl,
    feedActive: r.feedActive,
  });

  app.get('/api/reminders', { config: { auth: 'patient' } }, async (request) => {
    const me = currentUser(request);
    return show(
      await audited(db, { actor: me.id, action: 'reminders.read', patient: me.id }, (tx) =>
        loadReminder(tx, me.id),
      ),
    );
  });

  app.put(
    '/api/reminders',
    { config: { auth: 'patient' }, schema: { body: ReminderBody } },
    async (request) => {
      const me = currentUser(request);
      return show(
        await audited(db, { actor: me.id, action: 'reminders.update', patient: me.id }, async (tx) => {
          await saveReminder(tx, me.id, request.body.weekday, request.body.time);
          return loadReminder(tx, me.id);
        }),
      );
    },
  );

  app.post('/api/reminders/feed', { config: { auth: 'patient' } }, async (request, reply) => {
    const me = currentUser(request);
    const token = newToken();
    await audited(db, { actor: me.id, action: 'reminders.feed.create', patient: me.id }, (tx) =>
      setFeedTokenHash(tx, me.id, tokenHash(token)),
    );
    return reply.code(201).send({ feedUrl: `${base(request)}/ics/${token}.ics` });
  });

  app.delete('/api/reminders/feed', { config: { auth: 'patient' } }, async (request, reply) => {
    const me = currentUser(request);
    await audited(db, { actor: me.id, action: 'reminders.feed.delete', patient: me.id }, (tx) =>
      setFeedTokenHash(tx, me.id, null),
    );
    return reply.code(204).send();
  });

  // Calendar apps fetch this without cookies: the token in the path is the credential.
  app.get(
    '/ics/:file',
    { config: { auth: 'none' }, schema: { params: z.strictObject({ file: z.string().max(100) }) } },
    async (request, reply) => {
      const token = /^([\w-]{43})\.ics$/.exec(request.params.file)?.[1];
      const feed = token ? await findFeed(db, tokenHash(token)) : undefined;
      if (!feed) throw notFound('That calendar');
      // Read by a calendar app, with no session: the actor is unknown, the token's owner is the patient.
      const context = await audited(
        db,
        { actor: null, action: 'reminders.feed.read', patient: feed.patientId },
        (tx) => loadContext(tx, feed.patientId),
      );
      const now = new Date();
      // The watch follows the risk profile (core's `checkInSchedule`), as "Me" says in words.
      const dates = reminderDatesFor(context, {
        weekday: feed.weekday,
        from: now.toISOString().slice(0, 10),
        count: FEED_EVENTS,
      });
      const body = icsCalendar({
        events: checkInReminderEvents({ dates, time: feed.time, url: `${base(request)}/` }),
        prodId: '-//HandCheck//Check-in reminders//EN',
        calName: 'HandCheck check-ins',
        dtstamp: `${now.toISOString().slice(0, 19)}Z`,
        uidDomain: `${feed.patientId}.handcheck`,
      });
      return reply.type('text/calendar; charset=utf-8').send(body);
    },
  );
};
