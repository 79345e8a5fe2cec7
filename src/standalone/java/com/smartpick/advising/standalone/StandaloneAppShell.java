package com.smartpick.advising.standalone;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** A host portal brings its own app shell; standalone, this one loads Lumo and the advising theme. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/advising/styles.css")
public class StandaloneAppShell implements AppShellConfigurator {
}
