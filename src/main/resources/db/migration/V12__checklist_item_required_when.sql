-- A checklist item may depend on an answer of the dossier form: the work-study employer's promise is asked only
-- once the candidate says an employer is found (promise or signed contract), not while they are still searching.
alter table checklist_item add column required_when varchar(30);

update checklist_item set required_when = 'EMPLOYER_FOUND'
where route = 'ALTERNANCE' and document_type_id in (select id from document_type where code = 'PROMESSE');
