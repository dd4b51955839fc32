/**
 * The severity chart's view model, shared by the person's History, the clinician's patient page
 * and (through the same `GpSummary`) the PDF: one series per line with a value for every week of
 * the timeline, the marks on the time axis, the usual-onset band, the week symptoms began and the
 * hands' worst severities.
 * Pure; colours and layout are the screens' own.
 */
import { TREATMENT_LABELS } from '../checkin/labels';
import type { GpSummary } from './gpSummary';
import { capitalize } from './wording';

export type ChartAudience = 'patient' | 'clinician';

export interface ChartViewSeries {
  /** `worst` or a condition id. */
  readonly key: string;
  readonly label: string;
  /** One value per week of `GpSummary.timeline.weeks` (null where that line has no value). */
  readonly values: readonly (number | null)[];
}

export interface ChartViewMark {
  readonly week: number;
  readonly label: string;
  readonly kind: 'treatment' | 'medicine';
}

export interface ChartView {
  readonly series: readonly ChartViewSeries[];
  readonly marks: readonly ChartViewMark[];
  /** The usual onset weeks, shaded; null without a medicine start. */
  readonly band: { readonly from: number; readonly to: number; readonly label: string } | null;
  /**
   * The week symptoms began (`GpSummary.onset`, as the PDF marks it), with its words for the legend
   * and for a screen reader; null when no area was ever above 0.
   */
  readonly onset: { readonly week: number; readonly label: string; readonly text: string } | null;
  /** Worst severity per area over the summary's 4-week window. */
  readonly worst: ReadonlyMap<string, number>;
}

const WORST_LABEL: Readonly<Record<ChartAudience, string>> = {
  patient: 'Worst of all areas',
  clinician: 'Worst area',
};

export function chartView(summary: GpSummary, audience: ChartAudience): ChartView {
  const weeks = summary.timeline.weeks.map((w) => w.week);
  const series = summary.series.map((s) => {
    const byWeek = new Map(s.points.map((p) => [p.week, p.value]));
    return {
      key: s.key,
      label: s.key === 'worst' ? WORST_LABEL[audience] : capitalize(s.name),
      values: weeks.map((w) => byWeek.get(w) ?? null),
    };
  });
  const marks: ChartViewMark[] = [
    ...summary.treatmentMarks.map((m) => ({
      week: m.week,
      // The person's own words for what they tried; the clinician's term on their page.
      label: audience === 'patient' ? TREATMENT_LABELS[m.kind] : m.name,
      kind: 'treatment' as const,
    })),
    ...summary.medicineMarks.map((m) => ({
      week: m.week,
      label: capitalize(m.label),
      kind: 'medicine' as const,
    })),
  ].filter((m, i, all) => all.findIndex((x) => x.week === m.week && x.label === m.label) === i);
  const band = summary.onsetWindow
    ? {
        from: summary.onsetWindow.fromWeek,
        to: summary.onsetWindow.toWeek,
        label: 'Usual onset: first 3 months',
      }
    : null;
  const onset =
    summary.onset && summary.onset.week !== null
      ? {
          week: summary.onset.week,
          label: 'Symptoms began',
          text: `Symptoms ${summary.onset.reported ? 'began' : 'first recorded'} in week ${summary.onset.week}.`,
        }
      : null;
  return { series, marks, band, onset, worst: new Map(summary.regions.map((r) => [r.id, r.worst])) };
}
