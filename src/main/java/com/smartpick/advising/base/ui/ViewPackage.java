package com.smartpick.advising.base.ui;

/**
 * A configuration of the plugin whose package, with the packages below it, holds {@link AdvisingView}s: they are
 * registered while the configuration is. A feature's configuration is there only while the feature is switched on, so
 * its views come and go with its beans.
 */
public interface ViewPackage {
}
