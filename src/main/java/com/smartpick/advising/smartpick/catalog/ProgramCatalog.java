package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.Program;
import java.util.List;

/**
 * The programs SmartPick ranks: everyone who runs the engine (ranked lists, the public preview) reads them here,
 * whatever keeps them.
 */
public interface ProgramCatalog {

    /** The programs taking part, as the engine reads them. */
    List<Program> programs();

    /** Changes whenever the programs do, so a caller may keep an engine built over them until it moves. */
    long revision();
}
