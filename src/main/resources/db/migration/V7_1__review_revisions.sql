-- Exemptions and ratings change judgements (EXEMPT, an assessment's rating): they move their campaign's revision
-- like records do (V6), so a kept dashboard matrix never outlives them.
do $$
declare
    t text;
begin
    foreach t in array array['exemption', 'rating']
    loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       'for each statement execute function revision_by_obligation_id()', t || '_revision_insert', t);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
                       'for each statement execute function revision_by_obligation_id()', t || '_revision_update', t);
        execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       'for each statement execute function revision_by_obligation_id()', t || '_revision_delete', t);
    end loop;
end $$;
