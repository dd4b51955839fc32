/**
 * The record service: every change to a person's record goes through here, and each does, in the
 * caller's transaction, the same steps in the same order:
 *
 *   lock the record → read what the rules need → core (assess, replay the alerts, the panel row)
 *   → write the change → write the alerts → write the panel row.
 *
 * Routes, the FHIR import, the demo and the CLI call it; it calls the repositories (SQL only) and
 * core (the rules). The lock serialises writers of one person, so two saves cannot leave stale
 * alerts or a stale panel row, and the history read after it holds every save that committed
 * before ours.
 *
 * The one exception is the usual new check-in from the person (`submitCheckIn`): it reads without
 * the lock, and its single write statement takes the lock and writes only if the panel row's
 * revision is still the one it read (every change above moves it), else it reads again.
 */
import {
  type AlertConfig,
  type AlertEntry,
  type AlertState,
  acknowledgeInState,
  addDays,
  assess,
  type CheckIn,
  Context,
  openAfter,
  openAfterReplay,
  PANEL_WINDOW_DAYS,
  type PatientRecord,
  parseAlertState,
  RECENT_WINDOW_DAYS,
  replayEpisodes,
  type StoredCheckIn,
  stepAlerts,
  summarizePanel,
} from '@handcheck/core';
import type { Db, Queryable } from '../db';
import { insertImportedPatient } from '../repos/accounts';
import {
  acknowledgeAlert,
  acknowledgedOn,
  insertImportedAlert,
  listOpenAlerts,
  replaceAlerts,
} from '../repos/alerts';
import {
  type AuditedBy,
  alertEntries,
  deleteCheckIn,
  getCheckIn,
  insertImportedCheckIn,
  insertVersion,
  lockCheckIn,
  recentEntries,
  updateCheckIn,
} from '../repos/checkins';
import { insertContext, loadContext, saveContext } from '../repos/contexts';
import { lockRecord } from '../repos/locks';
import { readForSave, type SaveReads } from '../repos/saveReads';
import { writeSave } from '../repos/saveWrites';
import { loadAlertState, patientsWithoutSummary, saveSummary } from '../repos/summaries';
import { insertImportedTreatment } from '../repos/treatments';
import { saveVersionedContext } from '../repos/versions';

export type { AuditedBy } from '../repos/checkins';

/** A new check-in to write, and for whom. */
interface NewCheckIn {
  readonly patientId: string;
  readonly checkIn: CheckIn;
  readonly audit: AuditedBy | undefined;
  readonly clientKey: string | undefined;
}

/** What one try of a save did. */
type SaveAttempt =
  | { readonly kind: 'saved'; readonly stored: StoredCheckIn }
  /** A check-in is already stored under the client key. */
  | { readonly kind: 'replay'; readonly id: string }
  /** Another change to the record landed between the read and the write: nothing was written. */
  | { readonly kind: 'conflict' };

/** Under the record's lock nothing else changes it, so a try always saves. */
function savedUnderLock(tried: SaveAttempt): StoredCheckIn {
  if (tried.kind !== 'saved') throw new Error(`a save under the record's lock did not land (${tried.kind})`);
  return tried.stored;
}

/** A check-in's place among acknowledgements when it is being saved now: after all of them. */
const AFTER_EVERYTHING = '9999-12-31T23:59:59.999Z';

/**
 * Tries of the lock-free save before taking the lock: each failed one means another change to the
 * same record landed first, which only a person's own devices (or their care team) cause.
 */
const RETRIES = 5;

export type AmendResult =
  | { ok: true; checkIn: StoredCheckIn }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; currentVersion: number };

/** Stored as the password hash of imported accounts: not an argon2 hash, so nothing verifies. */
export const NO_PASSWORD = '!imported-no-password';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idOrNew = (id: string) => (UUID.test(id) ? id : null);

export class RecordService {
  /** `alerts`: the thresholds in force (from the server's configuration). */
  constructor(readonly alerts: AlertConfig) {}

