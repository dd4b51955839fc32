/**
 * The clinician's panel: everyone who shared their record with me, most in need first (the server
 * sorts: red flag → worse in the last 2 weeks → overdue → stable). A table on wide screens, one
 * card per patient on a phone (CSS shows one or the other; the hidden one is hidden from screen
 * readers too). Search is debounced; the filter and page survive a visit to a patient's page.
 */
import { PANEL_STATUSES, type PanelRow, type PanelStatus } from '@handcheck/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError } from '../../api';
import { Sparkline } from '../../components/Sparkline';
import { clinicianApi, type PanelQuery, type PanelResult } from './api';
import {
  ALERT_KIND_WORDS,
  patientName,
  patternWords,
  STATUS,
  shortDate,
  signedUpWords,
  URGENCY_WORDS,
  weeksOn,
} from './words';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 300;

// Kept for the session (in memory only) so "back to all patients" returns to the same view.
let remembered: PanelQuery = { q: '', status: null, page: 1, pageSize: PAGE_SIZE };

export function PanelPage() {
  const [query, setQuery] = useState<PanelQuery>(remembered);
  const [typed, setTyped] = useState(remembered.q);
  // The answer with the query that asked for it: words and paging never mix an old answer with a new query.
  const [data, setData] = useState<(PanelResult & { query: PanelQuery }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const request = useRef(0);

  useEffect(() => {
    remembered = query;
    const mine = ++request.current;
    setBusy(true);
    clinicianApi.panel(query).then(
      (page) => {
        if (mine !== request.current) return; // an older answer arriving late
        setData({ ...page, query });
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (mine !== request.current) return;
        setError(e instanceof ApiError ? e.message : 'Could not load your patients. Try again.');
        setBusy(false);
      },
    );
  }, [query]);

  useEffect(() => {
    if (typed === query.q) return;
    const t = setTimeout(() => setQuery((q) => ({ ...q, q: typed, page: 1 })), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [typed, query.q]);

  const pages = data ? Math.max(1, Math.ceil(data.total / data.query.pageSize)) : 1;
  const filtered = data ? data.query.q.trim() !== '' || data.query.status !== null : false;
  const empty = data !== null && data.total === 0 && !filtered;

  return (
    <div class="panel">
      <h1>Your patients</h1>
      <p class="hint">People who shared their HandCheck record with you. Most in need first.</p>

      {/* Nothing to search or filter yet: the steps to add a patient come first instead. */}
      {!empty && (
        <div class="panel-tools">
          <search class="panel-search">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setQuery((q) => ({ ...q, q: typed, page: 1 }));
              }}
            >
              <label class="field">
                <span>Search by name or email</span>
                <input
                  type="search"
                  value={typed}
                  autoComplete="off"
                  onInput={(e) => setTyped(e.currentTarget.value)}
                />
              </label>
            </form>
          </search>
          <fieldset class="status-filter">
            <legend>Show</legend>
            <div class="chips">
              <FilterButton
                pressed={query.status === null}
                onClick={() => setQuery((q) => ({ ...q, status: null, page: 1 }))}
              >
                Everyone
              </FilterButton>
              {PANEL_STATUSES.map((s) => (
                <FilterButton
                  key={s}
                  pressed={query.status === s}
                  onClick={() => setQuery((q) => ({ ...q, status: s, page: 1 }))}
                >
                  <span aria-hidden="true">{STATUS[s].icon}</span> {STATUS[s].label}
                </FilterButton>
              ))}
            </div>
            <details class="legend">
              <summary>What the statuses mean</summary>
              <p>
                <strong>Red flag</strong>: a warning sign not yet acknowledged. <strong>Worse lately</strong>:
                an alert in the last 2 weeks. <strong>Overdue</strong>: no check-in when one was due.{' '}
                <strong>No check-in yet</strong>: signed up, nothing sent so far. <strong>Stable</strong>:
                none of these. Red flags list the most urgent first (emergency, today, within days), then the
                newest.
              </p>
            </details>
          </fieldset>
        </div>
      )}

      <p class="panel-count" role="status">
        {busy && !data ? 'Loading…' : data ? countWords(data.total, data.query) : ''}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}

      {data?.awaitingApproval && (
        <section class="card notice awaiting-approval" aria-labelledby="awaiting-title">
          <h2 id="awaiting-title">Waiting for approval</h2>
          <p>
            An administrator of this HandCheck checks every new clinician account before any patient’s record
            is shown. Until then this list stays empty, and share codes cannot be used yet.
          </p>
        </section>
      )}

      {empty && (
        <section class="card notice empty-panel" aria-labelledby="empty-title">
          <h2 id="empty-title">No patients yet</h2>
          <p>Patients decide who sees their record. To add one:</p>
          <ol>
            <li>
              Ask the patient to open <strong>Share</strong> in their HandCheck app and press{' '}
              <strong>Make a share code</strong>.
            </li>
            <li>They read out or show you the 8-character code. It works once, for 72 hours.</li>
            <li>
              Open <strong>Add a patient</strong> (at the top of this page) and type the code.
            </li>
          </ol>
          <Link href="/clinician/add" class="button primary">
            Add a patient with a share code
          </Link>
        </section>
      )}

      {data && data.items.length > 0 && (
        <div aria-busy={busy}>
          <PanelTable rows={data.items} />
          <PanelCards rows={data.items} />
        </div>
      )}

      {data && pages > 1 && (
        <nav class="pager" aria-label="Pages of patients">
          <button
            type="button"
            class="secondary"
            disabled={data.query.page <= 1}
            onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))}
          >
            ‹ Previous
          </button>
          <span>
            Page {data.query.page} of {pages}
          </span>
          <button
            type="button"
            class="secondary"
            disabled={data.query.page >= pages}
            onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))}
          >
            Next ›
          </button>
        </nav>
      )}
    </div>
  );
}

