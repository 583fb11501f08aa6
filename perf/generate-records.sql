-- Benchmark data: 3 years of records for the 14 cities of the Guangxi 2018-2020 campaign, on top of the demo data.
-- Usage: psql -v records=200000 -d <database> -f perf/generate-records.sql   (the application has migrated it)
-- Every city logs its daily updates (5.C.1) on most days and the other obligations at their own pace; states are
-- mostly approved, some pending or returned; a few records are logged weeks late. Deterministic (setseed).
\set ON_ERROR_STOP on
\if :{?records}
\else
\set records 200000
\endif

select setseed(0.42);

create temporary table perf_obligation as
select o.id, o.code, v.kind, row_number() over (order by o.id) as n
from obligation o
join campaign c on c.id = o.campaign_id and c.code = 'guangxi-2018-2020'
join obligation_version v on v.obligation_id = o.id
where o.level = 'CITY' and v.kind not in ('DIRECTIVE', 'ASSESSMENT');

create temporary table perf_unit as
select u.id, row_number() over (order by u.id) as n, a.id as author
from unit u join app_user a on a.username = u.code
where u.level = 'CITY';

insert into activity_record (obligation_id, unit_id, activity_date, title, outlet, coverage_category, state,
                             created_by, created_at, updated_at)
select o.id, u.id, d.day, '性能测试记录 ' || g, '测试媒体',
       case when o.kind = 'COVERAGE' then (array['SCHOOL', 'COMMUNITY', 'ENTERPRISE', 'VILLAGE'])[1 + (g % 4)] end,
       case when random() < 0.88 then 'APPROVED' when random() < 0.7 then 'PENDING' else 'RETURNED' end,
       u.author,
       (d.day + (case when random() < 0.05 then 12 + floor(random() * 20) else floor(random() * 4) end)::int
           + time '10:00') at time zone 'Asia/Shanghai',
       now()
from generate_series(1, :records) as g
-- "+ 0 * g" correlates the subquery with the row, so random() draws a day for every record: uncorrelated, the
-- planner ran it once and every record fell on the same day
cross join lateral (select date '2018-01-01' + floor(random() * 1096)::int + 0 * g as day) d
-- half of all records are daily updates, the rest spread over the other obligations
join perf_obligation o on o.n = case when g % 2 = 0
    then (select n from perf_obligation where kind = 'DAILY_ACTIVITY' limit 1)
    else 1 + (g / 2) % (select count(*) from perf_obligation) end
join perf_unit u on u.n = 1 + (g / 7) % 14;

analyze activity_record;

select count(*) as records, min(activity_date), max(activity_date) from activity_record r
join obligation o on o.id = r.obligation_id join campaign c on c.id = o.campaign_id
where c.code = 'guangxi-2018-2020';
