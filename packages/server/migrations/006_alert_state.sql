-- What the alert rules remember of a record (core's AlertState, plain JSON), rewritten with the
-- panel row after every change, so a new check-in is judged without reading the whole history.
-- Null (records saved before this column, or a state of an older shape): rebuilt from the record.
alter table patient_summary add column alert_state jsonb;
