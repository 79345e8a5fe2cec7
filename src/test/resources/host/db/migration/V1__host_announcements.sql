create table announcement (
    id   bigint generated always as identity primary key,
    text text not null
);
insert into announcement (text) values ('Welcome to the host portal');
