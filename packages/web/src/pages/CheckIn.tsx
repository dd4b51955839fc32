/**
 * The weekly check-in: mark areas on the drawing (or the list), describe each, then send.
 * The draft is saved on every change; "Same as last time" and "No symptoms this week" make an
 * unchanged week two taps: one to fill in, one to send.
 */
import { addDays, assess, type StoredCheckIn } from '@handcheck/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { ApiError, api } from '../api';
import { BodyMap } from '../components/BodyMap';
import { CheckInExtras } from '../components/CheckInExtras';
import { MedicineThisWeek } from '../components/MedicineThisWeek';
import { PainQuestions } from '../components/PainQuestions';
import { RegionDetails, regionTitle } from '../components/RegionDetails';
import { RegionList } from '../components/RegionList';
import { rovingKey } from '../components/roving';
import { SafetyQuestions } from '../components/SafetyQuestions';
import {
  clearDraft,
  completePart,
  type Draft,
  draftFrom,
  emptyDraft,
  loadDraft,
  painStarted,
  type RegionDraft,
  regionDone,
  saveDraft,
  validate,
} from '../draft';
import { keep, newKey, onOutboxChange, pending } from '../outbox';
import { rememberResult } from '../results';
import { useSession } from '../session';
import { longDate, today } from '../words';

