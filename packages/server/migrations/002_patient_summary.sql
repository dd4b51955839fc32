-- The clinician panel reads one row per patient, kept up to date in the same transaction as every
-- check-in write and alert acknowledgement, so the panel never scans check-ins.
-- Status is decided at read time from these columns and today's date (red flag, then warning
-- within two weeks, then overdue, then stable).
create table patient_summary (
  patient_id uuid primary key references users (id) on delete cascade,
  last_checkin_date date,
  -- First day the person counts as overdue (core's overdue rule, cadence included); null = never.
  overdue_from date,
  -- An unacknowledged critical alert (a red flag) is open.
  red_flag_open boolean not null default false,
  -- Date of the newest unacknowledged warning alert (worsening, new pattern, grade 3, pain), if any.
  warning_latest date,
  -- Condition ids the latest check-in resembles, best first.
  pattern jsonb not null default '[]',
  -- Worst severity per calendar week (weeks counted from 1970-01-01, a Thursday), oldest first;
  -- the last element is week `sparkline_week`. Shifted to today's weeks when read.
  sparkline jsonb not null default '[]',
  sparkline_week int,
  -- Unacknowledged alerts, most urgent first: [{key, kind, level, reason, date}].
  open_alerts jsonb not null default '[]',
  updated_at timestamptz not null default now()
);

