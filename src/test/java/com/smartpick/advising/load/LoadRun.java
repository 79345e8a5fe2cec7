package com.smartpick.advising.load;

import com.smartpick.advising.load.LoadPopulation.Person;
import com.smartpick.advising.load.VaadinUser.LoadError;
import com.smartpick.advising.load.VaadinUser.Page;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Signed-in users working at once, each on a virtual thread, for a fixed time: a warm-up, then the measured time.
 * Each role repeats its visit: a student opens home, goes to their SmartPick list and their experience records through
 * the menu and clicks <em>New record</em>; a mentor opens the review queue; an advisor opens readiness and clicks the
 * <em>Ready</em> figure. Between two actions a user thinks (none for a saturation run). A visit that fails is counted
 * and begun again, after signing in again if the session was lost.
 */
final class LoadRun {

    /** A page opened (by its address or through the menu), or a click on one. */
    enum Kind {
        PAGE, CLICK
    }

    enum Action {
        STUDENT_HOME("student: home (address)", Kind.PAGE),
        STUDENT_LIST("student: SmartPick list (menu)", Kind.PAGE),
        STUDENT_EXPERIENCE("student: My experience (menu)", Kind.PAGE),
        STUDENT_NEW_RECORD("student: New record (click)", Kind.CLICK),
        MENTOR_REVIEW_QUEUE("mentor: review queue (address)", Kind.PAGE),
        ADVISOR_READINESS("advisor: readiness (address)", Kind.PAGE),
        ADVISOR_READY_FIGURE("advisor: Ready figure (click)", Kind.CLICK);

        final String label;
        final Kind kind;

        Action(String label, Kind kind) {
            this.label = label;
            this.kind = kind;
        }
    }

    /**
     * @param thinkMin    the shortest pause between two actions of a user (zero with thinkMax zero: no pause)
     * @param leastVisits the visits each user finishes even when the time is up (so a short run sees every action)
     */
    record Settings(Duration warmUp, Duration measured, Duration thinkMin, Duration thinkMax, int leastVisits) {
    }

    /** A person signed in, with the browser they work in. */
    record SignedIn(Person person, VaadinUser browser) {
    }

    /**
     * What a run measured: the samples of each action and the errors by kind inside the measured time; the actions done
     * and the errors outside it (the warm-up, visits finished after the time).
     */
    record Result(Settings settings, int users, Map<Action, List<Long>> nanos, Map<String, Long> errors,
            Map<Action, Long> done, Map<String, Long> errorsOutside) {

        long count(Kind kind) {
            return nanos.entrySet().stream().filter(e -> e.getKey().kind == kind).mapToLong(e -> e.getValue().size()).sum();
        }

        double perSecond(long count) {
            return count / (settings.measured().toMillis() / 1000.0);
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    static final int SIGN_INS_AT_ONCE = 8;

    private LoadRun() {
    }

    /**
     * Signs everyone in, a few at a time: the portal counts each attempt against this machine's address until its
     * password proves right, and too many at once would look like guessing.
     */
    static List<SignedIn> signIn(HttpClient http, int port, List<Person> people, String password) {
        Semaphore atOnce = new Semaphore(SIGN_INS_AT_ONCE);
        List<Future<SignedIn>> signIns = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Person person : people) {
                signIns.add(threads.submit(() -> {
                    atOnce.acquireUninterruptibly();
                    try {
                        VaadinUser browser = new VaadinUser(http, port);
                        browser.signIn(person.username(), password);
                        return new SignedIn(person, browser);
                    } finally {
                        atOnce.release();
                    }
                }));
            }
        }
        return signIns.stream().map(LoadRun::signedIn).toList();
    }

    private static SignedIn signedIn(Future<SignedIn> signIn) {
        try {
            return signIn.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A user could not sign in: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result run(List<SignedIn> users, String password, Settings settings) {
        long start = System.nanoTime();
        long measuredFrom = start + settings.warmUp().toNanos();
        long end = measuredFrom + settings.measured().toNanos();
        Recorder recorder = new Recorder(measuredFrom, end);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SignedIn user : users) {
                threads.submit(() -> new Worker(user, password, settings, recorder, end).work());
            }
        }
        return recorder.result(settings, users.size());
    }

    /** One user's loop. */
    private static final class Worker {

        private final SignedIn user;
        private final String password;
        private final Settings settings;
        private final Recorder recorder;
        private final long end;
        /** The page the user has open, to leave before the next; none between visits. */
        private Page page;

        Worker(SignedIn user, String password, Settings settings, Recorder recorder, long end) {
            this.user = user;
            this.password = password;
            this.settings = settings;
            this.recorder = recorder;
            this.end = end;
        }

