package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.roster.RosterColumn;
import com.smartpick.advising.roster.ui.RosterImportView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RosterImportViewTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    @SuppressWarnings("unchecked")
    void the_view_documents_the_columns_offers_a_sample_and_only_the_advisors_own_cohorts() {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Advisor", Role.ADVISOR);
        long own = data.cohort("Own cohort", advisor);
        data.cohort("Someone else's cohort", data.person("Other advisor", Role.ADVISOR));
        SignIn.as(advisor);

        navigate("advising/roster", RosterImportView.class);

        Grid<RosterColumn> columns = $(Grid.class).withId("roster-columns").single();
        assertThat(test(columns).size()).isEqualTo(RosterColumn.values().length);
        assertThat($(Anchor.class).withId("roster-sample").single().getHref()).isNotBlank();
        ComboBox<Cohort> cohort = $(ComboBox.class).withId("roster-cohort").single();
        assertThat(cohort.getListDataView().getItems().map(Cohort::id).toList()).containsExactly(own);
        assertThat($(Upload.class).withId("roster-upload").single().getMaxFileSize()).isEqualTo(1024 * 1024);
    }
}
