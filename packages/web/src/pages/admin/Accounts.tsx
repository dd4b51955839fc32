/**
 * Every account on this HandCheck: email, name, role, when it was made, and whether it can sign
 * in. Search and "Show" narrow the list in the browser (the server sends accounts only, no health
 * data). A clinician who signed up waits for an administrator's Approve before any patient is
 * shown to them. Disabling or enabling asks first, in a dialog that says what will happen. A table on wide
 * screens, one card per account on a phone (CSS shows one; the hidden one is hidden from screen
 * readers too).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { useSession } from '../../session';
import { type Account, adminApi } from './api';
import { createdOn, FILTERS, type FilterId, matches, ROLE_WORDS } from './words';

/** Enough rows to scan; more on request, so a large clinic does not render thousands at once. */
const SHOWN_AT_ONCE = 100;

export function AccountsPage() {
  const { user } = useSession();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [limit, setLimit] = useState(SHOWN_AT_ONCE);
  const [confirming, setConfirming] = useState<Account | null>(null);
  const [done, setDone] = useState('');

  const load = () => {
    setLoadError(null);
    adminApi.accounts().then(
      // Newest first: the accounts an administrator is most often asked about.
      (items) => setAccounts([...items].reverse()),
      (e: unknown) =>
        setLoadError(e instanceof ApiError ? e.message : 'Could not load the accounts. Try again.'),
    );
  };
  useEffect(load, []);

  const found = useMemo(() => {
    const keep = FILTERS.find((f) => f.id === filter)?.keep ?? (() => true);
    return (accounts ?? []).filter((a) => keep(a) && matches(a, typed));
  }, [accounts, typed, filter]);
  const shown = found.slice(0, limit);

  const changed = (a: Account) => {
    setAccounts((list) => list?.map((x) => (x.id === a.id ? a : x)) ?? null);
    setDone(
      a.disabled
        ? `${a.email} is disabled: signed out everywhere and cannot sign in.`
        : `${a.email} is enabled again and can sign in.`,
    );
  };

  const approve = (a: Account) => {
    adminApi.approve(a.id).then(
      () => {
        setAccounts((list) => list?.map((x) => (x.id === a.id ? { ...x, approved: true } : x)) ?? null);
        setDone(`${a.email} is approved: they now see the patients who share with them.`);
      },
      (e: unknown) => setDone(e instanceof ApiError ? e.message : `Could not approve ${a.email}. Try again.`),
    );
  };
  const waiting = (accounts ?? []).filter((a) => a.role === 'clinician' && !a.approved).length;

  return (
    <div class="accounts">
      <h1>Accounts</h1>
      <p class="hint">
        Everyone with a HandCheck account here, newest first. You manage who can sign in; health records stay
        private to patients and the clinicians they share with.
      </p>
      {waiting > 0 && (
        <p class="hint awaiting-count">
          {waiting === 1 ? '1 clinician is' : `${waiting} clinicians are`} waiting for your approval: check
          who they are before you press Approve.
        </p>
      )}

      <div class="accounts-tools">
        <search>
          <form onSubmit={(e) => e.preventDefault()}>
            <label class="field">
              <span>Search by email or name</span>
              <input
                type="search"
                value={typed}
                autoComplete="off"
                onInput={(e) => {
                  setTyped(e.currentTarget.value);
                  setLimit(SHOWN_AT_ONCE);
                }}
              />
            </label>
          </form>
        </search>
        <fieldset>
          <legend>Show</legend>
          <div class="chips">
            {FILTERS.map((f) => (
              <button
                key={f.id}
                type="button"
                class="chip"
                aria-pressed={filter === f.id}
                onClick={() => {
                  setFilter(f.id);
                  setLimit(SHOWN_AT_ONCE);
                }}
              >
                {f.label}
              </button>
            ))}
          </div>
        </fieldset>
      </div>

      <p class="accounts-count" role="status">
        {accounts ? countWords(found.length, accounts.length, typed) : loadError ? '' : 'Loading…'}
      </p>
      {loadError && (
        <div role="alert" class="error-box">
          <p class="error">{loadError}</p>
          <button type="button" class="secondary" onClick={load}>
            Try again
          </button>
        </div>
      )}
      <p role="status" class="ok">
        {done}
      </p>

      {shown.length > 0 && (
        <>
          <AccountsTable rows={shown} me={user?.id} onAsk={setConfirming} onApprove={approve} />
          <AccountCards rows={shown} me={user?.id} onAsk={setConfirming} onApprove={approve} />
        </>
      )}
      {found.length > shown.length && (
        <button type="button" class="secondary wide" onClick={() => setLimit(limit + SHOWN_AT_ONCE)}>
          Show {Math.min(SHOWN_AT_ONCE, found.length - shown.length)} more
        </button>
      )}

      {confirming && (
        <ConfirmDialog account={confirming} onDone={changed} onClose={() => setConfirming(null)} />
      )}
    </div>
  );
}

function countWords(found: number, total: number, typed: string): string {
  const of = found === total ? `${total}` : `${found} of ${total}`;
  const q = typed.trim();
  return `${of} account${total === 1 ? '' : 's'}${q ? ` matching “${q}”` : ''}`;
}

