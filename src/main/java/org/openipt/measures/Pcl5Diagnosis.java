package org.openipt.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PCL-5 cluster sums and the two provisional-PTSD rules (reference §5.8): the DSM-5 rule (an item rated 2
 * "moderately" or more is endorsed; at least 1 item of cluster B, 1 of C, 2 of D and 2 of E) and the cut-off on the
 * total (the Questionnaire's {@code provisional-ptsd} cut-off, 33 as shipped; the literature uses 31 to 33).
 */
public final class Pcl5Diagnosis {

    /** How many endorsed items the DSM rule needs in each cluster, by cluster link id. */
    private static final Map<String, Integer> REQUIRED = Map.of(
            "pcl5-cluster-b", 1, "pcl5-cluster-c", 1, "pcl5-cluster-d", 2, "pcl5-cluster-e", 2);
    private static final int ENDORSED = 2;

    /**
     * @param clusterSums the sums of clusters B, C, D and E, by cluster link id
     * @param endorsedItems how many items of each cluster are rated 2 or more
     */
    public record Result(Map<String, Integer> clusterSums, Map<String, Integer> endorsedItems, boolean dsmRuleMet,
            boolean cutoffMet) {

        public Result {
            clusterSums = Map.copyOf(clusterSums);
            endorsedItems = Map.copyOf(endorsedItems);
        }

        public boolean provisionalPtsd() {
            return dsmRuleMet || cutoffMet;
        }
    }

    private Pcl5Diagnosis() {
    }

    /** Empty for an incomplete response or another instrument. */
    public static Optional<Result> evaluate(InstrumentDefinition pcl5, ScoreResult result) {
        if (!"pcl-5".equals(pcl5.id()) || !pcl5.id().equals(result.instrumentId()) || !result.complete()) {
            return Optional.empty();
        }
        Map<String, Integer> endorsed = new LinkedHashMap<>();
        boolean dsm = true;
        for (InstrumentDefinition.Score cluster : pcl5.subscales()) {
            int count = (int) cluster.itemLinkIds().stream().filter(item -> result.itemScore(item) >= ENDORSED).count();
            endorsed.put(cluster.linkId(), count);
            Integer required = REQUIRED.get(cluster.linkId());
            if (required == null) {
                throw new IllegalStateException("unknown PCL-5 cluster " + cluster.linkId());
            }
            dsm &= count >= required;
        }
        if (!endorsed.keySet().equals(REQUIRED.keySet())) {
            throw new IllegalStateException("PCL-5 definition lacks a cluster: " + endorsed.keySet());
        }
        return Optional.of(new Result(result.subscales(), endorsed, dsm, result.cutoffMet("provisional-ptsd")));
    }
}
