/**
 * Roving tabindex for a group of buttons (WAI-ARIA): the group is one Tab stop; arrow keys move
 * between its buttons, Home/End go to the ends, and a typed letter or digit jumps to the next button
 * whose text starts with it. Enter and Space are the buttons' own. Keeps keyboard check-ins short.
 */

/** Moves focus inside `group` for a key press; returns true when the key was used. */
export function rovingKey(e: KeyboardEvent, group: HTMLElement | null): boolean {
  if (!group) return false;
  const items = [...group.querySelectorAll<HTMLElement>('button:not([disabled])')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return false;
  let next = -1;
  if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(items.length - 1, at + 1);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, at - 1);
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = items.length - 1;
  else if (e.key.length === 1 && /\S/.test(e.key)) {
    const k = e.key.toLowerCase();
    for (let i = 1; i <= items.length && next < 0; i++) {
      const j = (at + i) % items.length;
      if ((items[j]?.textContent ?? '').replace('✓', '').trim().toLowerCase().startsWith(k)) next = j;
    }
  }
  if (next < 0) return false;
  e.preventDefault();
  focusItem(items, next);
  return true;
}

/** Makes item `i` the group's one Tab stop and focuses it. */
export function focusItem(items: readonly HTMLElement[], i: number): void {
  items.forEach((el, j) => {
    el.tabIndex = j === i ? 0 : -1;
  });
  items[i]?.focus();
}

/** The index that should hold the Tab stop: the first chosen item, else the first. */
export function tabStopOf(pressed: readonly boolean[]): number {
  const i = pressed.indexOf(true);
  return Math.max(i, 0);
}
