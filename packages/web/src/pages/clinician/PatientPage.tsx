/**
 * One patient, for a GP with a minute: what is asked of the GP and what changed, then the open
 * alerts (each with its reason and an Acknowledge button), then the latest assessment (red flags
 * first, what it resembles, next steps), the severity chart and hands as the patient sees them, scores,
 * treatments and every check-in. Everything clinical comes from core's `gpSummary` (the same model
 * as the PDF), so the page and the PDF never disagree.
 */
import { type GpSummary, gpSummary, type PatientRecord } from '@handcheck/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError } from '../../api';
import { today } from '../../words';
import { AlertsSection } from './Alerts';
import { clinicianApi } from './api';
import { AtAGlance, LatestAssessment } from './LatestAssessment';
import { MedicineSection, TreatmentEffectSection } from './MedicineSection';
import { CheckInsSection, ScoresSection, TreatmentsSection } from './RecordSections';
import { TrendSection } from './TrendSection';
import { patientName } from './words';

export function PatientPage({ id }: { id: string }) {
  const [record, setRecord] = useState<PatientRecord | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    clinicianApi.patient(id).then(
      (v) => {
        setRecord(v.record);
        setError(null);
      },
      (e: unknown) =>
        setError(
          e instanceof ApiError && e.status === 404
            ? 'This patient is not on your panel: they may have stopped sharing with you.'
            : e instanceof ApiError
              ? e.message
              : 'Could not load this patient. Check your connection and try again.',
        ),
    );

  useEffect(() => {
    setRecord(null);
    load();
  }, [id]);

  const summary = useMemo(() => (record ? gpSummary(record, today()) : null), [record]);

  useEffect(() => {
    if (!record) return;
    const before = document.title;
    document.title = `${patientName(record.patient)} · HandCheck`;
    return () => {
      document.title = before;
    };
  }, [record]);

  if (error)
    return (
      <>
        <p role="alert" class="error">
          {error}
        </p>
        <Link href="/clinician">Back to all patients</Link>
      </>
    );
  if (!record || !summary) return <p class="loading">Loading…</p>;

  return (
    <article class="patient" aria-labelledby="patient-title">
      <PatientHeader record={record} summary={summary} />
      <AtAGlance summary={summary} />
      <AlertsSection record={record} onChanged={load} />
      <LatestAssessment record={record} summary={summary} />
      <TrendSection summary={summary} />
      <ScoresSection summary={summary} />
      <MedicineSection record={record} />
      <TreatmentsSection summary={summary} />
      <TreatmentEffectSection record={record} />
      <CheckInsSection record={record} summary={summary} />
      <p class="hint">{summary.disclaimer}</p>
    </article>
  );
}

/**
 * The link that opened this page is gone: start keyboard and screen-reader users at the patient's
 * name rather than at the top of the document.
 */
function focusOnce(el: HTMLHeadingElement | null) {
  if (el && !el.dataset.focused) {
    el.dataset.focused = 'yes';
    el.focus({ preventScroll: true });
  }
}

function PatientHeader({ record, summary }: { record: PatientRecord; summary: GpSummary }) {
  const p = record.patient;
  return (
    <header class="patient-head">
      <div>
        <h1 id="patient-title" tabIndex={-1} ref={focusOnce}>
          {patientName(p)}
        </h1>
        <ul class="plain facts">
          {p.name && <li>{p.email}</li>}
          {summary.patient.age !== null && <li>Age {summary.patient.age}</li>}
          <li>{summary.medicine ? summary.medicine.text : 'No aromatase inhibitor start date given'}</li>
          {summary.onset && <li>{summary.onset.text}</li>}
          <li>
            {summary.latestCheckIn ? `Latest check-in ${summary.latestCheckIn}` : 'No check-ins yet'} ·{' '}
            {record.checkIns.length} in all
          </li>
        </ul>
      </div>
      <div class="head-actions">
        <a class="button primary" href={clinicianApi.reportUrl(p.id)} download>
          <span aria-hidden="true">⤓</span> Download GP summary (PDF)
        </a>
      </div>
    </header>
  );
}