export function CheckInPage() {
  const { user, context } = useSession();
  const userId = user?.id ?? 'anonymous';
  const [, navigate] = useLocation();
  const [draft, setDraftState] = useState<Draft>(() => {
    const saved = loadDraft(userId);
    return saved ? { ...saved, date: today() } : emptyDraft(today());
  });
  const [surface, setSurface] = useState<'palm' | 'back'>('palm');
  const [hand, setHand] = useState<'left' | 'right'>('right');
  const [last, setLast] = useState<StoredCheckIn | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  // Bumped when answers are filled in from elsewhere, so the area cards start afresh (folded when done).
  const [generation, setGeneration] = useState(0);
  const [sending, setSending] = useState(false);
  // "More about this week" starts open only when the draft already has answers there.
  const [moreOpen] = useState(
    () =>
      draft.treatments.length > 0 ||
      draft.elsewhere.length > 0 ||
      Object.keys(draft.hardToDo).length > 0 ||
      !!draft.notes,
  );
  const errorRef = useRef<HTMLDivElement>(null);
  const handSwitch = useRef<HTMLDivElement>(null);
  const kept = useKept(userId);

  const setDraft = (d: Draft) => {
    setDraftState(d);
    saveDraft(userId, d);
    setErrors([]);
  };

  useEffect(() => {
    // Warm the result screen's code at the first touch or key, so it shows at once after "Send"
    // without adding to what the check-in screen loads before the person can use it.
    const warm = () => {
      import('./Result').catch(() => {});
      window.removeEventListener('pointerdown', warm);
      window.removeEventListener('keydown', warm);
    };
    window.addEventListener('pointerdown', warm, { once: true });
    window.addEventListener('keydown', warm, { once: true });
    api.checkIns(addDays(today(), -400)).then(
      (items) => setLast(items.at(-1) ?? null),
      () => setLast(null),
    );
  }, []);

  const selected = useMemo(() => new Set(draft.regions.map((r) => r.region)), [draft.regions]);

  const toggle = (id: string) => {
    if (selected.has(id)) {
      setDraft({ ...draft, regions: draft.regions.filter((r) => r.region !== id) });
    } else {
      const fresh: RegionDraft = { region: id, symptoms: [], timing: [], worse: [], better: [] };
      setDraft({ ...draft, noSymptoms: false, regions: [...draft.regions, fresh] });
    }
  };

  const sameAsLast = () => {
    if (!last) return;
    const next = draftFrom(last.checkIn, today());
    setDraft(next);
    const first = next.regions[0]?.region;
    if (first) setHand(first.startsWith('left.') ? 'left' : 'right');
    setNotice(
      `Filled in from your check-in of ${longDate(last.checkIn.date)}. Change anything that is different, then send.`,
    );
  };

  const noSymptoms = () => {
    setDraft({ ...emptyDraft(today()), noSymptoms: true });
    setNotice('No symptoms this week. Tap "Send" to save it.');
  };

  const send = async () => {
    const problems = precheck(draft);
    if (problems.length === 0) {
      const v = validate(draft);
      if (!v.ok) problems.push(...v.errors.map((e) => `${e.field} ${e.message}`));
    }
    if (problems.length > 0) {
      setErrors(problems);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    const v = validate(draft);
    if (!v.ok) return;
    setSending(true);
    // Made before sending: if the answer is lost on the way, sending again cannot store it twice.
    const key = newKey();
    try {
      const stored = await api.sendCheckIn(v.value, key);
      clearDraft(userId);
      rememberResult(stored);
      setDraftState(emptyDraft(today()));
      navigate(`/result/${stored.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 0 && (await keepOffline(v.value, key))) return;
      setErrors([
        err instanceof ApiError
          ? [err.message, ...err.fields.map((f) => `${f.field} ${f.message}`)].join(' ')
          : 'Could not send. Your answers are kept on this phone; try again.',
      ]);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setSending(false);
    }
  };

  /** Offline: keep the check-in on this phone; it is sent by itself when the connection returns. */
  const keepOffline = async (checkIn: Parameters<typeof keep>[1], key: string): Promise<boolean> => {
    try {
      await keep(userId, checkIn, key);
    } catch {
      return false;
    }
    clearDraft(userId);
    setDraftState(emptyDraft(today()));
    setGeneration(generation + 1);
    setNotice(null);
    requestAnimationFrame(() => document.getElementById('kept-note')?.focus());
    return true;
  };

  const preview = useMemo(() => {
    const c = completePart(draft);
    return c && context ? assess(c, context, last ? [last.checkIn] : []) : null;
  }, [draft, context, last]);

  const marked = (h: 'left' | 'right') => draft.regions.filter((r) => r.region.startsWith(`${h}.`)).length;
  const onOtherSide = draft.regions.filter((r) => !r.region.includes(`.${surface}.`)).length;
  const hasMedicine = (context?.medicines.length ?? 0) > 0;
  const doneCount = draft.regions.filter(regionDone).length;

  return (
    <>
      <h1>This week's check-in</h1>
      {kept.count > 0 && (
        <p id="kept-note" class="card notice" role="status" tabIndex={-1}>
          {kept.count === 1 ? 'Your check-in is' : `${kept.count} check-ins are`} saved on this phone — it
          will be sent when you're online.
        </p>
      )}
      {kept.count === 0 && kept.sent && (
        <p class="card ok-card" role="status">
          Your check-in of {longDate(kept.sent)} was sent. <Link href="/history">See my history</Link>
        </p>
      )}
      {!hasMedicine && context && (
        <p class="card notice">
          Tell us which medicine you take and when you started it, so we can count the weeks.{' '}
          <Link href="/start">Add my medicine</Link>
        </p>
      )}
      <div class="quick">
        {last && (
          <button type="button" class="primary big" onClick={sameAsLast}>
            Same as last time
          </button>
        )}
        <button type="button" class="secondary big" aria-pressed={draft.noSymptoms} onClick={noSymptoms}>
          No symptoms this week
        </button>
      </div>
      <p role="status" class="ok">
        {notice}
      </p>

      <section aria-labelledby="map-title">
        <h2 id="map-title">Where do you feel it?</h2>
        <p class="hint">Tap each area that bothers you. Tap it again to unmark it.</p>
        <div class="map-controls">
          {/* One Tab stop for the pair, arrows between them (roving.ts), like the answer chips. */}
          <div class="hand-switch" ref={handSwitch}>
            {(['left', 'right'] as const).map((h) => (
              <button
                key={h}
                type="button"
                class="secondary"
                aria-pressed={hand === h}
                tabIndex={hand === h ? 0 : -1}
                onKeyDown={(e) => rovingKey(e, handSwitch.current)}
                onClick={() => setHand(h)}
              >
                {h === 'left' ? 'Left hand' : 'Right hand'}
                {marked(h) > 0 && (
                  <span class="count">
                    <span class="visually-hidden">, </span>
                    {marked(h)} marked
                  </span>
                )}
              </button>
            ))}
          </div>
          <button
            type="button"
            class="primary flip"
            onClick={() => setSurface(surface === 'palm' ? 'back' : 'palm')}
          >
            {surface === 'palm' ? 'Show back of hands' : 'Show palm side'}
            {onOtherSide > 0 && ` (${onOtherSide} marked)`}
          </button>
        </div>
        <BodyMap surface={surface} selected={selected} onToggle={toggle} focusHand={hand} />
        {draft.regions.length > 0 && (
          <p class="marked-note">
            {draft.regions.length} {draft.regions.length === 1 ? 'area' : 'areas'} marked. A few questions
            about each follow below.
          </p>
        )}
        <RegionList selected={selected} onToggle={toggle} />
      </section>

      {draft.regions.length > 0 && (
        <section aria-labelledby="areas-title">
          <h2 id="areas-title" tabIndex={-1}>
            Your marked areas ({doneCount} of {draft.regions.length} done)
          </h2>
          {draft.regions.map((r, i) => (
            <RegionDetails
              key={`${r.region}:${generation}`}
              draft={r}
              others={draft.regions.length - 1}
              onChange={(next) =>
                setDraft({ ...draft, regions: draft.regions.map((x, j) => (j === i ? next : x)) })
              }
              onRemove={() => toggle(r.region)}
              onCopyToOthers={() => {
                setGeneration(generation + 1);
                // Every area is answered now: on to the next part (the cards fold to one line each).
                requestAnimationFrame(() =>
                  (document.getElementById('pain-title') ?? document.getElementById('areas-title'))?.focus(),
                );
                setDraft({
                  ...draft,
                  regions: draft.regions.map((x) =>
                    x === r
                      ? x
                      : {
                          ...r,
                          region: x.region,
                          timing: [...r.timing],
                          worse: [...r.worse],
                          better: [...r.better],
                          symptoms: [...r.symptoms],
                        },
                  ),
                });
              }}
            />
          ))}
        </section>
      )}

      {(draft.regions.length > 0 || painStarted(draft.pain)) && (
        <PainQuestions
          pain={draft.pain}
          onChange={(pain) => setDraft({ ...draft, pain, noSymptoms: pain ? false : draft.noSymptoms })}
        />
      )}

      <SafetyQuestions draft={draft} onChange={setDraft} />
      <MedicineThisWeek draft={draft} onChange={setDraft} />
      {/* Optional, so one Tab stop until opened: a keyboard check-in stays short. */}
      <details class="more" open={moreOpen}>
        <summary>
          <h2 id="more-title">More about this week (optional)</h2>
        </summary>
        <CheckInExtras draft={draft} onChange={setDraft} />
      </details>

      {preview && (preview.redFlags.length > 0 || preview.resembles.length > 0) && (
        <section aria-labelledby="preview-title" class="card preview" aria-live="polite">
          <h2 id="preview-title">What we see so far</h2>
          {preview.redFlags.length > 0 && (
            <p class="flag-inline">
              <strong>Important:</strong> {preview.redFlags[0]?.action}
            </p>
          )}
          {preview.resembles.length > 0 && (
            <p>
              This resembles {preview.resembles.map((r) => r.name).join(', or ')}. Send to see the details.
            </p>
          )}
        </section>
      )}

      {errors.length > 0 && (
        <div class="error-box" role="alert" tabIndex={-1} ref={errorRef}>
          <h2>Before sending, please check:</h2>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="send-bar">
        <button type="button" class="primary send" onClick={send} disabled={sending}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
    </>
  );
}

/** How many check-ins wait on this phone, and the date of the last one sent by itself. */
function useKept(userId: string): { count: number; sent: string | null } {
  const [state, setState] = useState<{ count: number; sent: string | null }>({ count: 0, sent: null });
  useEffect(() => {
    let live = true;
    const refresh = (sent: readonly StoredCheckIn[] = []) =>
      pending(userId).then((p) => {
        if (live) setState((s) => ({ count: p.length, sent: sent.at(-1)?.checkIn.date ?? s.sent }));
      });
    refresh();
    const stop = onOutboxChange(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [userId]);
  return state;
}

/** Friendly checks before the schema's own: name the area and the missing answer. */
function precheck(d: Draft): string[] {
  if (d.regions.length === 0 && !d.noSymptoms)
    return ['Mark where you feel it on the drawing, or tap "No symptoms this week".'];
  const out: string[] = [];
  for (const r of d.regions) {
    const missing = [
      r.symptoms.length === 0 && 'what it feels like',
      r.severity === undefined && 'how bad it was (0–10)',
      r.daysPerWeek === undefined && 'on how many days',
    ].filter(Boolean);
    if (missing.length > 0) out.push(`${regionTitle(r.region)}: please choose ${missing.join(', ')}.`);
  }
  if (painStarted(d.pain) && d.pain?.worst === undefined)
    out.push('Your hand and joint pain: please choose how bad it was at its worst, or clear those answers.');
  return out;
}
