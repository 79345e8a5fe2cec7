package com.smartpick.advising.readiness.bench;

import static com.smartpick.advising.jooq.Tables.PERSON;

import org.jooq.DSLContext;

/**
 * A generated data set of realistic size: 10 cohorts of 1,000 students, all run by one advisor (the worst case: one
 * person sees all 10,000), 50 mentors, profiles for 95 % of the students, 20 experience records each (200,000) in
 * every state. Written by PostgreSQL itself ({@code INSERT … SELECT} over {@code generate_series}): no row crosses the
 * wire, so it takes seconds. Deterministic: every value follows from the student's and the record's number.
 */
final class ScaleData {

    static final int STUDENTS = 10_000;
    static final int RECORDS_PER_STUDENT = 20;
    static final String ADVISOR_SUBJECT = "bench:advisor";

    private ScaleData() {
    }

    static boolean loaded(DSLContext db) {
        return db.fetchCount(PERSON, PERSON.SUBJECT.startsWith("bench:student:")) >= STUDENTS;
    }

    /**
     * In one transaction: one connection, on which the plain SQL below finds the plugin's schema. Then the planner's
     * statistics, gathered as the schema's owner: the app's role may not ANALYZE tables it does not own.
     */
    static void load(DSLContext app, DSLContext owner) {
        app.transaction(configuration -> write(configuration.dsl()));
        owner.execute("analyze");
    }

    private static void write(DSLContext db) {
        db.execute("set local search_path to advising, public");
        db.execute("insert into person (subject, display_name, email, roles) values (?, 'Bench Advisor', 'advisor@bench.invalid', '{ADVISOR}')",
                ADVISOR_SUBJECT);
        db.execute("""
                insert into person (subject, display_name, email, roles)
                select 'bench:mentor:' || g, 'Dr. Mentor ' || lpad(g::text, 2, '0'), 'mentor' || g || '@bench.invalid', '{MENTOR}'
                from generate_series(1, 50) g""");
        db.execute("""
                insert into person (subject, display_name, email, roles)
                select 'bench:student:' || g,
                       (array['Aarav','Fatima','Chidi','Mariam','Rafael','Ananya','Omar','Ngozi','Luis','Sana',
                              'Kwame','Leila','Arjun','Yasmin','Diego','Amaka','Hassan','Isabel','Tariq','Mei'])[1 + g % 20]
                       || ' ' ||
                       (array['Sharma','Khan','Okonkwo','Haddad','Silva','Reddy','Farouk','Adeyemi','Gonzalez','Qureshi',
                              'Mensah','Nasser','Patel','Rahman','Torres','Eze','Ali','Costa','Iqbal','Santos'])[1 + (g * 7) % 20]
                       || ' ' || g,
                       'student' || g || '@bench.invalid', '{STUDENT}'
                from generate_series(1, ?) g""", STUDENTS);
        db.execute("""
                insert into cohort (name, match_season, created_by)
                select 'Bench cohort ' || c, '2027 Main Residency Match', (select id from person where subject = ?)
                from generate_series(1, 10) c""", ADVISOR_SUBJECT);
        db.execute("""
                insert into cohort_advisor (cohort_id, advisor_id)
                select id, (select id from person where subject = ?) from cohort where name like 'Bench cohort %'""", ADVISOR_SUBJECT);
        db.execute("""
                create temporary table bench_student as
                select id, substring(subject from 15)::int as n from person where subject like 'bench:student:%'""");
        db.execute("""
                insert into enrollment (cohort_id, student_id)
                select c.id, s.id from bench_student s
                join (select id, row_number() over (order by id) - 1 as k from cohort where name like 'Bench cohort %') c on c.k = s.n % 10""");
        db.execute("""
                insert into mentor_assignment (cohort_id, student_id, mentor_id)
                select e.cohort_id, s.id, m.id from bench_student s
                join enrollment e on e.student_id = s.id
                join (select id, row_number() over (order by id) - 1 as k from person where subject like 'bench:mentor:%') m on m.k = s.n % 50
                where s.n % 10 <> 0""");
        db.execute("""
                insert into applicant_profile (student_id, medical_school, school_country, graduation_year, step2ck_score,
                                               step2ck_attempts, preferred_specialties)
                select s.id, 'Bench Medical College ' || (s.n % 40),
                       (array['India','Pakistan','Nigeria','Egypt','Philippines'])[1 + s.n % 5], 2014 + s.n % 12,
                       case when s.n % 7 = 0 then null else 200 + (s.n * 37) % 70 end, case when s.n % 7 = 0 then 0 else 1 end,
                       array[(array['INTERNAL_MEDICINE','FAMILY_MEDICINE','PEDIATRICS','PSYCHIATRY','NEUROLOGY'])[1 + s.n % 5]]
                from bench_student s where s.n % 20 <> 0""");
        db.execute("""
                insert into experience_record (student_id, status, experience_type, hands_on, institution, city, state, country,
                                               setting, specialty, start_date, end_date, hours_per_week, supervisor_name, tasks,
                                               submitted_at, reviewed_at, created_at, updated_at)
                select id, status, type, type in ('EXTERNSHIP', 'CLINICAL_ROTATION') and n % 8 <> 0,
                       'Bench Hospital ' || r % 97, 'Springfield', case when us then 'IL' end, case when us then 'US' else 'IN' end,
                       'COMMUNITY', 'INTERNAL_MEDICINE', start_date, start_date + 20 + r % 60, 40, 'Dr. Bench Supervisor',
                       'Admitted patients, wrote notes, presented on rounds.',
                       case when status <> 'DRAFT' then now() - make_interval(days => r % 30) end,
                       case when status in ('VERIFIED', 'CHANGES_REQUESTED') then now() - make_interval(days => r % 20) end,
                       now() - make_interval(days => r % 300), now() - make_interval(days => r % 300)
                from (select s.id, s.n, x.r,
                             case when x.r % 100 < 70 then 'VERIFIED' when x.r % 100 < 80 then 'SUBMITTED'
                                  when x.r % 100 < 95 then 'DRAFT' else 'CHANGES_REQUESTED' end as status,
                             (array['OBSERVERSHIP','EXTERNSHIP','CLINICAL_ROTATION','RESEARCH'])[1 + (x.r / 7) % 4] as type,
                             (x.r / 3) % 10 < 7 as us,
                             date '2019-01-01' + (x.r * 7) % 2500 as start_date
                      from bench_student s
                      cross join generate_series(1, ?) k
                      cross join lateral (select (s.n * 7919 + k * 104729) % 1000 as r) x) generated""", RECORDS_PER_STUDENT);
        db.execute("drop table bench_student");
    }
}
