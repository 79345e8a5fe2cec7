-- Repairs the review notes of experience_transition. Up to this version, asking for changes on one record wrote the
-- reviewer's words onto EVERY transition of every record (the UPDATE's WHERE compared the id with itself), so each
-- student's history showed the last note anyone wrote, about someone else's record.
--
-- The words are not lost: every change request also wrote them, cleaned the same way, as feedback visible to the
-- student, by the same reviewer, on the same record, in the same transaction. So:
--   1. a database without the bug's mark is left alone. The mark: a note on a transition that is not a change
--      request, which nothing but the bug ever wrote;
--   2. each change request takes back the text of its reviewer's feedback on its record written within a minute of
--      it (the same transaction: milliseconds apart), the nearest if there are several;
--   3. failing that, a reviewer's only change request on a record takes their only feedback on it (the demo data
--      wrote the two apart in time);
--   4. every other note is cleared: a change request with no such feedback shows no note rather than another
--      student's words, and its feedback (if any) still reaches the student through their inbox.
-- What was done is written to the audit trail.
do
$$
    declare
        restored integer;
        paired   integer;
        cleared  integer;
    begin
        if not exists (select 1 from experience_transition where to_status <> 'CHANGES_REQUESTED' and note is not null) then
            return;
        end if;

        update experience_transition t
        set note = (select f.body
                    from feedback f
                    where f.about = 'RECORD' and f.visibility = 'STUDENT'
                      and f.record_id = t.record_id and f.author_id = t.actor_id
                      and f.created_at between t.at - interval '1 minute' and t.at + interval '1 minute'
                    order by abs(extract(epoch from f.created_at - t.at)), f.id
                    limit 1)
        where t.to_status = 'CHANGES_REQUESTED';
        select count(*) into restored from experience_transition where to_status = 'CHANGES_REQUESTED' and note is not null;

        update experience_transition t
        set note = (select f.body
                    from feedback f
                    where f.about = 'RECORD' and f.visibility = 'STUDENT'
                      and f.record_id = t.record_id and f.author_id = t.actor_id)
        where t.to_status = 'CHANGES_REQUESTED' and t.note is null
          and (select count(*) from experience_transition other
               where other.record_id = t.record_id and other.actor_id = t.actor_id
                 and other.to_status = 'CHANGES_REQUESTED') = 1
          and (select count(*) from feedback f
               where f.about = 'RECORD' and f.visibility = 'STUDENT'
                 and f.record_id = t.record_id and f.author_id = t.actor_id) = 1;
        get diagnostics paired = row_count;

        update experience_transition set note = null where to_status <> 'CHANGES_REQUESTED' and note is not null;
        get diagnostics cleared = row_count;
        select cleared + count(*) into cleared from experience_transition where to_status = 'CHANGES_REQUESTED' and note is null;

        insert into audit_event (actor_name, actor_roles, action, subject_type, detail)
        values ('Migration V12', 'SYSTEM', 'experience.repair_notes', 'experience_transition',
                format('Review notes copied onto every record''s history: %s change requests got their own text back '
                           || 'from feedback written with them, %s by pairing their reviewer''s only feedback on the '
                           || 'record; %s notes cleared (other transitions, and change requests with no such feedback).',
                       restored, paired, cleared));
        raise notice 'Review notes repaired: % restored from feedback, % paired, % cleared', restored, paired, cleared;
    end
$$;
