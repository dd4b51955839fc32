/**
 * The clinician's side of the app, shown instead of the patient's screens when the signed-in
 * person has the `clinician` role: the panel, one patient's page, adding a patient by share code.
 * Loaded on demand, so patients never download it.
 */
import './clinician.css';
import { useState } from 'preact/hooks';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter-preact';
import { useSession } from '../../session';
import { useSignOut } from '../../signOut';
import { AddPatientPage } from './AddPatient';
import { PanelPage } from './Panel';
import { PatientPage } from './PatientPage';

export function ClinicianArea() {
  useDeepLink();
  return (
    <div class="clinician">
      <ClinicianNav />
      <Switch>
        <Route path="/clinician">
          <PanelPage />
        </Route>
        <Route path="/clinician/add">
          <AddPatientPage />
        </Route>
        <Route path="/clinician/patients/:id">{(p: { id: string }) => <PatientPage id={p.id} />}</Route>
        <Route>
          <Redirect to="/clinician" replace />
        </Route>
      </Switch>
    </div>
  );
}

/**
 * CDS Hooks cards (and anyone pasting a link) open `/clinician/patients/<id>` as a path; the server
 * answers it with the app, whose routes live in the hash. Move the path into the hash once, also
 * after signing in (the sign-in screen leaves the path alone).
 */
function useDeepLink() {
  const [, navigate] = useLocation();
  // Before the routes first render (a state initialiser runs once, synchronously), so the panel is
  // never mounted, fetched and thrown away on the way to the patient.
  useState(() => {
    const path = window.location.pathname;
    if (!path.startsWith('/clinician/')) return;
    history.replaceState(history.state, '', `/${window.location.hash}`);
    navigate(path, { replace: true });
  });
}

function ClinicianNav() {
  const [location] = useLocation();
  const { user } = useSession();
  const signOut = useSignOut();
  return (
    <nav class="clinician-nav" aria-label="Clinician">
      <ul>
        <li>
          <Link
            href="/clinician"
            aria-current={location === '/clinician' ? 'page' : undefined}
            class="nav-button"
          >
            All patients
          </Link>
        </li>
        <li>
          <Link
            href="/clinician/add"
            aria-current={location === '/clinician/add' ? 'page' : undefined}
            class="nav-button"
          >
            Add a patient
          </Link>
        </li>
        <li class="who-am-i">
          <span>{user?.name ?? user?.email}</span>
          <button type="button" class="secondary" onClick={signOut}>
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}
