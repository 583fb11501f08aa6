-- Issue 10: how a yearly target earns its weight in a score. PROPORTIONAL (the default): min(1, done / target) of
-- it; ALL_OR_NOTHING: the whole weight once met. Effective-dated with the rest of the version. Only yearly targets
-- have a choice: other kinds leave it null (their periods are scored one by one).
alter table obligation_version add column score_mode varchar(16)
    check (score_mode in ('PROPORTIONAL', 'ALL_OR_NOTHING'));
update obligation_version set score_mode = 'PROPORTIONAL' where kind = 'COUNT_PER_YEAR';
alter table obligation_version add constraint obligation_version_score_mode_kind_check
    check ((kind = 'COUNT_PER_YEAR') = (score_mode is not null));
