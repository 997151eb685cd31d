package org.openipt.formulation;

/**
 * A focal problem area as the clinician describes it: the detail of its area. A new role dispute's detail holds its
 * first stage (one step of history); after that its stage changes only through
 * {@link FormulationService#changeDisputeStage}, and a saved entry leaves the stage history as it is.
 */
public record FocalAreaEntry(FocalAreaDetail detail) {

    public ProblemArea area() {
        return detail.area();
    }
}
