-- The national platform (MonMaster): M1 candidates of some routes apply there, not here. The staff import them,
-- read, score and rank them here, carry the ranking back, and may open a local recruitment for the places left.

-- One row per track that uses the platform: which routes apply there, the platform's dates shown to candidates,
-- and the local recruitment the head may open after the platform's phases. A track without a row takes every
-- route here.
create table platform_track (
    track_id            bigint       not null primary key references track (id),
    platform_opens_at   timestamp,                   -- UTC instants: the platform's application window
    platform_closes_at  timestamp,
    local_opens_at      timestamp,                   -- the local recruitment for places left, if opened
    local_closes_at     timestamp,
    local_places        integer      check (local_places > 0),
    version             bigint       not null default 0,
    constraint platform_track_local_dates check (local_opens_at is null or local_closes_at is null
                                                 or local_opens_at < local_closes_at)
);

-- The routes of a track whose candidates apply on the platform.
create table platform_track_route (
    track_id    bigint       not null references platform_track (track_id) on delete cascade,
    route       varchar(20)  not null,
    primary key (track_id, route)
);

-- The routes the local recruitment takes (a subset of the platform's, or any route).
create table platform_track_local_route (
    track_id    bigint       not null references platform_track (track_id) on delete cascade,
    route       varchar(20)  not null,
    primary key (track_id, route)
);

-- Where a dossier came from: HERE (the candidate applied in this app) or PLATFORM (imported). An imported dossier
-- has no owner account until the head invites its candidate, hence a nullable subject.
alter table application add column origin varchar(20) not null default 'HERE';
alter table application alter column candidate_subject drop not null;
alter table application add column platform_number varchar(30);
alter table application add column platform_outcome varchar(20);
alter table application add column platform_outcome_at timestamp;
alter table application add constraint application_platform_number_unique unique (track_id, platform_number);
