/**
 * The administrator's side of the app, shown instead of the patient's screens when the signed-in
 * person has the `admin` role: the accounts list, nothing else. An administrator manages who can
 * sign in and never sees health data. Loaded on demand, so patients never download it.
 */
import './admin.css';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter-preact';
import { useSession } from '../../session';
import { useSignOut } from '../../signOut';
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
  const [location] = useLocation();
  const { user } = useSession();
  const signOut = useSignOut();
  return (
    <nav class="admin-nav" aria-label="Administrator">
      <ul>
        <li>
          <Link href="/admin" aria-current={location === '/admin' ? 'page' : undefined} class="nav-button">
            Accounts
          </Link>
        </li>
        <li class="who-am-i">
          <span>
            {user?.email} <span class="muted">(administrator)</span>
          </span>
          <button type="button" class="secondary" onClick={signOut}>
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}
