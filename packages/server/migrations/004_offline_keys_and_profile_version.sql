-- A check-in saved on a phone while offline is sent later with a key the phone made
-- (`Idempotency-Key`): a retry with the same key gets the stored check-in back, never a second row.
alter table checkins add column client_key text;
create unique index checkins_client_key on checkins (patient_id, client_key) where client_key is not null;

-- The profile's version (medicines and risk): a save made from an older version is refused with
-- 409 and the current profile, instead of silently overwriting what another device saved.
alter table profiles add column context_version int not null default 0;
