package org.openipt.formulation.internal;

import java.util.List;

import org.openipt.course.CourseSummary;
import org.openipt.course.FocusOption;
import org.openipt.course.SessionFocusOptions;
import org.springframework.stereotype.Component;

/** Offers a course's focal problem areas, named in the format's wording, as what a session worked on. */
@Component
class FocalAreaSessionFocus implements SessionFocusOptions {

    private final FormulationStore store;

    FocalAreaSessionFocus(FormulationStore store) {
        this.store = store;
    }

    @Override
    public List<FocusOption> optionsFor(CourseSummary course) {
        String wording = course.protocol().wording();
        return store.focalAreas(course.id().value()).stream()
                .map(area -> new FocusOption(area.id().value(), area.area().messageKey(wording))).toList();
    }
}
