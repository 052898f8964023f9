-- Continuing education: who pays for the training (EMPLOYER, CPF, TRANSITIONS_PRO, PERSONAL, OTHER), and what
-- "other" is in the candidate's words. Null on the other routes.
alter table application add column funding varchar(20);
alter table application add column funding_other varchar(200);

-- A model the admin offers for a document type (the VAP file): a PDF, DOCX or ODT file kept in the documents folder
-- under a generated name, the name it is downloaded under, its content type and size. Null when there is none.
alter table document_type add column template_stored_name varchar(32);
alter table document_type add column template_file_name varchar(255);
alter table document_type add column template_media_type varchar(100);
alter table document_type add column template_size_bytes bigint;
