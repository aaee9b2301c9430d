package io.custodian.domain.appdata;

import io.custodian.domain.datamap.Category;
import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.CustodyFixture;
import io.custodian.domain.retention.DeletedItem;
import io.custodian.domain.retention.DeletionCause;
import io.custodian.domain.retention.ItemContent;
import io.custodian.domain.retention.StoredItem;
import io.custodian.domain.tenant.ClientKey;
import io.custodian.domain.tenant.EncryptedSecret;
import io.custodian.domain.tenant.InstallationRecord;
import io.custodian.domain.tenant.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationServiceTest {

    private static final ClientKey ACME = new ClientKey("acme");
    private static final ConfigurationName BOARD = new ConfigurationName("board.settings");

    private final CustodyFixture custody = new CustodyFixture();

    @BeforeEach
    void installAcme() {
        custody.install("acme");
    }

    private static ItemContent json(String text) {
        return new ItemContent(text.getBytes(StandardCharsets.UTF_8));
    }

    private PutConfigurationUseCase.Outcome put(ConfigurationName name, String document) {
        return custody.configuration.put(new PutConfigurationCommand(ACME, name, json(document)));
    }

    private FindConfigurationUseCase.Outcome find(ConfigurationName name) {
        return custody.configuration.find(new FindConfigurationQuery(ACME, name));
    }

    private Map<?, ?> storage() {
        return Map.of("items", custody.items.all(), "contents", custody.items.contents());
    }

    @Test
    void a_new_document_is_stored_as_customer_uploaded_data_written_now() {
        PutConfigurationUseCase.Stored stored = (PutConfigurationUseCase.Stored) put(BOARD, "{\"columns\":3}");

        assertThat(stored.created()).isTrue();
        assertThat(stored.item()).isEqualTo(StoredItem.of(ACME,
                ItemKind.CONFIGURATION_DOCUMENT, "board.settings", custody.clock.instant()));
        assertThat(stored.item().ref().category()).isEqualTo(Category.CUSTOMER_UPLOADED);
        assertThat(find(BOARD)).isEqualTo(new FindConfigurationUseCase.Found(
                new ConfigurationDocument(BOARD, json("{\"columns\":3}"), custody.clock.instant())));
    }

    @Test
    void putting_a_document_again_replaces_its_content_and_write_time() {
        put(BOARD, "{\"columns\":3}");
        custody.clock.advance(Duration.ofMinutes(1));

        PutConfigurationUseCase.Stored stored = (PutConfigurationUseCase.Stored) put(BOARD, "{\"columns\":4}");

        assertThat(stored.created()).isFalse();
        assertThat(custody.items.all()).hasSize(1);
        assertThat(find(BOARD)).isEqualTo(new FindConfigurationUseCase.Found(
                new ConfigurationDocument(BOARD, json("{\"columns\":4}"), custody.clock.instant())));
    }

    @Test
    void a_document_never_stored_is_not_found() {
        put(BOARD, "{}");

        assertThat(find(new ConfigurationName("other"))).isEqualTo(new FindConfigurationUseCase.NotFound());
    }

    @Test
    void another_tenant_cannot_read_or_delete_the_document() {
        put(BOARD, "{}");
        custody.install("globex");
        ClientKey globex = new ClientKey("globex");

        assertThat(custody.configuration.find(new FindConfigurationQuery(globex, BOARD)))
                .isEqualTo(new FindConfigurationUseCase.NotFound());
        assertThat(custody.configuration.delete(new DeleteConfigurationCommand(globex, BOARD)))
                .isEqualTo(new DeleteConfigurationUseCase.NotFound());
        assertThat(find(BOARD)).isInstanceOf(FindConfigurationUseCase.Found.class);
    }

    @Test
    void deleting_a_document_removes_it_at_once_as_removed_by_the_customer() {
        put(BOARD, "{}");
        put(new ConfigurationName("other"), "{}");

        DeleteConfigurationUseCase.Deleted deleted = (DeleteConfigurationUseCase.Deleted)
                custody.configuration.delete(new DeleteConfigurationCommand(ACME, BOARD));

        assertThat(deleted.deletion().items())
                .containsExactly(new DeletedItem(BOARD.ref(ACME), DeletionCause.REMOVED_BY_CUSTOMER));
        assertThat(deleted.deletion().executedAt()).isEqualTo(custody.clock.instant());
        assertThat(find(BOARD)).isEqualTo(new FindConfigurationUseCase.NotFound());
        assertThat(custody.items.all()).extracting(item -> item.id().value()).containsExactly("other");
    }

    @Test
    void deleting_a_document_that_does_not_exist_deletes_nothing() {
        put(BOARD, "{}");
        Map<?, ?> before = storage();

        assertThat(custody.configuration.delete(new DeleteConfigurationCommand(ACME, new ConfigurationName("other"))))
                .isEqualTo(new DeleteConfigurationUseCase.NotFound());
        assertThat(storage()).isEqualTo(before);
    }

    @Test
    void a_disabled_tenant_can_neither_put_nor_read_nor_delete_and_nothing_changes() {
        put(BOARD, "{}");
        custody.disable("acme");
        Map<?, ?> before = storage();

        assertThat(put(BOARD, "{\"changed\":true}"))
                .isEqualTo(new PutConfigurationUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
        assertThat(put(new ConfigurationName("new"), "{}"))
                .isEqualTo(new PutConfigurationUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
        assertThat(find(BOARD)).isEqualTo(new FindConfigurationUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
        assertThat(custody.configuration.delete(new DeleteConfigurationCommand(ACME, BOARD)))
                .isEqualTo(new DeleteConfigurationUseCase.Refused(AppDataRefusal.TENANT_NOT_ACTIVE));
        assertThat(storage()).isEqualTo(before);
    }

    @Test
    void an_unknown_tenant_or_one_pinned_elsewhere_is_refused() {
        assertThat(custody.configuration.put(new PutConfigurationCommand(new ClientKey("stranger"), BOARD, json("{}"))))
                .isEqualTo(new PutConfigurationUseCase.Refused(AppDataRefusal.NOT_INSTALLED));

        custody.tenants.save(InstallationRecord.freshInstall(new ClientKey("far"), Tenants.account(),
                new EncryptedSecret(new byte[]{1}), Tenants.ELSEWHERE, custody.clock.instant()));
        assertThat(custody.configuration.put(new PutConfigurationCommand(new ClientKey("far"), BOARD, json("{}"))))
                .isEqualTo(new PutConfigurationUseCase.Refused(AppDataRefusal.PINNED_ELSEWHERE));
        assertThat(custody.items.all()).isEmpty();
    }

    @Test
    void a_document_is_kept_while_subscribed_however_long_it_is_not_written() {
        put(BOARD, "{}");
        custody.clock.advanceDays(365);

        custody.sweep();

        assertThat(find(BOARD)).isInstanceOf(FindConfigurationUseCase.Found.class);
    }

    @Test
    void every_use_case_runs_in_one_transaction() {
        int before = custody.transactions.started();

        put(BOARD, "{}");
        find(BOARD);
        custody.configuration.delete(new DeleteConfigurationCommand(ACME, BOARD));

        assertThat(custody.transactions.started()).isEqualTo(before + 3);
        assertThat(custody.transactions.maxDepth()).isEqualTo(1);
        assertThat(custody.items.all()).isEmpty();
    }
}
