package org.openipt.safety;

import java.util.List;

import org.openipt.course.CourseSummary;

/**
 * The page of a risk event: the course, the event, the crisis resources for the reader's language, and which
 * steps the reader may take now.
 */
public record RiskEventPage(CourseSummary course, RiskEvent event, List<CrisisResource> crisisResources,
        List<RiskStep> stepsForReader) {

    public RiskEventPage {
        crisisResources = List.copyOf(crisisResources);
        stepsForReader = List.copyOf(stepsForReader);
    }

    public boolean mayTake(RiskStep step) {
        return stepsForReader.contains(step);
    }

    public boolean mayAcknowledge() {
        return mayTake(RiskStep.ACKNOWLEDGE);
    }

    public boolean mayAssess() {
        return mayTake(RiskStep.ASSESS);
    }

    public boolean mayAction() {
        return mayTake(RiskStep.ACTION);
    }

    public boolean mayClose() {
        return mayTake(RiskStep.CLOSE);
    }
}
