/**
 * "Me": the medicine over the years (every course kept), the risk profile (all optional, each
 * question saying why it is asked), how often we ask and why, the reminder with a private calendar
 * feed, passkeys, and signing out. Unsaved changes are kept on this phone (meDraft.ts).
 */
import {
  CHEMOTHERAPY_KINDS,
  type Context,
  checkInSchedule,
  countryFromLocale,
  DRUG_LABELS,
  DRUGS,
  type Drug,
  EMERGENCY_COUNTRIES,
  emergencyNumber,
  PRIOR_HAND_PROBLEMS,
  type RiskProfile,
} from '@handcheck/core';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { ApiError, api, ContextConflict } from '../api';
import { ChoiceChips, OneOf } from '../components/ChoiceChips';
import { Fold } from '../components/Fold';
import { type MedicineChangeDraft, MedicineCourses } from '../components/MedicineCourses';
import { NumberField } from '../components/NumberField';
import { Passkeys } from '../components/Passkeys';
import { ReminderForm } from '../components/ReminderForm';
import { Sources } from '../components/ResultView';
import { SafetyContext } from '../components/SafetyContext';
import { type SaveResult, SaveStatus } from '../components/SaveStatus';
import { YesNo } from '../components/YesNo';
import { clearDraft } from '../draft';
import { clearMeDraft, loadMeDraft, type MeDraft, saveMeDraft } from '../meDraft';
import { useSession } from '../session';
import { options, today } from '../words';

export function StartPage() {
  const { user, context, setContext, setUser } = useSession();
  const [, navigate] = useLocation();
  if (!context) return <p class="loading">Loading…</p>;
  return (
    <>
      <h1>{user?.name ? `Hello, ${user.name}` : 'About you'}</h1>
      <ContextForm context={context} onSaved={setContext} userId={user?.id ?? 'anonymous'} />
      <ScheduleCard context={context} />
      <ReminderForm />
      <Passkeys />
      <section aria-labelledby="account-title" class="card">
        <h2 id="account-title">Your account</h2>
        <p class="email">Signed in as {user?.email}.</p>
        <button
          type="button"
          class="secondary wide"
          onClick={async () => {
            await api.signOut().catch(() => {});
            // A shared phone must not keep one person's unsent answers for the next.
            if (user) {
              clearDraft(user.id);
              clearMeDraft(user.id);
            }
            navigate('/');
            setUser(null);
          }}
        >
          Sign out
        </button>
      </section>
    </>
  );
}

