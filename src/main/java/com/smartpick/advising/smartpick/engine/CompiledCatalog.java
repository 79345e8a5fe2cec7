package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog laid out for scoring: per specialty, the programs in catalog order with the terms
 * that depend on the program alone precomputed into flat arrays, so a run touches no map and
 * boxes nothing.
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
        bySpecialty.forEach((specialty, list) -> slices.put(specialty, new Slice(list, model)));
    }

    Slice slice(Specialty specialty) {
        return slices.get(specialty);
    }

    static final class Slice {
        final Program[] programs;
        final double[] programLogit;
        final double[] typicalStep2;
        final int[] division;
        final int[] type;
        /** Shared and never written: the signal terms of a run with no signals placed. */
        final double[] noSignals;
        private final Map<String, Integer> indexById = new HashMap<>();

        private Slice(List<Program> list, InterviewModel model) {
            int size = list.size();
            programs = list.toArray(Program[]::new);
            programLogit = new double[size];
            typicalStep2 = new double[size];
            division = new int[size];
            type = new int[size];
            noSignals = new double[size];
            for (int i = 0; i < size; i++) {
                Program program = programs[i];
                programLogit[i] = model.programLogit(program);
                typicalStep2[i] = model.typicalStep2(program);
                division[i] = program.division().ordinal();
                type[i] = program.type().ordinal();
                indexById.put(program.id(), i);
            }
        }

        int size() {
            return programs.length;
        }

        /** The program's position in the slice, or -1 when it is not in this specialty. */
        int indexOf(String programId) {
            return indexById.getOrDefault(programId, -1);
        }
    }
}
