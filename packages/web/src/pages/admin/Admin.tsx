/**
 * The administrator's side of the app, shown instead of the patient's screens when the signed-in
 * person has the `admin` role: the accounts list, nothing else. An administrator manages who can
 * sign in and never sees health data. Loaded on demand, so patients never download it.
 */
import './admin.css';
import { Redirect, Route, Switch } from 'wouter-preact';
import { RoleNav } from '../../components/RoleNav';
import { useSession } from '../../session';
import { AccountsPage } from './Accounts';

export function AdminArea() {
  return (
    <div class="admin">
      <AdminNav />
      <Switch>
        <Route path="/admin">
          <AccountsPage />
        </Route>
        <Route>
          <Redirect to="/admin" replace />
        </Route>
      </Switch>
    </div>
  );
}

function AdminNav() {
  const { user } = useSession();
  return (
    <RoleNav label="Administrator" links={[{ href: '/admin', text: 'Accounts' }]}>
      {user?.email} <span class="muted">(administrator)</span>
    </RoleNav>
  );
}
