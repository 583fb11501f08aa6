-- Issue 13: the catalog's revision. campaigns.CampaignCatalog keeps campaigns, task tables and the unit tree in
-- memory on each instance, keyed by this number: whatever changes them (the application on any instance, an import,
-- plain SQL) takes a new number in the writing transaction, so the next request anywhere reads the new number and
-- builds its entries again. Unlike campaign_revision, records and directives do not move it: it changes only with
-- reference data, so the catalog stays warm while units log their work.
--
-- One row. The number comes from a sequence, so a rolled-back change never hands its number to a later one.
create sequence catalog_revision_seq;

create table catalog_revision (
    id         boolean primary key default true check (id),
    revision   bigint      not null,
    changed_at timestamptz not null default now()
);

insert into catalog_revision (revision) values (nextval('catalog_revision_seq'));

create function bump_catalog_revision() returns trigger language plpgsql as $$
begin
    update catalog_revision set revision = nextval('catalog_revision_seq'), changed_at = now();
    return null;
end $$;

-- Statement-level, named "<table>_catalog_revision_*" so that they fire before the "<table>_revision_*" triggers of
-- V6 (triggers fire in name order): a writer takes the catalog row first, then its campaigns' rows, in that order
-- every time.
do $$
declare
    t text;
begin
    foreach t in array array['campaign', 'task_item', 'obligation', 'obligation_version', 'obligation_phase',
                             'obligation_event_date', 'unit', 'coverage_category']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_catalog_revision()',
                       t || '_catalog_revision', t);
    end loop;
end $$;
