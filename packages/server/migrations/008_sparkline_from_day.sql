-- The panel's sparkline now follows core's weekly timeline: weeks counted from the medicine's
-- start (core `sparklineOf`), not calendar weeks from 1970. Its last week is stored by the day it
-- starts (days since 1970-01-01). A stored calendar week w started on day 7 × w, so old rows keep
-- their meaning until the patient's next change rewrites them.
alter table patient_summary rename column sparkline_week to sparkline_from_day;
update patient_summary set sparkline_from_day = sparkline_from_day * 7 where sparkline_from_day is not null;
