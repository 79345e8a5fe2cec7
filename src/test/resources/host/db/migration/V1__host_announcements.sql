create table announcement (
    id   bigint generated always as identity primary key,
    text text not null
);
insert into announcement (text) values ('Welcome to the host portal');
-- the host reads it through the DataSource it shares with the plugin, which signs in as the embedded app role
grant select on announcement to advising_app;
