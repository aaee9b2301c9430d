package io.custodian.server.testing;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.ItemId;
import io.custodian.domain.retention.RecordOperationItemCommand;
import io.custodian.domain.retention.RecordOperationItemUseCase;
import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.HandleInstallCommand;
import io.custodian.domain.tenant.HandleUninstallCommand;
import io.custodian.domain.tenant.ProductType;
import io.custodian.domain.tenant.SharedSecret;
import io.custodian.persistence.PostgresDatabase;
import io.custodian.server.CustodianServices;
import io.custodian.server.config.ServerSettings;
import io.custodian.server.config.SettingsLoader;
import io.custodian.server.keys.KeyLoader;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The domain services over a real database, without a web server: for engine tests and child processes. */
public final class TestServices implements AutoCloseable {

    private final PostgresDatabase database;
    private final CustodianServices services;

    private TestServices(PostgresDatabase database, CustodianServices services) {
        this.database = database;
        this.services = services;
    }

    public static TestServices open(Map<String, String> environment, InstantSource clock) {
        ServerSettings settings = new SettingsLoader(environment).load();
        var db = settings.database();
        var database = PostgresDatabase.open(new io.custodian.persistence.DatabaseSettings(db.url().orElseThrow(),
                db.user(), db.password(), db.poolSize(), db.connectTimeout()));
        var keys = new KeyLoader(new SecureRandom()).load(settings);
        return new TestServices(database, new CustodianServices(settings, database, keys, clock));
    }

    public CustodianServices services() {
        return services;
    }

    public PostgresDatabase database() {
        return database;
    }

    /** Installs a verified tenant. */
    public ClientKey install(String clientKey) {
        var key = new ClientKey(clientKey);
        services.lifecycle().install(new HandleInstallCommand(key,
                AccountData.of("io.custodian.test-app", ProductType.JIRA, URI.create("https://" + clientKey + ".atlassian.net")),
                new SharedSecret("secret-of-" + clientKey + "-0123456789abcdef0123456789"), true));
        return key;
    }

    public void uninstall(ClientKey tenant) {
        services.lifecycle().uninstall(new HandleUninstallCommand(tenant));
    }

    /**
     * Stores {@code relations} sync relations with {@code twinsPerRelation} twins each, every twin with two field
     * traces and two issue version copies; returns the counts per kind.
     */
    public Map<ItemKind, Long> seedOperationData(ClientKey tenant, int relations, int twinsPerRelation) {
        var counts = new EnumMap<ItemKind, Long>(ItemKind.class);
        for (int r = 0; r < relations; r++) {
            var relation = "rel-" + r;
            write(tenant, ItemKind.SYNC_RELATION, relation, null, counts);
            for (int t = 0; t < twinsPerRelation; t++) {
                var twin = relation + "-twin-" + t;
                write(tenant, ItemKind.TWIN_TRACE, twin, relation, counts);
                for (int i = 0; i < 2; i++) {
                    write(tenant, ItemKind.FIELD_TRACE, twin + "-field-" + i, twin, counts);
                    write(tenant, ItemKind.ISSUE_VERSION_COPY, twin + "-v" + i, twin, counts);
                }
            }
        }
        return counts;
    }

    private void write(ClientKey tenant, ItemKind kind, String id, String parent, Map<ItemKind, Long> counts) {
        var outcome = services.operations().record(new RecordOperationItemCommand(tenant, kind, new ItemId(id),
                Optional.ofNullable(parent).map(ItemId::new),
                new ItemContent(("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))));
        if (!(outcome instanceof RecordOperationItemUseCase.Recorded)) {
            throw new IllegalStateException("could not store " + kind + " " + id + ": " + outcome);
        }
        counts.merge(kind, 1L, Long::sum);
    }

    @Override
    public void close() {
        database.close();
    }
}
