-- Indexes for the audit log page (GET /audit). Measured on 1.5 million entries over 127 units
-- (docs/architecture.md, audit_event): each turns a scan of the whole log into an index range.

-- Scope and the unit filter: the total and page for a county or small city; also backs the foreign key to unit.
create index audit_event_unit_idx on audit_event (unit_id, occurred_at desc);

-- "What did this person do": exact or prefix, case-insensitive (failed sign-ins keep the name as typed).
create index audit_event_actor_idx on audit_event (lower(actor) text_pattern_ops, occurred_at desc);

-- The action filter, and the list of distinct actions read by a loose index scan on every page view.
create index audit_event_action_idx on audit_event (action, occurred_at desc);
