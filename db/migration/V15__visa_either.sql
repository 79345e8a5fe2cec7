-- An applicant who can train on either a J-1 or an H-1B visa: a program sponsoring one of them is open to her.
alter table applicant_profile drop constraint applicant_profile_visa_need_check;
alter table applicant_profile add constraint applicant_profile_visa_need_check
    check (visa_need in ('NONE', 'J1', 'H1B', 'EITHER'));