interface RowsProps {
  readonly rows: readonly Account[];
  /** The administrator's own id: the server refuses to disable yourself, so no button is offered. */
  readonly me: string | undefined;
  readonly onAsk: (a: Account) => void;
  readonly onApprove: (a: Account) => void;
}

function AccountsTable({ rows, me, onAsk, onApprove }: RowsProps) {
  return (
    <table class="accounts-table">
      <caption class="visually-hidden">Accounts, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Created</th>
          <th scope="col">Sign-in</th>
          <th scope="col">
            <span class="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} class={a.disabled ? 'is-disabled' : undefined}>
            <th scope="row">{a.email}</th>
            <td>{a.name ?? <span class="muted">—</span>}</td>
            <td>{ROLE_WORDS[a.role]}</td>
            <td>
              <time dateTime={a.createdAt}>{createdOn(a.createdAt)}</time>
            </td>
            <td>
              <AccessBadge disabled={a.disabled} />
              <ApprovalBadge account={a} />
            </td>
            <td>
              <ApproveButton account={a} onApprove={onApprove} />
              <ToggleButton account={a} me={me} onAsk={onAsk} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AccountCards({ rows, me, onAsk, onApprove }: RowsProps) {
  return (
    <ul class="account-cards">
      {rows.map((a) => (
        <li key={a.id} class={`card${a.disabled ? ' is-disabled' : ''}`}>
          <p class="account-email">{a.email}</p>
          <dl>
            <dt>Name</dt>
            <dd>{a.name ?? '—'}</dd>
            <dt>Role</dt>
            <dd>{ROLE_WORDS[a.role]}</dd>
            <dt>Created</dt>
            <dd>
              <time dateTime={a.createdAt}>{createdOn(a.createdAt)}</time>
            </dd>
            <dt>Sign-in</dt>
            <dd>
              <AccessBadge disabled={a.disabled} />
              <ApprovalBadge account={a} />
            </dd>
          </dl>
          <ApproveButton account={a} onApprove={onApprove} />
          <ToggleButton account={a} me={me} onAsk={onAsk} />
        </li>
      ))}
    </ul>
  );
}

/** Icon and word, not colour alone. */
function AccessBadge({ disabled }: { disabled: boolean }) {
  return disabled ? (
    <span class="access access-off">
      <span aria-hidden="true">⊘</span> Disabled
    </span>
  ) : (
    <span class="access access-on">
      <span aria-hidden="true">✓</span> Active
    </span>
  );
}

const awaiting = (a: Account) => a.role === 'clinician' && !a.approved;

function ApprovalBadge({ account }: { account: Account }) {
  if (!awaiting(account)) return null;
  return (
    <span class="access access-waiting">
      {' '}
      <span aria-hidden="true">⏳</span> Awaiting approval
    </span>
  );
}

/** Approving is not destructive and can be undone by disabling: no dialog. */
function ApproveButton({ account, onApprove }: { account: Account; onApprove: (a: Account) => void }) {
  if (!awaiting(account)) return null;
  return (
    <button type="button" class="primary" onClick={() => onApprove(account)}>
      <span>
        Approve<span class="visually-hidden"> {account.email}</span>
      </span>
    </button>
  );
}

function ToggleButton({
  account,
  me,
  onAsk,
}: {
  account: Account;
  me: string | undefined;
  onAsk: (a: Account) => void;
}) {
  if (account.id === me) return <span class="muted">This is you</span>;
  return (
    <button type="button" class={account.disabled ? 'secondary' : 'danger'} onClick={() => onAsk(account)}>
      {/* One inline run (not flex items): "Disable…" on screen, "Disable maria@…" when read out. */}
      <span>
        {account.disabled ? 'Enable' : 'Disable'}
        <span class="visually-hidden"> {account.email}</span>
        <span aria-hidden="true">…</span>
      </span>
    </button>
  );
}

/**
 * "Disable maria@…?" in a modal dialog: focus starts on Cancel (the harmless answer), Escape
 * closes it, and focus returns to the button that opened it.
 */
function ConfirmDialog({
  account,
  onDone,
  onClose,
}: {
  account: Account;
  onDone: (a: Account) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const disabling = !account.disabled;

  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await adminApi.setDisabled(account.id, disabling);
      onDone({ ...account, disabled: disabling });
      dialog.current?.close();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Please try again.');
      setBusy(false);
    }
  };

  const who = `${account.name ? `${account.name}, ` : ''}${ROLE_WORDS[account.role].toLowerCase()}`;
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-what"
      onClose={onClose}
    >
      <h2 id="confirm-title">
        {disabling ? 'Disable' : 'Enable'} {account.email}?
      </h2>
      <p id="confirm-what">
        {disabling
          ? `This account (${who}) will be signed out on every device and cannot sign in until an administrator enables it again. Nothing in it is deleted.`
          : `This account (${who}) can sign in again with its password or passkey.`}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row-buttons">
        <button type="button" class={disabling ? 'danger' : 'primary'} disabled={busy} onClick={confirm}>
          {disabling ? 'Disable the account' : 'Enable the account'}
        </button>
        <button ref={cancel} type="button" class="secondary" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
