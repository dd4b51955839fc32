-- Alerts are episodes (core alerts/episodes.ts): one row per episode, updated while it lasts.
-- `resolved_on`: the check-in date at which its condition had been gone for the stated weeks
-- (null while it lasts). An open alert is neither acknowledged nor resolved.
alter table alerts add column resolved_on date;
drop index if exists alerts_open;
create index alerts_open on alerts (patient_id) where acknowledged_at is null and resolved_on is null;
-- The panel row: how many alerts are open, and the most urgent open red flag (its urgency rank,
-- 0 emergency … 3 routine, and its newest date), so red flags sort the most urgent first.
alter table patient_summary add column open_count int not null default 0;
alter table patient_summary add column red_flag_rank int;
alter table patient_summary add column red_flag_latest date;
-- Stored states of the older shape are rebuilt from the record at the next change.
update patient_summary set alert_state = null;
