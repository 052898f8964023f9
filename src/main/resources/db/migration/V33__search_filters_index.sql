-- The staff's search by filters alone (a level and a status, hundreds of dossiers) counts the dossiers that match and
-- sorts them by name to show one page. Through the index on (track_id, status), both read every matching row from
-- the table: about 600 pages of it for 700 dossiers of 10,000. This index holds what they need (the name and the
-- reference to sort by, the id to count and to fetch the page's rows), so PostgreSQL reads it alone; the page's 25
-- rows are then fetched by id. It serves what the former one did: the same first columns.
create index application_track_status_order_idx on application (track_id, status, search_name, reference, id);
drop index application_track_status_idx;
