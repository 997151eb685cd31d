package org.openipt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OpenIptApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * Writes the module diagrams (PlantUML) and each module's canvas (AsciiDoc) to {@code docs/modules}, which is kept
     * in the repository: a change to the modules shows in the diff of the commit that makes it.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /** The Documenter writes a diagram's relations in no fixed order; sorted, an unchanged module leaves no diff. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                positions.add(i);
            }
        }
        List<String> relations = positions.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < positions.size(); i++) {
            lines.set(positions.get(i), relations.get(i));
        }
        Files.write(diagram, lines);
    }
}
