package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.base.Outages;
import com.smartpick.advising.inbox.InboxService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The unread count beside "Inbox" in the navigation, hidden at zero; refreshed on every navigation and when the inbox
 * is read.
 */
public class UnreadCount extends Span implements AfterNavigationObserver {

    private final InboxService inbox;

    public UnreadCount(InboxService inbox) {
        this.inbox = inbox;
        setId("inbox-unread");
        getElement().getThemeList().add("badge pill small primary");
        addAttachListener(attach -> ComponentUtil.addListener(attach.getUI(), InboxChanged.class, changed -> refresh()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        int unread;
        try {
            unread = inbox.unreadCount();
        } catch (RuntimeException e) {
            if (!Outages.databaseUnreachable(e)) {
                throw e;
            }
            // a badge is no reason to refuse a page: the page itself says whether the database is away
            unread = 0;
        }
        // empty, not "0", so the item reads "Inbox" when nothing is new
        setText(unread > 0 ? Integer.toString(unread) : "");
        setVisible(unread > 0);
    }
}