function countWords(total: number, query: PanelQuery): string {
  const who = `${total} patient${total === 1 ? '' : 's'}`;
  const parts = [query.status ? `${who}: ${STATUS[query.status].long.toLowerCase()}` : who];
  if (query.q.trim()) parts.push(`matching “${query.q.trim()}”`);
  return parts.join(' ');
}

function FilterButton(props: { pressed: boolean; onClick: () => void; children: ComponentChildren }) {
  return (
    <button type="button" class="chip" aria-pressed={props.pressed} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

export function StatusBadge({ status }: { status: PanelStatus }) {
  return (
    <span class={`status status-${status}`}>
      <span class="status-icon" aria-hidden="true">
        {STATUS[status].icon}
      </span>
      {STATUS[status].label}
    </span>
  );
}

function AlertsCell({ row }: { row: PanelRow }) {
  const top = row.openAlerts[0];
  if (!top) return <span class="muted">None open</span>;
  // The same count as the patient page: open alerts (an overdue check-in shows as the status).
  const n = row.openAlertCount;
  return (
    <>
      <strong>{n > 0 ? `${n} open alert${n === 1 ? '' : 's'}` : ALERT_KIND_WORDS[top.kind]}</strong>
      {row.redFlagUrgency && <span class="urgency">Red flag: {URGENCY_WORDS[row.redFlagUrgency]}</span>}
      <span class="top-alert">
        {ALERT_KIND_WORDS[top.kind]}: {top.reason}
      </span>
    </>
  );
}

/** The last check-in, or for someone who never sent one how long ago they signed up. */
function lastCheckIn(r: PanelRow): string {
  return r.lastCheckInDate ? shortDate(r.lastCheckInDate) : signedUpWords(r.signedUpOn);
}

/** The latest week's worst severity in words beside the sparkline (the picture has no axis). */
function Latest({ values }: { values: readonly (number | null)[] }) {
  const last = values.findLast((v) => v !== null);
  if (last === undefined || last === null) return null;
  return (
    <span class="spark-now" aria-hidden="true">
      latest {last}/10
    </span>
  );
}

const href = (row: PanelRow) => `/clinician/patients/${encodeURIComponent(row.patient.id)}`;

function PanelTable({ rows }: { rows: readonly PanelRow[] }) {
  return (
    <table class="panel-table">
      <caption class="visually-hidden">Your patients, most in need first</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Patient</th>
          <th scope="col">Medicine</th>
          <th scope="col">Pattern now</th>
          <th scope="col">Worst severity, 12 weeks</th>
          <th scope="col">Alerts</th>
          <th scope="col">Last check-in</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.patient.id} class={`row-${r.status}`}>
            <td>
              <StatusBadge status={r.status} />
            </td>
            <th scope="row">
              <Link href={href(r)} class="patient-link">
                {patientName(r.patient)}
              </Link>
              {r.patient.name && <span class="email">{r.patient.email}</span>}
            </th>
            <td class="col-medicine">{weeksOn(r.weeksSinceStart, r.medicine)}</td>
            <td class="col-pattern">{patternWords(r.pattern)}</td>
            <td>
              <Sparkline values={r.sparkline} />
              <Latest values={r.sparkline} />
            </td>
            <td class="alerts-cell">
              <AlertsCell row={r} />
            </td>
            <td class="col-date">{lastCheckIn(r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PanelCards({ rows }: { rows: readonly PanelRow[] }) {
  return (
    <ul class="plain panel-cards">
      {rows.map((r) => (
        <li key={r.patient.id} class={`patient-card row-${r.status}`}>
          <div class="card-head">
            <StatusBadge status={r.status} />
            <h2>
              {/* The link's box covers the whole card (CSS), so a tap anywhere opens the patient. */}
              <Link href={href(r)} class="patient-link stretched">
                {patientName(r.patient)}
              </Link>
            </h2>
          </div>
          <p class="card-line">
            {weeksOn(r.weeksSinceStart, r.medicine)} ·{' '}
            {r.lastCheckInDate
              ? `last check-in ${shortDate(r.lastCheckInDate)}`
              : signedUpWords(r.signedUpOn)}
          </p>
          <p class="card-line">Pattern now: {patternWords(r.pattern)}</p>
          <div class="card-line spark-line">
            <Sparkline values={r.sparkline} width={160} height={40} />
            <Latest values={r.sparkline} />
          </div>
          <p class="card-line alerts-cell">
            <AlertsCell row={r} />
          </p>
        </li>
      ))}
    </ul>
  );
}
