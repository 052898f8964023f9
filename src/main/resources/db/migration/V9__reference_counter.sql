-- The last reference number given on a track moves off the track's row to a row of its own: a submission no longer
-- writes the track (nor bumps its version), so the admin can save a track's settings while candidates submit.
create table track_reference (
    track_id    bigint  primary key references track (id),
    last_number integer not null check (last_number > 0)
);
insert into track_reference (track_id, last_number)
    select id, last_reference_number from track where last_reference_number > 0;
alter table track drop column last_reference_number;
