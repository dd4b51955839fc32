/**
 * Loads a screen's code only when it is first shown, so the check-in screen does not pay for the
 * chart library or the Learn pages. A small stand-in for preact/compat's `lazy`.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      load().then(
        (c) => {
          loaded = c;
          setScreen(() => c);
        },
        () => setFailed(true),
      );
    }, [Screen]);
    if (failed)
      return (
        <p role="alert" class="error">
          This screen could not load. Check your connection, then reload the page.
        </p>
      );
    if (!Screen)
      return (
        <p class="loading" aria-live="polite">
          Loading…
        </p>
      );
    return <Screen {...props} />;
  };
}
