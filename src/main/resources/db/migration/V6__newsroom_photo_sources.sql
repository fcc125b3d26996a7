-- Responsive sources of each placed photo, so lists and social cards can pick a small copy
-- instead of the largest one.
alter table article_photos add column srcset varchar(2000);
