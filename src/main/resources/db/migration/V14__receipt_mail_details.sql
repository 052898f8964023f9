-- The receipt mail greets the candidate by name, lists the pieces received and gives the next dates (decisions, the
-- time to answer an offer): taken in the transaction of the submission, like the mail's other values. Mails owed
-- before have none of them and are written as before.
-- (The pieces' SHA-256 the receipt PDF lists needs no change: application_document.sha256 is computed from the
-- stored bytes at every upload since V2, and a row with a file always has it.)
alter table mail_outbox add column candidate_name varchar(201);
alter table mail_outbox add column pieces varchar(4000);
alter table mail_outbox add column decisions_at timestamp;
alter table mail_outbox add column offer_days integer;
