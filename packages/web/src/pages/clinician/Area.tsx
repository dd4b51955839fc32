/**
 * The clinician's side of the app, shown instead of the patient's screens when the signed-in
 * person has the `clinician` role: the panel, one patient's page, adding a patient by share code.
 * Loaded on demand, so patients never download it.
 */
import './clinician.css';
import { useState } from 'preact/hooks';
import { Redirect, Route, Switch, useLocation } from 'wouter-preact';
import { RoleNav } from '../../components/RoleNav';
import { useSession } from '../../session';
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

const CLINICIAN_SCREENS = [
  { href: '/clinician', text: 'All patients' },
  { href: '/clinician/add', text: 'Add a patient' },
] as const;

function ClinicianNav() {
  const { user } = useSession();
  return (
    <RoleNav label="Clinician" links={CLINICIAN_SCREENS}>
      {user?.name ?? user?.email}
    </RoleNav>
  );
}
