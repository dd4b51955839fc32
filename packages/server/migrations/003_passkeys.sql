-- Passkeys (WebAuthn): sign in with a fingerprint, face or phone instead of typing a password.
-- id = the credential id (base64url) the authenticator chose; the public key is all we keep.
create table passkeys (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  public_key bytea not null,
  -- The authenticator's signature counter: a value that goes backwards means a cloned key.
  counter bigint not null default 0,
  transports jsonb not null default '[]',
  name text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);
create index passkeys_user on passkeys (user_id);

-- Challenges handed out by the options endpoints, kept here (not in a process) so any server
-- process can check the answer. id = sha256(hex) of the challenge; a row is deleted when used.
-- purpose 'register': for user_id only. purpose 'signin': anyone (the passkey names the person).
create table webauthn_challenges (
  id text primary key,
  purpose text not null check (purpose in ('register', 'signin')),
  user_id uuid references users (id) on delete cascade,
  expires_at timestamptz not null
);
create index webauthn_challenges_expires on webauthn_challenges (expires_at);
