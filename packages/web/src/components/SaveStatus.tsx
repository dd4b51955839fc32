/**
 * What a save on "Me" said: a status when it worked, an alert when not, and when the details were
 * changed on another device meanwhile, a button to load those instead of overwriting them.
 */
import type { Context } from '@handcheck/core';

export interface SaveResult {
  readonly ok: boolean;
  readonly text: string;
  /** The details saved elsewhere, when the save was refused for them. */
  readonly conflict?: Context;
}

export function SaveStatus({
  status,
  onLoadLatest,
}: {
  status: SaveResult;
  /** Takes the details saved elsewhere (`status.conflict`). */
  onLoadLatest: (latest: Context) => void;
}) {
  const { conflict } = status;
  return (
    <div role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>
      <p>{status.text}</p>
      {conflict && (
        <button type="button" class="secondary wide" onClick={() => onLoadLatest(conflict)}>
          Load the latest details
        </button>
      )}
    </div>
  );
}
