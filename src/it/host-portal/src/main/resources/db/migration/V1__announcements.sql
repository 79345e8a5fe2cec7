create table public.announcement (
    id   bigint generated always as identity primary key,
    text text not null
);
insert into public.announcement (text) values ('Welcome to the University Portal');
grant select on public.announcement to portal_app;
