-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- A reader signs in with their e-mail address (up to 200 characters) as the user name, and a
-- session records that name as its principal.
alter table accounts alter column username set data type varchar(200);
alter table spring_session alter column principal_name set data type varchar(200);
