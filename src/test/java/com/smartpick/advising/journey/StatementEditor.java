package com.smartpick.advising.journey;

import com.smartpick.advising.support.TestData;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A student's personal-statement editor, as the journeys about unsaved text use it. */
final class StatementEditor {

    private StatementEditor() {
    }

    /**
     * Opens the statements page and starts a new draft for the specialty. The page opens on the newest draft, so an
     * editor is there before the new one: text typed then would go into the old draft, whose editor the server's answer
     * replaces. Hence the wait for the new draft's title.
     */
    static void startNew(BrowserSession student, String specialty) {
        String title = TestData.unique(specialty);
        student.open("/advising/statements");
        student.type("statement-new-title", title);
        student.click("statement-create");
        student.wait.ignoring(StaleElementReferenceException.class).until(d -> title.equals(
                d.findElement(By.cssSelector("#statement-title input")).getDomProperty("value")));
    }

    /** The editor can be drawn again just after it appears (the new statement's first round trip): find it afresh. */
    static void type(BrowserSession student, String text) {
        student.wait.ignoring(StaleElementReferenceException.class).until(d -> {
            body(student).sendKeys(text);
            return true;
        });
    }

    static WebElement body(BrowserSession student) {
        return student.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#statement-body textarea")));
    }

    /** The notice that text typed earlier was kept but never saved. */
    static WebElement keptTextNotice(BrowserSession student) {
        return student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-body-kept")));
    }

    /** Takes the kept text back into the editor and waits until it holds exactly that. */
    static void restoreKeptText(BrowserSession student, String kept) {
        student.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".kept-text-restore"))).click();
        student.wait.until(d -> kept.equals(body(student).getDomProperty("value")));
    }
}
