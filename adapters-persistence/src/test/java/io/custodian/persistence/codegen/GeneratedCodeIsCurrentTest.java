package io.custodian.persistence.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Fails when a migration changed and the committed jOOQ code under src/main/jooq was not regenerated. */
class GeneratedCodeIsCurrentTest {

    private static final Path COMMITTED = Path.of("src/main/jooq");

    @Test
    void committed_jooq_code_matches_code_generated_from_the_migrations(@TempDir Path fresh) throws Exception {
        RegenerateJooqCode.generate(fresh);

        assertThat(contents(COMMITTED))
                .as("committed jOOQ code is stale: run ./mvnw -pl adapters-persistence -am -Pjooq-codegen"
                        + " -DskipTests process-test-classes and commit src/main/jooq")
                .isEqualTo(contents(fresh));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        var files = new TreeMap<String, String>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
