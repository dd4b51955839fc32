-- What a save reads of each earlier check-in in the recent window (issue 16): its date's areas with
-- their severities, and the patterns its assessment named with their areas (core's
-- `TimelineEntry`). Kept as a generated column, worked out once when a check-in is stored or
-- amended, so a save reads a few hundred bytes a check-in instead of the whole body and the
-- compressed assessment.
--
-- Declared immutable: it only takes jsonb apart and builds jsonb from jsonb (the builders are
-- marked stable for other argument types, whose text output can depend on settings).
create function checkin_marks(body jsonb, assessment jsonb) returns jsonb
language sql immutable parallel safe
return jsonb_build_object(
  'regions', coalesce(
    (select jsonb_agg(jsonb_build_object('region', r.value->'region', 'severity', r.value->'severity')
                      order by r.n)
       from jsonb_array_elements(body->'regions') with ordinality as r(value, n)),
    '[]'::jsonb),
  'resembles', coalesce(
    (select jsonb_agg(jsonb_build_object('condition', m.value->'condition', 'regions', m.value->'regions')
                      order by m.n)
       from jsonb_array_elements(assessment->'resembles') with ordinality as m(value, n)),
    '[]'::jsonb));

alter table checkins add column marks jsonb generated always as (checkin_marks(body, assessment)) stored;