        Void work() {
            // users arrive spread over one think time, not all in the same instant
            pause(settings.thinkMax());
            for (int visits = 0; System.nanoTime() < end || visits < settings.leastVisits(); visits++) {
                try {
                    visit();
                } catch (LoadError e) {
                    recorder.error(e.getMessage());
                    if (e.getMessage().contains("signed out") || e.getMessage().contains("session expired")) {
                        signInAgain();
                    }
                } catch (RuntimeException e) {
                    // the harness's own mistake, or an answer it cannot read: counted, never swallowed
                    recorder.error("unexpected: " + e);
                } finally {
                    leave();
                }
            }
            return null;
        }

        private void signInAgain() {
            try {
                user.browser().signIn(user.person().username(), password);
            } catch (LoadError e) {
                recorder.error("signing in again: " + e.getMessage());
            }
        }

        private void visit() {
            VaadinUser browser = user.browser();
            Person person = user.person();
            switch (person.role()) {
                case STUDENT -> {
                    page = timed(Action.STUDENT_HOME, () -> browser.open("/advising", "Welcome, " + person.displayName()));
                    think();
                    timed(Action.STUDENT_LIST, () -> browser.navigate(page, "advising/smartpick/my-list", "My SmartPick list"));
                    think();
                    timed(Action.STUDENT_EXPERIENCE, () -> browser.navigate(page, "advising/experience", "My experience"));
                    think();
                    timed(Action.STUDENT_NEW_RECORD, () -> browser.click(page, "experience-new", "New experience"));
                }
                case MENTOR -> page = timed(Action.MENTOR_REVIEW_QUEUE, () -> browser.open("/advising/review", "Review queue"));
                case ADVISOR -> {
                    page = timed(Action.ADVISOR_READINESS, () -> browser.open("/advising/readiness", "Readiness"));
                    think();
                    timed(Action.ADVISOR_READY_FIGURE, () -> browser.click(page, "readiness-figure-ready", "Show every student"));
                }
                default -> throw new IllegalStateException("No visit for " + person.role());
            }
            think();
        }

        /**
         * Leaves the page open, as a browser does when it goes elsewhere; a failure here is not the measured work's.
         */
        private void leave() {
            if (page == null) {
                return;
            }
            try {
                user.browser().leave(page);
            } catch (LoadError ignored) {
                // the next visit opens a new page anyway
            }
            page = null;
        }

        private <T> T timed(Action action, Supplier<T> work) {
            long started = System.nanoTime();
            try {
                T result = work.get();
                recorder.sample(action, started, System.nanoTime());
                return result;
            } catch (LoadError e) {
                throw new LoadError(action.label + ": " + e.getMessage());
            }
        }

        private void timed(Action action, Runnable work) {
            timed(action, () -> {
                work.run();
                return null;
            });
        }

        private void think() {
            long min = settings.thinkMin().toMillis();
            long max = settings.thinkMax().toMillis();
            pause(Duration.ofMillis(max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1)));
        }

        private void pause(Duration pause) {
            long until = Math.min(System.nanoTime() + pause.toNanos(), end);
            long left = until - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Collects the samples that started inside the measured time and ended before its end, counts every action done,
     * and the errors by when they happened.
     */
    private static final class Recorder {

        private final long measuredFrom;
        private final long end;
        private final Map<Action, Queue<Long>> nanos = new EnumMap<>(Action.class);
        private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        private final Map<Action, LongAdder> done = new EnumMap<>(Action.class);
        private final Map<String, LongAdder> errorsOutside = new ConcurrentHashMap<>();

        Recorder(long measuredFrom, long end) {
            this.measuredFrom = measuredFrom;
            this.end = end;
            for (Action action : Action.values()) {
                nanos.put(action, new ConcurrentLinkedQueue<>());
                done.put(action, new LongAdder());
            }
        }

        void sample(Action action, long started, long ended) {
            done.get(action).increment();
            if (started >= measuredFrom && ended <= end) {
                nanos.get(action).add(ended - started);
            }
        }

        void error(String kind) {
            long now = System.nanoTime();
            (now >= measuredFrom && now <= end ? errors : errorsOutside).computeIfAbsent(kind, k -> new LongAdder())
                    .increment();
        }

        Result result(Settings settings, int users) {
            Map<Action, List<Long>> sorted = new EnumMap<>(Action.class);
            nanos.forEach((action, samples) -> sorted.put(action, samples.stream().sorted().toList()));
            Map<Action, Long> actionsDone = new EnumMap<>(Action.class);
            done.forEach((action, count) -> actionsDone.put(action, count.sum()));
            return new Result(settings, users, sorted, counts(errors), actionsDone, counts(errorsOutside));
        }

        private static Map<String, Long> counts(Map<String, LongAdder> adders) {
            Map<String, Long> counts = new TreeMap<>();
            adders.forEach((kind, count) -> counts.put(kind, count.sum()));
            return counts;
        }
    }
}
