-- Where imported stories came from, so that importing the same file again creates nothing new,
-- an interrupted import resumes where it stopped, and old links keep working.

-- One row per imported story: (source, source_key) names it in the system it came from:
-- ('legacy', '425744') for the previous system's article number (/BP?command=article_view&num=),
-- ('ninjs', its uri), ('wordpress', '<base site url>#<post id>'). Written in the same transaction
-- as the article, so a story is either imported whole or not at all.
create table article_sources (
    source      varchar(20)  not null,
    source_key  varchar(500) not null,
    article_id  bigint       not null references articles (id) on delete cascade,
    imported_at timestamp with time zone not null,
    -- key first: an import asks for a batch of keys at once (source_key in (...)), which this
    -- index answers by lookups rather than by reading every key of the source
    primary key (source_key, source)
);

create index article_sources_article_idx on article_sources (article_id);

-- Old addresses of imported stories (a WordPress permalink '/2024/01/02/slug/', '/?p=123'),
-- answered with 301 to the story. path is the path with its query, as the old site wrote it.
create table article_redirects (
    path       varchar(1000) not null primary key,
    article_id bigint        not null references articles (id) on delete cascade
);
