/**
 * The navigation bar of a role's own side (the clinician's, the administrator's): its screens as
 * large buttons, the current one marked for screen readers (`aria-current`), who is signed in, and
 * Sign out.
 */
import './RoleNav.css';
import type { ComponentChildren } from 'preact';
import { Link, useLocation } from 'wouter-preact';
import { useSignOut } from '../signOut';

interface Props {
  /** The navigation landmark's name, e.g. "Clinician". */
  readonly label: string;
  readonly links: readonly { readonly href: string; readonly text: string }[];
  /** Who is signed in, as the bar says it. */
  readonly children: ComponentChildren;
}

export function RoleNav({ label, links, children }: Props) {
  const [location] = useLocation();
  const signOut = useSignOut();
  return (
    <nav class="role-nav" aria-label={label}>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} aria-current={location === l.href ? 'page' : undefined} class="nav-button">
              {l.text}
            </Link>
          </li>
        ))}
        <li class="who-am-i">
          <span>{children}</span>
          <button type="button" class="secondary" onClick={signOut}>
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}
