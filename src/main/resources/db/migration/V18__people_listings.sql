-- Where an organisation's shares are listed: its stock code and the market (see people.StockMarket);
-- both null for an organisation that is not listed.

alter table organizations add column stock_code varchar(12);
alter table organizations add column stock_market varchar(10);
