-- The search analyser's words an admin keeps: the user dictionary (one entry a line, "word [segments...]")
-- and synonym groups (one group a line, "마이크로소프트, MS, Microsoft"). Used from the next reindex on.
create table search_vocabulary (
    kind       varchar(20)  not null primary key,
    body       varchar(200000) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    constraint search_vocabulary_kind check (kind in ('dictionary', 'synonyms'))
);
