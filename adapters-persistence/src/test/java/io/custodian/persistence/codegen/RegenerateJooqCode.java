package io.custodian.persistence.codegen;

import io.custodian.persistence.DatabaseSettings;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.persistence.testing.TestDatabase;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.nio.file.Path;

/**
 * Regenerates the committed jOOQ code from the Flyway migrations, against a freshly migrated real PostgreSQL
 * (embedded unless {@code CUSTODIAN_TEST_DB_URL} is set).
 *
 * <pre>./mvnw -pl adapters-persistence -am -Pjooq-codegen -DskipTests process-test-classes</pre>
 */
public final class RegenerateJooqCode {

    /** Package of the generated classes. */
    public static final String PACKAGE = "io.custodian.persistence.jooq";

    private RegenerateJooqCode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RegenerateJooqCode <target source directory>");
            System.exit(2);
        }
        generate(Path.of(args[0]));
        System.out.println("jOOQ code regenerated into " + Path.of(args[0]).toAbsolutePath());
        System.exit(0);
    }

    /** Migrates a new empty database and generates the jOOQ classes for it into {@code directory}. */
    public static void generate(Path directory) throws Exception {
        DatabaseSettings settings = TestDatabase.emptyDatabase("jooq_codegen");
        try (var database = PostgresDatabase.open(settings)) {
            GenerationTool.generate(configuration(settings, directory));
        }
    }

    static Configuration configuration(DatabaseSettings settings, Path directory) {
        return new Configuration()
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(settings.jdbcUrl())
                        .withUser(settings.user())
                        .withPassword(settings.password()))
                .withGenerator(new Generator()
                        .withName("org.jooq.codegen.JavaGenerator")
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes("flyway_schema_history"))
                        .withGenerate(new Generate()
                                .withGeneratedAnnotation(false)
                                .withJavaTimeTypes(true)
                                .withRecords(true)
                                .withPojos(false)
                                .withFluentSetters(true)
                                .withComments(true))
                        .withTarget(new Target()
                                .withPackageName(PACKAGE)
                                .withDirectory(directory.toAbsolutePath().toString())
                                .withClean(true)));
    }
}
