-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- What a personal API token may do: comma-separated scope codes (read, people:write,
-- articles:write). Tokens made before scopes existed may only read.
alter table api_tokens add column scopes varchar(200) not null default 'read';

-- New passwords are hashed with PBKDF2 under a '{pbkdf2@SpringSecurity_v5_8}' prefix (124
-- characters); older, unprefixed BCrypt hashes stay valid until their owner next signs in.
alter table accounts alter column password_hash set data type varchar(200);
