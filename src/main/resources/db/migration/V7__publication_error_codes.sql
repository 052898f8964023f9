-- The reason a scheduled publication failed was stored as a message key (err_capacity_full);
-- it is now the name of its error (CAPACITY_FULL), whose text each language's bundle holds.
update track set publication_error = upper(substring(publication_error from 5))
 where publication_error like 'err!_%' escape '!';
