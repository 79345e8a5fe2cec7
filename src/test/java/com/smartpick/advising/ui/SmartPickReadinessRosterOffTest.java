package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.ui.LettersView;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.readiness.ui.ReadinessView;
import com.smartpick.advising.roster.RosterService;
import com.smartpick.advising.roster.ui.RosterImportView;
import com.smartpick.advising.smartpick.catalog.CatalogSeed;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.catalog.ui.CatalogView;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.ui.TrySmartPickView;
import com.smartpick.advising.smartpick.rankedlist.CohortBatch;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.ui.CohortSmartPickView;
import com.smartpick.advising.smartpick.rankedlist.ui.MyListView;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.ui.CohortApplicationsView;
import com.smartpick.advising.tracker.ui.MyApplicationsView;
import com.smartpick.advising.tracker.ui.OutcomesView;
import com.smartpick.advising.tracker.ui.StudentApplicationsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * SmartPick (and with it Try SmartPick and the catalog editor), readiness and roster import switched off in one
 * context; letters, which SmartPick uses, stay and work.
 */
@TestPropertySource(properties = {"advising.features.smartpick.enabled=false", "advising.features.readiness.enabled=false",
        "advising.features.roster.enabled=false"})
class SmartPickReadinessRosterOffTest extends NavigationTest {

    @Override
    Set<Class<? extends Component>> goneViews() {
        return Set.of(TrySmartPickView.class, CohortSmartPickView.class, StudentListsView.class, MyListView.class,
                CatalogView.class, ReadinessView.class, RosterImportView.class, MyApplicationsView.class,
                StudentApplicationsView.class, CohortApplicationsView.class, OutcomesView.class);
    }

    @Override
    Set<String> goneEntries() {
        return Set.of("SmartPick for a cohort", "My SmartPick list", "Program catalog", "Readiness", "Import roster",
                "My applications", "Applications by cohort", "Outcomes vs. predictions");
    }

    @Override
    Set<Class<?>> goneServices() {
        return Set.of(RankedListService.class, CohortBatch.class, ProgramCatalog.class, CatalogSeed.class,
                CatalogService.class, PreviewService.class, ReadinessService.class, RosterService.class,
                ApplicationTrackerService.class);
    }

    @Override
    Set<String> gonePackages() {
        return Set.of("com.smartpick.advising.smartpick", "com.smartpick.advising.readiness",
                "com.smartpick.advising.roster", "com.smartpick.advising.tracker");
    }

    @Test
    void the_demo_makes_no_ranked_lists() {
        assertThat(context.containsBean("demoRankedLists")).isFalse();
        assertThat(context.containsBean("demoTracker")).isFalse();
        assertThat(context.containsBean("demoDataLoader")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_mentor_still_finds_the_letters_asked_of_them() {
        TestData data = new TestData(db);
        TestData.World world = data.world();
        data.letter(world.studentA().personId(), world.mentorA().personId(), "REQUESTED", false, "");

        SignIn.as(world.mentorA());
        navigate("advising/letters", LettersView.class);
        assertThat(test((Grid<Letter>) $(Grid.class).withId("asked-of-me").single()).size()).isEqualTo(1);
    }
}
