-- One name per thing (issue 16): the person's context (medicine courses, risk factors, country)
-- is "context" in the code, the API and the web, so its table is too. The column holding the
-- version was already `context_version` (004). Renaming keeps the rows, the grants and the
-- foreign keys; the constraints and their indexes, named after the table when 001 made it,
-- follow it.
alter table profiles rename to contexts;
alter table contexts rename constraint profiles_pkey to contexts_pkey;
alter table contexts rename constraint profiles_patient_id_fkey to contexts_patient_id_fkey;
alter table contexts rename constraint profiles_ics_token_hash_key to contexts_ics_token_hash_key;
alter table contexts rename constraint profiles_reminder_weekday_check to contexts_reminder_weekday_check;
alter table contexts rename constraint profiles_reminder_time_check to contexts_reminder_time_check;
