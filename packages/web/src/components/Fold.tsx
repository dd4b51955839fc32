/**
 * A card that folds away: a `details` whose `summary` is the card's heading (optional questions on
 * "Me" and on the check-in). The browser gives it keyboard, screen-reader and open/closed states.
 */
import type { ComponentChildren } from 'preact';

export function Fold({ title, children }: { title: ComponentChildren; children: ComponentChildren }) {
  return (
    <details class="card">
      <summary>
        <h2>{title}</h2>
      </summary>
      {children}
    </details>
  );
}
