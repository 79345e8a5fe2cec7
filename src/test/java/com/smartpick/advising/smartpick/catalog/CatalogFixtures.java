package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

/** Synthetic programs under ids no other test (nor the demo catalog) uses, and their CSV. */
public final class CatalogFixtures {

    private CatalogFixtures() {
    }

    public static List<Program> programs(int count) {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        List<Program> generated = SyntheticCatalog.generate(7L, count);
        return IntStream.range(0, count).mapToObj(i -> withId(generated.get(i), prefix + "-" + (1000 + i))).toList();
    }

    public static Program withId(Program p, String id) {
        return new Program(id, p.name(), p.specialty(), p.institution(), p.city(), p.state(), p.division(), p.type(),
                p.positions(), p.percentImgResidents(), p.sponsorsJ1(), p.sponsorsH1b(), p.minimumStep2Ck(),
                p.yogLimitYears(), p.usceRequired(), p.maxAttemptsAccepted(), p.medianStep2Ck());
    }

    public static Program withPositions(Program p, int positions) {
        return new Program(p.id(), p.name(), p.specialty(), p.institution(), p.city(), p.state(), p.division(), p.type(),
                positions, p.percentImgResidents(), p.sponsorsJ1(), p.sponsorsH1b(), p.minimumStep2Ck(),
                p.yogLimitYears(), p.usceRequired(), p.maxAttemptsAccepted(), p.medianStep2Ck());
    }

    /** The program as an edit form would send it back after the name was changed. */
    public static ProgramDraft renamed(Program p, String name) {
        ProgramDraft d = ProgramDraft.of(p);
        return new ProgramDraft(d.code(), name, d.specialty(), d.institution(), d.city(), d.state(), d.division(),
                d.type(), d.positions(), d.percentImg(), d.sponsorsJ1(), d.sponsorsH1b(), d.minStep2Ck(),
                d.yogLimitYears(), d.usceRequired(), d.maxAttempts(), d.medianStep2Ck());
    }

    public static byte[] csv(List<Program> programs) {
        StringBuilder out = new StringBuilder();
        try {
            CatalogCsv.write(programs, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
