package com.smartpick.advising.inbox;

/** How a person gets one kind of notification, and whether that is their own choice or the kind's default. */
public record NotificationSetting(NotificationKind kind, Delivery delivery, boolean chosen) {
}
