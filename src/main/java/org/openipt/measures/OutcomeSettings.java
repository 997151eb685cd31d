package org.openipt.measures;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the outcome rules: Jacobson–Truax parameters by instrument id, e.g.
 * {@code openipt.outcomes.reliable-change.pcl-5.sd=…}, {@code ….reliability=…}, {@code ….source=…}. Empty by default:
 * the reference gives no parameters to ship, so without configuration the index answers "not available".
 */
@ConfigurationProperties("openipt.outcomes")
public record OutcomeSettings(@Nullable Map<String, ReliableChangeParameters> reliableChange) {

    public OutcomeSettings {
        reliableChange = reliableChange == null ? Map.of() : Map.copyOf(reliableChange);
    }

    public static OutcomeSettings none() {
        return new OutcomeSettings(Map.of());
    }

    public Optional<ReliableChangeParameters> reliableChange(String instrumentId) {
        return Optional.ofNullable(reliableChange().get(instrumentId));
    }

    @Override
    public Map<String, ReliableChangeParameters> reliableChange() {
        return reliableChange == null ? Map.of() : reliableChange;
    }
}
