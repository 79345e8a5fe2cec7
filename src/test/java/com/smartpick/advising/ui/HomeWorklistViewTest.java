package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.experience.ui.ReviewQueueView;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page's worklist as each person sees it: their lines, linked to pages they may open. */
class HomeWorklistViewTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    void a_mentor_sees_the_records_to_review_and_the_link_opens_the_queue() {
        TestData.World world = new TestData(db).world();
        Experiences.insert(db, world.studentA().personId(), "SUBMITTED");
        SignIn.as(world.mentorA());
        navigate("advising", HomeView.class);

        // the count, then the line's first part: its label
        List<String> lines = $(Div.class).withId("worklist").thenOnFirst(ListItem.class).all().stream()
                .map(line -> line.getElement().getChild(0).getTextRecursively() + " "
                        + line.getElement().getChild(1).getChild(0).getTextRecursively())
                .toList();
        assertThat(lines).contains("1 Records to review");
        RouterLink toQueue = $(Div.class).withId("worklist").thenOnFirst(RouterLink.class).withText("Records to review").single();
        UI.getCurrent().navigate(toQueue.getHref());
        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
    }

    @Test
    void a_student_with_nothing_to_do_is_told_so() {
        SignIn.as(new TestData(db).world().newStudent());
        navigate("advising", HomeView.class);

        assertThat($(Div.class).withId("worklist").thenOnFirst(Paragraph.class).single().getText())
                .isEqualTo("Nothing waits for you. Well done.");
    }
}
