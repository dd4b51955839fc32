/**
 * The clinician's side of the app, shown instead of the patient's screens when the signed-in
 * person has the `clinician` role: the panel, one patient's page, adding a patient by share code.
 * Loaded on demand, so patients never download it.
 */
import './clinician.css';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter-preact';
import { api } from '../../api';
import { useSession } from '../../session';
import { AddPatientPage } from './AddPatient';
import { PanelPage } from './Panel';
import { PatientPage } from './PatientPage';

export function ClinicianArea() {
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

function ClinicianNav() {
  const [location, navigate] = useLocation();
  const { user, setUser } = useSession();
  const signOut = async () => {
    try {
      await api.signOut();
    } finally {
      navigate('/');
      setUser(null);
    }
  };
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
