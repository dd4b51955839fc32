-- One name per thing (issue 16): the person's context (medicine courses, risk factors, country)
-- is "context" in the code, the API and the web, so its table is too. The column holding the
-- version was already `context_version` (004). Renaming keeps the rows, the grants and the
-- foreign keys pointing at users.
alter table profiles rename to contexts;

-- The constraints 001 named after the table follow it (the key and the unique feed hash rename
-- their indexes with them). Which ones exist depends on the server: PostgreSQL 18 (and PGlite)
-- also names each NOT NULL (`profiles_context_not_null`), older servers do not. So every
-- constraint of the table still called `profiles_…` is renamed, whatever the server made.
do $$
declare
  c record;
begin
  for c in
    select conname from pg_constraint
     where conrelid = 'contexts'::regclass and conname like 'profiles\_%'
  loop
    execute format('alter table contexts rename constraint %I to %I',
                   c.conname, 'contexts_' || substr(c.conname, length('profiles_') + 1));
  end loop;
end
$$;
