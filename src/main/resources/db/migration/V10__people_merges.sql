-- Duplicates the desk merged into another person or organisation. The duplicate's row is gone;
-- its old address (/people/{from_id}, baked into published bodies) answers 301 to the survivor.
-- When a survivor is merged again, the rows pointing at it are moved on, so there are no chains.

create table person_merges (
    from_id   bigint primary key,
    into_id   bigint      not null references people (id) on delete cascade,
    merged_by varchar(60) not null,
    merged_at timestamp with time zone not null default current_timestamp
);

create index person_merges_into_idx on person_merges (into_id);

create table organization_merges (
    from_id   bigint primary key,
    into_id   bigint      not null references organizations (id) on delete cascade,
    merged_by varchar(60) not null,
    merged_at timestamp with time zone not null default current_timestamp
);

create index organization_merges_into_idx on organization_merges (into_id);
