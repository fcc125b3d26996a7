-- The desk's answer to a name the linker could not decide: the person meant, or nobody (null
-- while resolved_at is set). Kept when the story is relinked, so the desk is asked only once.
alter table mention_reviews add column chosen_person_id bigint;
