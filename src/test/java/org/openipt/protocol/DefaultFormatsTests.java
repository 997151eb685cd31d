package org.openipt.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DefaultFormatsTests {

    @Test
    void everyBuiltInFormatIsConsistent() throws Exception {
        try (InputStream in = new ClassPathResource("protocol/default-formats.json").getInputStream()) {
            JsonNode formats = JsonMapper.builder().build().readTree(in);
            assertThat(formats.size()).isEqualTo(8);
            for (JsonNode f : formats) {
                ProtocolSettings settings = new ProtocolSettings(Delivery.valueOf(f.get("delivery").asString()),
                        f.get("defaultSessions").asInt(), f.get("minSessions").asInt(), f.get("maxSessions").asInt(),
                        Cadence.valueOf(f.get("cadence").asString()), f.get("sessionMinutes").asInt(),
                        f.get("preGroupSessions").asInt(), f.get("initialPhaseSessions").asInt(),
                        f.get("terminationPhaseSessions").asInt(), f.get("layWording").asBoolean(),
                        f.get("limitedSickRole").asBoolean(), f.get("caregiverSessions").asBoolean());
                assertThat(settings.problems()).as(f.get("code").asString()).isEmpty();
            }
        }
    }

    @Test
    void inconsistentSettingsAreExplained() {
        ProtocolSettings broken = new ProtocolSettings(Delivery.INDIVIDUAL, 30, 12, 8, Cadence.WEEKLY, 1, 0, 20, 20,
                false, false, false);

        assertThat(broken.problems()).isEqualTo(List.of("protocol.range.invalid", "protocol.default.outsideRange",
                "protocol.minutes.invalid", "protocol.phases.tooLong"));
    }
}
