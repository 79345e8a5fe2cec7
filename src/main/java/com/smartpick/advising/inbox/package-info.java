@NullMarked
@OwnsTables({"notification", "notification_preference", "mail_outbox"})
@ApplicationModule
package com.smartpick.advising.inbox;

import org.springframework.modulith.ApplicationModule;
import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
