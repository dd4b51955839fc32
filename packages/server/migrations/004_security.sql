-- Security (issue 14): signed CDS Hooks calls, atomic attempt limits (attempt_counters replaces
-- login_failures, which is no longer read), an audit trail that says
-- whether each action was allowed, and clinician accounts an administrator approves.

-- The `jti` of every CDS Hooks JWT accepted, kept until the token expires: a token is used once.
create table cds_jti (
  issuer text not null,
  jti text not null,
  expires_at timestamptz not null,
  primary key (issuer, jti)
);
create index cds_jti_expires on cds_jti (expires_at);

-- One row per limited thing (scope + key: an e-mail, a client address, a clinician). An attempt
-- takes a slot with one upsert (a row lock), so parallel attempts cannot all read "under the
-- limit": exactly the limit is judged, the rest are refused. The window restarts once it is over.
create table attempt_counters (
  scope text not null,
  key text not null,
  window_start timestamptz not null default now(),
  count int not null default 0,
  primary key (scope, key)
);
create index attempt_counters_window on attempt_counters (window_start);

-- Every audit row says whether the action happened ('allowed') or was refused; a refused read
-- is recorded as a refusal, never as a read.
alter table audit_log add column outcome text not null default 'allowed'
  check (outcome in ('allowed', 'refused'));

-- A clinician who signs up can sign in but sees no patient until an administrator approves the
-- account. Accounts that existed before this migration stay approved.
alter table users add column approved boolean not null default true;