function ContextForm({
  context,
  onSaved,
  userId,
}: {
  context: Context;
  onSaved: (c: Context) => void;
  userId: string;
}) {
  const [draft, setDraftState] = useState<MeDraft>(() => loadMeDraft(userId) ?? {});
  const setDraft = (d: MeDraft) => {
    setDraftState(d);
    saveMeDraft(userId, d);
  };
  const hasMedicine = context.medicines.length > 0;
  const drug: Drug[] = draft.drug ? [draft.drug] : [];
  const startedOn = draft.startedOn ?? '';
  const risk: RiskProfile = draft.risk ?? context.risk;
  const country = draft.country ?? context.country ?? '';
  const [status, setStatus] = useState<SaveResult | null>(null);
  const unsaved = draft.risk !== undefined || draft.country !== undefined || draft.drug !== undefined;
  const set = <K extends keyof RiskProfile>(k: K, v: RiskProfile[K]) => {
    const next = { ...risk };
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[k];
    else next[k] = v;
    setDraft({ ...draft, risk: next });
  };
  const savedContext = (c: Context) => {
    onSaved(c);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (drug[0] && !startedOn) {
      setStatus({ ok: false, text: 'Please give the date you started the medicine (a guess is fine).' });
      return;
    }
    const medicines =
      !hasMedicine && drug[0] && startedOn ? [{ drug: drug[0], startedOn }] : context.medicines;
    const { country: _old, ...rest } = context;
    try {
      const saved = await api.saveContext({
        ...rest,
        medicines,
        risk,
        ...(country ? { country } : {}),
      });
      setDraft({ change: draft.change ?? null });
      if (!draft.change) clearMeDraft(userId);
      savedContext(saved);
      setStatus({ ok: true, text: 'Saved.' });
    } catch (err) {
      if (err instanceof ContextConflict) {
        setStatus({ ok: false, text: err.message, conflict: err.current });
        return;
      }
      setStatus({
        ok: false,
        text: err instanceof ApiError ? fieldsOf(err) : 'Could not save. Please try again.',
      });
    }
  };

  return (
    <form onSubmit={save} class="stack">
      <section aria-labelledby="medicine-title" class="card">
        <h2 id="medicine-title">Your medicine</h2>
        {hasMedicine ? (
          <MedicineCourses
            context={context}
            onSaved={savedContext}
            change={draft.change ?? null}
            setChange={(change: MedicineChangeDraft | null) => setDraft({ ...draft, change })}
          />
        ) : (
          <>
            <p class="hint">
              We count the weeks from the day you started it: most hand symptoms begin in the first months.
            </p>
            <OneOf
              legend="Which medicine do you take?"
              options={options(DRUGS, DRUG_LABELS)}
              value={draft.drug}
              onChange={(v) => setDraft({ ...draft, drug: v })}
            />
            <label class="field">
              <span>The day you started it</span>
              <input
                type="date"
                name="startedOn"
                max={today()}
                value={startedOn}
                onInput={(e) => setDraft({ ...draft, startedOn: e.currentTarget.value })}
              />
            </label>
          </>
        )}
      </section>

      <section aria-labelledby="country-title" class="card">
        <h2 id="country-title">Where you live</h2>
        <label class="field">
          <span>Your country</span>
          <small class="why">
            Why we ask: if a check-in needs emergency care, we offer to call the right number (now{' '}
            {emergencyNumber(country || countryFromLocale(navigator.language)).number}).
          </small>
          <select value={country} onChange={(e) => setDraft({ ...draft, country: e.currentTarget.value })}>
            <option value="">Not chosen (from this phone's language)</option>
            {EMERGENCY_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {countryName(c)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <Fold title="More about you (optional)">
        <p class="hint">Every question is optional. Your answers help HandCheck weigh what it sees.</p>
        <NumberField
          label="Your age"
          why="Why we ask: how often joint symptoms come with these medicines differs by age."
          min={18}
          max={120}
          value={risk.age}
          onChange={(v) => set('age', v)}
        />
        <OneOf
          legend="Your periods before the medicine"
          hint="Why we ask: joint symptoms are more common when the menopause was recent."
          options={[
            { value: 'pre', label: 'Still had periods' },
            { value: 'peri', label: 'Around the menopause' },
            { value: 'post', label: 'After the menopause' },
            { value: 'unknown', label: "Don't know" },
          ]}
          value={risk.menopause}
          onChange={(v) => set('menopause', v)}
        />
        <NumberField
          label="Years since your last period"
          why="Why we ask: the same reason, in more detail."
          min={0}
          max={80}
          value={risk.yearsSinceLastPeriod}
          onChange={(v) => set('yearsSinceLastPeriod', v)}
        />
        <NumberField
          label="Body mass index (BMI), if you know it"
          why="Why we ask: studies disagree, but weight may change the chance of joint symptoms."
          min={10}
          max={80}
          step="0.1"
          value={risk.bmi}
          onChange={(v) => set('bmi', v)}
        />
        <ChoiceChips
          legend="Chemotherapy you had"
          hint="Why we ask: some chemotherapy causes numbness that can look like a hand problem."
          options={options(CHEMOTHERAPY_KINDS, {
            taxane: 'A taxane (paclitaxel, docetaxel)',
            anthracycline: 'An anthracycline',
            platinum: 'A platinum drug',
            other: 'Another kind',
            unknown: "Had some, don't know which",
          })}
          selected={risk.chemotherapy ?? []}
          onChange={(v) => set('chemotherapy', v)}
        />
        <YesNo
          legend="Did you take HRT before your cancer?"
          hint="Why we ask: it has been linked to more joint and wrist symptoms."
          value={risk.priorHrt}
          onChange={(v) => set('priorHrt', v)}
        />
        <YesNo
          legend="Did you take tamoxifen before?"
          hint="Why we ask: it changes how joint symptoms tend to show up."
          value={risk.priorTamoxifen}
          onChange={(v) => set('priorTamoxifen', v)}
        />
        <YesNo
          legend="Do you have diabetes?"
          hint="Why we ask: it makes trigger finger more likely and can change which treatment works."
          value={risk.diabetes}
          onChange={(v) => set('diabetes', v)}
        />
        <OneOf
          legend="Arthritis you were told you have"
          hint="Why we ask: arthritis can look like the medicine's joint symptoms."
          options={[
            { value: 'none', label: 'None' },
            { value: 'osteoarthritis', label: 'Osteoarthritis' },
            { value: 'rheumatoid', label: 'Rheumatoid arthritis' },
            { value: 'other', label: 'Another kind' },
          ]}
          value={risk.arthritis}
          onChange={(v) => set('arthritis', v)}
        />
        <ChoiceChips
          legend="Hand problems you had before"
          hint="Why we ask: an old problem can come back, and looks alike."
          options={options(PRIOR_HAND_PROBLEMS, {
            carpal_tunnel: 'Carpal tunnel',
            trigger_finger: 'Trigger finger',
            de_quervain: "De Quervain's",
            arthritis: 'Arthritis in the hand',
            other: 'Something else',
          })}
          selected={risk.priorHandProblems ?? []}
          onChange={(v) => set('priorHandProblems', v)}
        />
        <OneOf
          legend="Lymph nodes removed from the armpit"
          hint="Why we ask: swelling on that side can be lymphoedema, which needs a different check."
          options={[
            { value: 'none', label: 'No' },
            { value: 'left', label: 'Left side' },
            { value: 'right', label: 'Right side' },
            { value: 'both', label: 'Both sides' },
          ]}
          value={risk.lymphNodeSurgerySide}
          onChange={(v) => set('lymphNodeSurgerySide', v)}
        />
        <YesNo
          legend="Did you have radiotherapy?"
          hint="Why we ask: the same reason as lymph node surgery."
          value={risk.radiotherapy}
          onChange={(v) => set('radiotherapy', v)}
        />
      </Fold>
      <SafetyContext risk={risk} set={set} />
      {unsaved && !status && (
        <p class="hint" role="status">
          Unsaved changes are kept on this phone until you save them.
        </p>
      )}
      {status && (
        <SaveStatus
          status={status}
          onLoadLatest={(latest) => {
            onSaved(latest);
            setDraft({ change: draft.change ?? null });
            setStatus({ ok: true, text: 'Loaded the latest details from your other device.' });
          }}
        />
      )}
      <button type="submit" class="primary wide">
        Save my details
      </button>
      {status?.ok && (
        <Link href="/" class="button secondary wide">
          Go to this week's check-in
        </Link>
      )}
    </form>
  );
}

/** How often we ask, and why, in words (core's `checkInSchedule`, the same as the calendar feed). */
function ScheduleCard({ context }: { context: Context }) {
  const s = checkInSchedule(context);
  return (
    <section aria-labelledby="schedule-title" class="card">
      <h2 id="schedule-title">How often we ask</h2>
      <p class="schedule">{s.text}</p>
      <p>{s.reason}</p>
      <Sources ids={s.sources} />
    </section>
  );
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function fieldsOf(err: ApiError): string {
  return err.fields.length ? err.fields.map((f) => `${f.field}: ${f.message}`).join(' ') : err.message;
}
