package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The catalog laid out for scoring: per specialty, the programs in catalog order with the terms
 * that depend on the program alone precomputed into flat arrays, so a run touches no map and
 * boxes nothing. Program figures are taken as differences from their specialty's average here
 * (see {@link InterviewModel}).
 */
final class CompiledCatalog {

    private final Map<Specialty, Slice> slices = new EnumMap<>(Specialty.class);

    CompiledCatalog(List<Program> programs, InterviewModel model) {
        Map<Specialty, List<Program>> bySpecialty = new EnumMap<>(Specialty.class);
        for (Specialty specialty : Specialty.values()) {
            bySpecialty.put(specialty, new ArrayList<>());
        }
        Map<String, Program> seen = new HashMap<>();
        for (Program program : programs) {
            if (seen.put(program.id(), program) != null) {
                throw new IllegalArgumentException("two programs share the id " + program.id());
            }
            bySpecialty.get(program.specialty()).add(program);
        }
        bySpecialty.forEach((specialty, list) -> slices.put(specialty, new Slice(specialty, list, model)));
    }

    Slice slice(Specialty specialty) {
        return slices.get(specialty);
    }

    static final class Slice {
        final Program[] programs;
        final double[] programLogit;
        final double[] typicalStep2;
        /** The specialty's average share of IMG residents and of published Step 2 CK medians (0 when none is). */
        final double averageImgShare;
        final double averageMedianStep2;
        final int[] division;
        final int[] type;
        private final Map<String, Integer> indexById = new HashMap<>();

        private Slice(Specialty specialty, List<Program> list, InterviewModel model) {
            int size = list.size();
            averageImgShare = list.stream().mapToInt(Program::percentImgResidents).average().orElse(0);
            averageMedianStep2 = list.stream().map(Program::medianStep2Ck).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).average().orElse(0);
            int reference = model.figures(specialty).referenceStep2();
            programs = list.toArray(Program[]::new);
            programLogit = new double[size];
            typicalStep2 = new double[size];
            division = new int[size];
            type = new int[size];
            for (int i = 0; i < size; i++) {
                Program program = programs[i];
                programLogit[i] = model.imgShareLogit(program.percentImgResidents() - averageImgShare);
                typicalStep2[i] = typicalStep2(program, reference);
                division[i] = program.division().ordinal();
                type[i] = program.type().ordinal();
                indexById.put(program.id(), i);
            }
        }

        int size() {
            return programs.length;
        }

        /** A program with an unpublished median is taken as typical of its specialty. */
        double typicalStep2(Program program, int reference) {
            Integer median = program.medianStep2Ck();
            return median == null ? reference : reference + median - averageMedianStep2;
        }

        /** The program's position in the slice, or -1 when it is not in this specialty. */
        int indexOf(String programId) {
            return indexById.getOrDefault(programId, -1);
        }
    }
}
