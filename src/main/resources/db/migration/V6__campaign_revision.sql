-- A campaign's revision: a number that changes, in the same transaction, whenever anything a compliance judgement
-- reads changes (records, directives, the task table, phases, event dates, the unit tree). Computed matrices are
-- cached under it: a reader that finds the revision it cached under may reuse the result, on every instance of the
-- application, whoever wrote (the application, an import, plain SQL).
--
-- The numbers come from a sequence, so a rolled-back change never hands its number to a later one, and a cache
-- entry made inside that transaction can never be mistaken for a committed state.
create sequence campaign_revision_seq;

create table campaign_revision (
    campaign_id bigint primary key references campaign (id) on delete cascade,
    revision    bigint      not null,
    changed_at  timestamptz not null default now()
);

insert into campaign_revision (campaign_id, revision)
select id, nextval('campaign_revision_seq') from campaign order by id;

-- In id order, so two transactions touching the same campaigns lock their rows in the same order.
create function bump_campaign_revisions(campaigns bigint[]) returns void language sql as $$
    insert into campaign_revision (campaign_id, revision, changed_at)
    select c, nextval('campaign_revision_seq'), now()
    from (select distinct c from unnest(campaigns) as c where c is not null order by c) as ordered
    on conflict (campaign_id) do update set revision = excluded.revision, changed_at = excluded.changed_at;
$$;

-- One function per way of finding the campaign of a changed row. Statement-level triggers with transition tables:
-- a bulk insert of 200,000 records bumps once, not 200,000 times.
create function revision_by_campaign_id() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform bump_campaign_revisions((select array_agg(campaign_id) from new_rows));
    elsif tg_op = 'DELETE' then
        perform bump_campaign_revisions((select array_agg(campaign_id) from old_rows));
    else
        perform bump_campaign_revisions((select array_agg(campaign_id)
                                         from (select campaign_id from old_rows
                                               union select campaign_id from new_rows) as changed));
    end if;
    return null;
end $$;

create function revision_by_obligation_id() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform bump_campaign_revisions((select array_agg(distinct o.campaign_id)
                                         from new_rows n join obligation o on o.id = n.obligation_id));
    elsif tg_op = 'DELETE' then
        perform bump_campaign_revisions((select array_agg(distinct o.campaign_id)
                                         from old_rows n join obligation o on o.id = n.obligation_id));
    else
        perform bump_campaign_revisions((select array_agg(distinct o.campaign_id)
                                         from (select obligation_id from old_rows
                                               union select obligation_id from new_rows) as n
                                         join obligation o on o.id = n.obligation_id));
    end if;
    return null;
end $$;

create function revision_by_directive_id() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform bump_campaign_revisions((select array_agg(distinct d.campaign_id)
                                         from new_rows n join directive d on d.id = n.directive_id));
    elsif tg_op = 'DELETE' then
        perform bump_campaign_revisions((select array_agg(distinct d.campaign_id)
                                         from old_rows n join directive d on d.id = n.directive_id));
    else
        perform bump_campaign_revisions((select array_agg(distinct d.campaign_id)
                                         from (select directive_id from old_rows
                                               union select directive_id from new_rows) as n
                                         join directive d on d.id = n.directive_id));
    end if;
    return null;
end $$;

create function revision_by_campaign_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform bump_campaign_revisions((select array_agg(id) from new_rows));
    end if;
    return null;
end $$;

-- The unit tree and the coverage categories belong to no campaign: a change counts for every campaign.
create function revision_of_every_campaign() returns trigger language plpgsql as $$
begin
    perform bump_campaign_revisions((select array_agg(id) from campaign));
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values
            ('campaign', 'revision_by_campaign_row'),
            ('task_item', 'revision_by_campaign_id'),
            ('obligation', 'revision_by_campaign_id'),
            ('directive', 'revision_by_campaign_id'),
            ('obligation_version', 'revision_by_obligation_id'),
            ('obligation_phase', 'revision_by_obligation_id'),
            ('obligation_event_date', 'revision_by_obligation_id'),
            ('activity_record', 'revision_by_obligation_id'),
            ('directive_assignment', 'revision_by_directive_id'),
            ('unit', 'revision_of_every_campaign'),
            ('coverage_category', 'revision_of_every_campaign')) as v (table_name, function_name)
    loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       'for each statement execute function %I()', t.table_name || '_revision_insert',
                       t.table_name, t.function_name);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function %I()', t.table_name || '_revision_update',
                       t.table_name, t.function_name);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       'for each statement execute function %I()', t.table_name || '_revision_delete',
                       t.table_name, t.function_name);
    end loop;
end $$;
