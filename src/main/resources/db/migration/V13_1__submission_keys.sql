-- Issue 13: a submission key (a form's one-time token, an API caller's Idempotency-Key) belongs to its user. Two
-- users who happen to send the same key are two submissions; the same user's key is one, whatever the number of
-- requests or instances: the first insert of (user, key) wins, the others wait for its transaction and read what it
-- stored (records.SubmissionKeys).
alter table form_submission drop constraint form_submission_pkey;
alter table form_submission add primary key (user_id, token);
