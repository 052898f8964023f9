-- Imports of the national platform's files: the candidates' list and the status file (the platform's outcomes).

-- The column mapping of each kind of file, saved when the staff map a file's columns and offered again for the next
-- file of that kind. columns: one line per field of the app, "FIELD=header of the file"; words: one line per word of
-- the platform's outcome column, "word=PLATFORM_OUTCOME" (or "word=" when it leaves the outcome as it is).
create table import_mapping (
    kind            varchar(20)    not null primary key,
    columns         varchar(4000)  not null,
    words           varchar(4000)  not null,
    saved_by_name   varchar(255)   not null,
    saved_at        timestamp      not null,
    version         bigint         not null default 0
);

-- A file uploaded for an import, kept between its steps (mapping, preview, confirmation) under an unguessable id and
-- only for whoever uploaded it: its cells as read, written again as UTF-8 CSV, and the mapping chosen for it. Deleted
-- when the import is confirmed, and a day after its upload otherwise.
create table import_upload (
    id              varchar(36)    not null primary key,
    owner_subject   varchar(255)   not null,
    track_id        bigint         not null references track (id),
    kind            varchar(20)    not null,
    file_name       varchar(255)   not null,
    row_count       integer        not null,
    content         bytea          not null,
    columns         varchar(4000),
    words           varchar(4000),
    created_at      timestamp      not null
);
