-- A track's closing is the instant submissions start being refused, and the admin types the last minute in which
-- they are accepted, included. Until now the form stored that minute's first second (so the candidates lost the
-- minute the pages promised) and the demo data its last second. Both become the end of that minute.
update track set closes_at = date_trunc('minute', closes_at) + interval '1' minute;
