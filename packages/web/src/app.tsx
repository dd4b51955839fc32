/**
 * The app frame: session loading, routes (hash-based, so any static server and the offline app shell
 * work without server-side fallbacks), a header and the bottom navigation bar.
 */
import type { Context } from '@handcheck/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter-preact';
import { useHashLocation } from 'wouter-preact/use-hash-location';
import { ApiError, api, type User } from './api';
import { lazyScreen } from './lazy';
import { flush } from './outbox';
import { CheckInPage } from './pages/CheckIn';
import { SignInPage } from './pages/SignIn';
import { SessionContext, useSession } from './session';

const ResultPage = lazyScreen(() => import('./pages/Result').then((m) => m.ResultPage));
const StartPage = lazyScreen(() => import('./pages/Start').then((m) => m.StartPage));
const HistoryPage = lazyScreen(() => import('./pages/History').then((m) => m.HistoryPage));
const LearnPage = lazyScreen(() => import('./pages/Learn').then((m) => m.LearnPage));
const SharePage = lazyScreen(() => import('./pages/Share').then((m) => m.SharePage));
// The clinician's side (panel, patient pages) is its own bundle: patients never download it.
const ClinicianArea = lazyScreen(() => import('./pages/clinician/Area').then((m) => m.ClinicianArea));
// The administrator's accounts screen, likewise its own bundle.
const AdminArea = lazyScreen(() => import('./pages/admin/Admin').then((m) => m.AdminArea));

const NAV = [
  { href: '/', label: 'Check in', icon: '✎' },
  { href: '/history', label: 'History', icon: '▤' },
  { href: '/learn', label: 'Learn', icon: 'ℹ' },
  { href: '/share', label: 'Share', icon: '⇪' },
  { href: '/start', label: 'Me', icon: '☺' },
] as const;

export function App() {
  const [user, setUser] = useState<User | null>(null);
  const [context, setContext] = useState<Context | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'offline'>('loading');

  useEffect(() => {
    api.me().then(
      (u) => {
        setUser(u);
        setState('ready');
      },
      () => setState('offline'),
    );
  }, []);

  useEffect(() => {
    // Only a patient has a context (medicine and risk); a clinician or admin would get a 403.
    if (user?.role !== 'patient') {
      setContext(null);
      return;
    }
    // A dropped connection or a busy server must not leave the app on "Loading…": try again, slower.
    let stopped = false;
    const load = (attempt: number) =>
      api.context().then(
        (p) => !stopped && setContext(p),
        (e: unknown) => {
          if (stopped) return;
          if (e instanceof ApiError && e.status === 401) setUser(null);
          else if (attempt < 5) setTimeout(() => load(attempt + 1), 500 * 2 ** attempt);
        },
      );
    load(0);
    return () => {
      stopped = true;
    };
  }, [user]);

  return (
    <SessionContext.Provider value={{ user, context, setUser, setContext }}>
      <Router hook={useHashLocation}>
        <header class="top">
          <button type="button" class="skip" onClick={skipToMain}>
            Skip to content
          </button>
          <span class="brand">
            <img src="/icon.svg" alt="" width="32" height="32" /> HandCheck
          </span>
        </header>
        <main id="main" tabIndex={-1} class={user?.role === 'patient' ? 'patient-app' : undefined}>
          {state === 'loading' && <p class="loading">Loading…</p>}
          {state === 'offline' && (
            <p role="alert" class="error">
              Could not reach HandCheck. Check your connection, then reload the page.
            </p>
          )}
          {state === 'ready' && (user ? <AreaFor role={user.role} /> : <SignInPage />)}
        </main>
        {state === 'ready' && user?.role === 'patient' && <BottomNav />}
      </Router>
    </SessionContext.Provider>
  );
}

/** With hash routing, a plain `#main` link would change the route: move focus instead. */
function skipToMain() {
  document.getElementById('main')?.focus();
}

/** Each role has its own screens; the patient's are the default. */
function AreaFor({ role }: { role: User['role'] }) {
  if (role === 'clinician') return <ClinicianArea />;
  if (role === 'admin') return <AdminArea />;
  return <SignedIn />;
}

function SignedIn() {
  const { user } = useSession();
  // Check-ins kept on this phone while offline go out by themselves: now, and whenever it reconnects.
  useEffect(() => {
    if (!user) return;
    const send = () => {
      flush(user.id).catch(() => {});
    };
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [user?.id]);
  return (
    <Switch>
      <Route path="/">
        <CheckInPage />
      </Route>
      <Route path="/start">
        <StartPage />
      </Route>
      <Route path="/result/:id">{(p: { id: string }) => <ResultPage id={p.id} />}</Route>
      <Route path="/history">
        <HistoryPage />
      </Route>
      <Route path="/learn">
        <LearnPage />
      </Route>
      <Route path="/learn/:page">{(p: { page: string }) => <LearnPage page={p.page} />}</Route>
      <Route path="/share">
        <SharePage />
      </Route>
      <Route>
        <Redirect to="/" />
      </Route>
    </Switch>
  );
}

function BottomNav() {
  const [location] = useLocation();
  const current = (href: string) =>
    href === '/' ? location === '/' || location.startsWith('/result') : location.startsWith(href);
  return (
    <nav class="bottom" aria-label="Main">
      <ul>
        {NAV.map((n) => (
          <li key={n.href}>
            <NavLink href={n.href} current={current(n.href)}>
              <span class="icon" aria-hidden="true">
                {n.icon}
              </span>
              {n.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NavLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: ComponentChildren;
}) {
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
