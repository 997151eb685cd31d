package org.openipt.timeline;

import java.util.List;

/**
 * A course's timeline together with its picture, drawn once for the page that shows both, and the days of the
 * client's diary waiting for the clinician to add them to it or set them aside (oldest first).
 */
public record TimelineView(Timeline timeline, String svg, List<DiaryEntry> diarySuggestions) {

    public TimelineView {
        diarySuggestions = List.copyOf(diarySuggestions);
    }
}
