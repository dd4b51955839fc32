-- A usual check-in save (issue 16) takes no lock while it reads: it reads the person's context,
-- the rules' state and the recent window in one statement, lets core work, then writes the
-- check-in, its audit row, its alerts and the panel row in one statement that takes the record's
-- lock and updates the panel row only if this revision is still the one it read. Every write of
-- the panel row adds one, so any change to the record in between (another save, an amendment, an
-- acknowledgement, a new context) makes the write do nothing, and the save reads again.
alter table patient_summary add column revision bigint not null default 0;
