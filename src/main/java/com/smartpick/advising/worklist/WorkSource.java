package com.smartpick.advising.worklist;

import com.smartpick.advising.security.Viewer;
import java.util.List;

/**
 * A feature's part of a worklist. An implementation asks its own feature's service, so the permissions and the
 * students the viewer may see are those of the pages the items link to; it offers nothing to a viewer without the
 * permission (never an exception).
 */
public interface WorkSource {

    List<WorkItem> itemsFor(Viewer viewer);
}
