-- A report stays on record after a moderator has looked at its comment (so the same reader cannot
-- report it again), but no longer counts towards hiding it or shows in the queue.
alter table comment_reports add column settled_at timestamp with time zone;

create index comment_reports_open_idx on comment_reports (comment_id, settled_at);
create index moderation_log_action_idx on moderation_log (action, acted_at);
create index reader_notices_measure_idx on reader_notices (measure_id);
create index comment_measures_comment_idx on comment_measures (comment_id);