  /**
   * A new check-in from the person (the check-in route): stored once, however often the phone
   * retries with the same client key (`replay`: stored before, returned as it was).
   *
   * No lock is held while it reads and core works: the usual one — dated on or after the latest,
   * on a record with a panel row — takes two statements (`saveLatest`): one reads, core works, one
   * writes, and the write checks the panel row's revision. One dated before the latest reads the
   * whole record as well (`saveAgainstWholeRecord`). Should another change land in between, the
   * write does nothing and it reads again; after `RETRIES` such tries it is saved in a transaction
   * under the record's lock.
   */
  async submitCheckIn(
    db: Db,
    patientId: string,
    checkIn: CheckIn,
    audit: AuditedBy,
    clientKey?: string,
  ): Promise<{ stored: StoredCheckIn; replay: boolean }> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const tried = await this.trySave(db, patientId, checkIn, audit, clientKey);
      if (tried.kind === 'saved') return { stored: tried.stored, replay: false };
      if (tried.kind === 'replay') return this.replayOf(db, patientId, tried.id);
    }
    return db.transaction(async (tx) => {
      await lockRecord(tx, patientId);
      const tried = await this.trySave(tx, patientId, checkIn, audit, clientKey);
      if (tried.kind === 'replay') return this.replayOf(tx, patientId, tried.id);
      return { stored: savedUnderLock(tried), replay: false };
    });
  }

  private async replayOf(db: Queryable, patientId: string, id: string) {
    const stored = await getCheckIn(db, patientId, id);
    if (!stored) throw new Error(`the check-in ${id} stored under this client key has gone`);
    return { stored, replay: true };
  }

  /**
   * Assesses a new check-in with core and stores both, then the alerts from its date on and the
   * panel row, in the caller's transaction under the record's lock. With `audit`, the audit row
   * (target: the new check-in) goes in with the insert, in the same statement.
   */
  async saveCheckIn(
    tx: Queryable,
    patientId: string,
    checkIn: CheckIn,
    audit?: AuditedBy,
  ): Promise<StoredCheckIn> {
    await lockRecord(tx, patientId);
    return savedUnderLock(await this.trySave(tx, patientId, checkIn, audit));
  }

  /**
   * One try: the usual save when the check-in is the latest and the rules' state is usable, else
   * judged against the whole record. Nothing is written when the record moved since the read.
   */
  private async trySave(
    q: Queryable,
    patientId: string,
    checkIn: CheckIn,
    audit: AuditedBy | undefined,
    clientKey?: string,
  ): Promise<SaveAttempt> {
    const reads = await readForSave(q, patientId, {
      after: addDays(checkIn.date, -RECENT_WINDOW_DAYS),
      on: checkIn.date,
      clientKey,
    });
    if (reads.storedUnderKey) return { kind: 'replay', id: reads.storedUnderKey };
    const state = parseAlertState(reads.alertState ?? undefined);
    const write = { patientId, checkIn, audit, clientKey };
    if (reads.revision !== null && state && (state.lastDate === null || checkIn.date >= state.lastDate))
      return this.saveLatest(q, write, reads, state);
    return this.saveAgainstWholeRecord(q, write, reads);
  }

  /**
   * The usual save: a check-in dated on or after the latest. The read (`readForSave`) holds the
   * context, the rules' stored state, the open alerts and only the recent window (what `assess`
   * and the panel row need), so its cost does not grow with the length of the record; core
   * assesses it, steps the alerts and builds the panel row; one statement writes it all
   * (`writeSave`), if the panel row's revision is still the one read.
   */
  private async saveLatest(
    q: Queryable,
    write: NewCheckIn,
    reads: SaveReads,
    state: AlertState,
  ): Promise<SaveAttempt> {
    const context = Context.parse(reads.context ?? {});
    const assessment = assess(
      write.checkIn,
      context,
      reads.recent.map((e) => e.checkIn),
    );
    // Dated on or after every stored one and created last: it is the latest.
    const entry: AlertEntry = { checkIn: write.checkIn, assessment };
    const step = stepAlerts(state, entry, this.alerts);
    const open = openAfter(reads.openAlerts, step.changes, reads.acknowledged);
    const stored = await writeSave(q, {
      ...write,
      revision: reads.revision,
      assessment,
      summary: summarizePanel([...reads.recent, entry], context, open, this.alerts, step.state),
      alertState: step.state,
      alerts: { step: step.changes },
    });
    return stored ? { kind: 'saved', stored } : { kind: 'conflict' };
  }

  /**
   * A check-in dated before the latest, or a record with no usable state or panel row yet: judged
   * against the whole record, then every episode replayed with it in its place (by date, after the
   * others of its date) and written in place of the stored alerts, in one statement as above.
   * The whole record is read after the revision (`reads`), so the revision check covers it too.
   */
  private async saveAgainstWholeRecord(
    q: Queryable,
    write: NewCheckIn,
    reads: SaveReads,
  ): Promise<SaveAttempt> {
    const context = Context.parse(reads.context ?? {});
    const history = await alertEntries(q, write.patientId);
    const acknowledged = await acknowledgedOn(q, write.patientId);
    const { checkIn } = write;
    // `assess` keeps the check-ins dated before this one.
    const assessment = assess(
      checkIn,
      context,
      history.map((e) => e.checkIn),
    );
    // Saved after every acknowledgement made so far (one made after the read moves the revision).
    const at = history.filter((e) => e.checkIn.date <= checkIn.date).length;
    const entries: (AlertEntry & { readonly createdAt?: string })[] = [...history];
    entries.splice(at, 0, { checkIn, assessment, createdAt: AFTER_EVERYTHING });
    const replay = replayEpisodes(entries, acknowledged, this.alerts);
    const open = openAfterReplay(reads.openAlerts, replay.alerts, new Set(acknowledged.keys()));
    const stored = await writeSave(q, {
      ...write,
      revision: reads.revision,
      assessment,
      summary: summarizePanel(entries, context, open, this.alerts, replay.state),
      alertState: replay.state,
      alerts: { replay: replay.alerts },
    });
    return stored ? { kind: 'saved', stored } : { kind: 'conflict' };
  }

  /**
   * Replaces the check-in when `version` is the current one, keeping the earlier version (and the
   * assessment made then) in `checkin_versions`. Row-locked, so two amendments of one version
   * cannot both succeed.
   */
  async amendCheckIn(
    tx: Queryable,
    patientId: string,
    id: string,
    version: number,
    checkIn: CheckIn,
  ): Promise<AmendResult> {
    const cur = await lockCheckIn(tx, patientId, id);
    if (!cur) return { ok: false, reason: 'not_found' };
    if (cur.version !== version) return { ok: false, reason: 'conflict', currentVersion: cur.version };
    // The row first, then the person (as delete does), so the two cannot deadlock.
    await lockRecord(tx, patientId);
    const context = await loadContext(tx, patientId);
    const others = (await alertEntries(tx, patientId)).filter((e) => e.id !== id);
    await insertVersion(tx, {
      checkInId: id,
      version: cur.version,
      checkIn: cur.checkIn,
      assessment: cur.assessment,
      rulesVersion: cur.rulesVersion,
      savedAt: cur.updatedAtRaw,
    });
    const assessment = assess(
      checkIn,
      context,
      others.map((e) => e.checkIn),
    );
    const stored = await updateCheckIn(tx, patientId, id, checkIn, assessment);
    // Alerts from the earlier of the old and new dates on are recomputed (reading the record again:
    // the amended check-in keeps its place among those of its date, by creation).
    await this.afterChange(tx, patientId, context, [cur.checkIn.date, checkIn.date].toSorted()[0] as string);
    return { ok: true, checkIn: stored };
  }

  /** False when there is no such check-in. */
  async deleteCheckIn(tx: Queryable, patientId: string, id: string): Promise<boolean> {
    const date = await deleteCheckIn(tx, patientId, id);
    if (date === undefined) return false;
    await lockRecord(tx, patientId);
    await this.afterChange(tx, patientId, await loadContext(tx, patientId), date);
    return true;
  }

  /** The person's context (medicines, risk); the medicine's start dates the panel's overdue reminder. */
  async saveContext(tx: Queryable, patientId: string, context: Context): Promise<void> {
    await lockRecord(tx, patientId);
    await saveContext(tx, patientId, context);
    await this.afterChange(tx, patientId, await loadContext(tx, patientId));
  }

  /**
   * Saves the context when `expected` is its current version (or always, when undefined), then the
   * panel row; throws `ContextVersionConflict` for a stale save. Returns the new version.
   */
  async saveVersionedContext(
    tx: Queryable,
    patientId: string,
    context: Context,
    expected: number | undefined,
  ): Promise<number> {
    // Lock first, as every change does (the same order as a check-in's save: no deadlock).
    await lockRecord(tx, patientId);
    const version = await saveVersionedContext(tx, patientId, context, expected);
    await this.afterChange(tx, patientId, await loadContext(tx, patientId));
    return version;
  }

  /**
   * Marks one alert acknowledged by `clinicianId`: its episode stays (acknowledged) and reopens
   * only beyond the level acknowledged; then the panel row. False when there is no such alert.
   */
  async acknowledgeAlert(
    tx: Queryable,
    patientId: string,
    key: string,
    clinicianId: string,
  ): Promise<boolean> {
    await lockRecord(tx, patientId);
    if (!(await acknowledgeAlert(tx, patientId, key, clinicianId))) return false;
    const context = await loadContext(tx, patientId);
    const state = parseAlertState(await loadAlertState(tx, patientId));
    if (!state) {
      await this.afterChange(tx, patientId, context, '0001-01-01');
      return true;
    }
    const next = acknowledgeInState(state, key);
    const recent = await recentEntries(tx, patientId, PANEL_WINDOW_DAYS);
    const open = await listOpenAlerts(tx, patientId);
    await saveSummary(tx, patientId, summarizePanel(recent, context, open, this.alerts, next), next);
    return true;
  }

  /**
   * A whole record brought in (FHIR import) as a new patient account: our ids and timestamps kept
   * where they are free, so an export of the import matches the original; assessments and alerts
   * as they were stored. Returns the new patient's id.
   */
  async importRecord(tx: Queryable, record: PatientRecord, email: string): Promise<string> {
    const patientId = await insertImportedPatient(tx, {
      wantedId: UUID.test(record.patient.id) ? record.patient.id : null,
      email,
      passwordHash: NO_PASSWORD,
      name: record.patient.name,
    });
    await lockRecord(tx, patientId);
    await insertContext(tx, patientId, record.context);
    for (const { id, ...treatment } of record.treatments) {
      await insertImportedTreatment(tx, patientId, idOrNew(id), treatment);
    }
    for (const c of record.checkIns) await insertImportedCheckIn(tx, patientId, c, idOrNew(c.id));
    for (const a of record.alerts) await insertImportedAlert(tx, patientId, a);
    await this.afterChange(tx, patientId, record.context);
    return patientId;
  }

  /**
   * Brings records saved before the panel existed (schema 002) onto it: alerts and a panel row for
   * every patient with check-ins or a medicine but no row yet, one transaction each. Runs at
   * start; a no-op once done. Returns how many records it brought up to date.
   */
  async backfill(db: Db): Promise<number> {
    const missing = await patientsWithoutSummary(db);
    for (const id of missing) {
      await db.transaction((tx) => this.recompute(tx, id, '0001-01-01'));
    }
    return missing.length;
  }

  /**
   * Recomputes what the record derives (alerts from `from` on, when given; the panel row) from
   * what is stored now, as after any change. Nothing else changes.
   */
  async recompute(tx: Queryable, patientId: string, from?: string): Promise<void> {
    await lockRecord(tx, patientId);
    await this.afterChange(tx, patientId, await loadContext(tx, patientId), from);
  }

  /**
   * After a change, in the caller's transaction and under `lockRecord`: with `from` (a change to
   * the check-ins), replay the record's episodes from the first check-in (acknowledgements
   * included) and rewrite the alerts and the rules' state; then the panel row. `entries` are every check-in as stored now, oldest first, when the caller has them.
   */
  private async afterChange(
    tx: Queryable,
    patientId: string,
    context: Context,
    from?: string,
    known?: readonly AlertEntry[],
  ): Promise<void> {
    if (from === undefined) {
      // Only the last 12 weeks feed the sparkline; the latest check-in feeds the rest.
      const recent = await recentEntries(tx, patientId, PANEL_WINDOW_DAYS);
      const open = await listOpenAlerts(tx, patientId);
      const state = parseAlertState(await loadAlertState(tx, patientId));
      await saveSummary(tx, patientId, summarizePanel(recent, context, open, this.alerts, state));
      return;
    }
    // The whole record again, with the acknowledgements made: episodes depend on what came before.
    const entries = known ?? (await alertEntries(tx, patientId));
    const replay = replayEpisodes(entries, await acknowledgedOn(tx, patientId), this.alerts);
    const open = await replaceAlerts(tx, patientId, replay.alerts);
    await saveSummary(
      tx,
      patientId,
      summarizePanel(entries, context, open, this.alerts, replay.state),
      replay.state,
    );
  }
}
