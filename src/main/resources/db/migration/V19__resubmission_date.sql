-- A dossier sent back for completion and submitted again keeps its first submission date (submitted_at: the queue
-- order of the secretariat's inbox, the exports, the receipt); the last resubmission is recorded apart.
alter table application add column resubmitted_at timestamp;
