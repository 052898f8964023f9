-- How long each kind of dossier is kept, per campaign (privacy by design). The purge job applies these rules; the
-- privacy page and the records of processing state them. Defaults chosen with the university's usual practice:
--   drafts never submitted: deleted 30 days after the track's closing;
--   not admitted (refused, declined, expired, left on the waiting list, never completed): the dossier and its
--     pieces deleted 12 months after the end of the appeal period (two months after the decisions' publication);
--   withdrawn: deleted 12 months after the end of the appeal period;
--   enrolled: the pieces and the form's answers deleted 30 days after the enrolment was confirmed; the enrolment
--     data alone stays, for the student's administrative file.
alter table campaign add column retention_draft_days integer default 30 not null;
alter table campaign add column retention_not_admitted_months integer default 12 not null;
alter table campaign add column retention_withdrawn_months integer default 12 not null;
alter table campaign add column retention_enrolled_days integer default 30 not null;
