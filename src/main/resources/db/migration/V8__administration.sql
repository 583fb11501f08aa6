-- Administration (issue 6): information officers (document 003: each department and county names one).
alter table app_user add column information_officer boolean not null default false;
alter table app_user add column position varchar(100);
create index app_user_unit_idx on app_user (unit_id);
