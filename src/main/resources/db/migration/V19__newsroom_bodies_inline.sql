-- Bodies as character varying rather than text: the same type on PostgreSQL (varchar without a
-- length is text there, and the change rewrites nothing), but on H2 text is a CLOB, stored apart
-- from its row and read through a second lookup on every page. Bodies are at most 60,000
-- characters of Markdown (Draft.BODY_MAX), well inside H2's 1,000,000 for varchar.
alter table articles alter column body_html set data type varchar;
alter table articles alter column body_markdown set data type varchar;
alter table article_revisions alter column body_markdown set data type varchar;
