-- HandCheck schema, version 1. Same SQL on PGlite and PostgreSQL.
-- Deleting a user removes everything of theirs (on delete cascade); the audit log keeps only ids.

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  password_hash text not null,
  role text not null check (role in ('patient', 'clinician', 'admin')),
  name text,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);

-- id = sha256(hex) of the 256-bit token held in the cookie: a stolen table row opens nothing.
create table sessions (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- Failed attempts, kept in the database so several server processes share one count.
-- scope: 'signin_email' | 'signin_ip' | 'share_redeem'.
create table login_failures (
  id bigint generated always as identity primary key,
  scope text not null,
  key text not null,
  at timestamptz not null default now()
);
create index login_failures_scope_key_at on login_failures (scope, key, at);

create table profiles (
  patient_id uuid primary key references users (id) on delete cascade,
  context jsonb not null default '{"medicines": [], "risk": {}}',
  reminder_weekday int not null default 1 check (reminder_weekday between 0 and 6),
  reminder_time text not null default '18:00' check (reminder_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ics_token_hash text unique,
  updated_at timestamptz not null default now()
);

create table checkins (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references users (id) on delete cascade,
  version int not null default 1,
  date date not null,
  body jsonb not null,
  assessment jsonb not null,
  rules_version text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index checkins_patient_date on checkins (patient_id, date);

-- Earlier versions of an amended check-in, as they were (with the assessment made then).
create table checkin_versions (
  checkin_id uuid not null references checkins (id) on delete cascade,
  version int not null,
  body jsonb not null,
  assessment jsonb not null,
  rules_version text not null,
  saved_at timestamptz not null,
  primary key (checkin_id, version)
);

create table treatments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references users (id) on delete cascade,
  body jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index treatments_patient on treatments (patient_id);

create table share_codes (
  code_hash text primary key,
  patient_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index share_codes_patient on share_codes (patient_id);

create table shares (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references users (id) on delete cascade,
  clinician_id uuid not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create unique index shares_active on shares (patient_id, clinician_id) where revoked_at is null;
create index shares_clinician on shares (clinician_id) where revoked_at is null;

create table alerts (
  patient_id uuid not null references users (id) on delete cascade,
  key text not null,
  kind text not null,
  level text not null check (level in ('critical', 'warning', 'info')),
  date date not null,
  reason text not null,
  sources jsonb not null default '[]',
  created_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  acknowledged_by uuid references users (id) on delete set null,
  primary key (patient_id, key)
);
create index alerts_open on alerts (patient_id) where acknowledged_at is null;

-- Append-only: who did what to whose record, when. Ids only, never health data.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid,
  action text not null,
  patient uuid,
  target text
);
create index audit_log_patient on audit_log (patient, at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
