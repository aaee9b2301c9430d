package io.custodian.domain.retention;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.custodian.domain.datamap.ItemKind.CONFIGURATION_DOCUMENT;
import static io.custodian.domain.datamap.ItemKind.LICENSE_INFORMATION;
import static io.custodian.domain.datamap.ItemKind.SYNC_RELATION;
import static io.custodian.domain.datamap.ItemKind.TWIN_TRACE;
import static io.custodian.domain.retention.Items.child;
import static io.custodian.domain.retention.Items.item;
import static io.custodian.domain.retention.Items.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link ItemContents}, run against the fake here and the jOOQ adapter there. Items are written through
 * {@link OperationItems} and deleted through {@link ExpiredItems} of the same storage.
 */
public abstract class ItemContentsContract {

    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    /** The port under test with the writer and deleter over the same storage. */
    public record Storage(OperationItems writer, ItemContents contents, ExpiredItems expired) {
    }

    /** Storage holding no items, in which the tenants {@code acme} and {@code globex} are installed. */
    protected abstract Storage emptyStorage();

    private static ItemContent text(String value) {
        return new ItemContent(value.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(List<StoredContent> page) {
        return page.stream().map(content -> content.id().value()).toList();
    }

    @Test
    public void reads_back_the_content_last_saved_for_an_item() {
        Storage storage = emptyStorage();
        StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0);
        storage.writer().save(relation, text("{\"v\":1}"));
        storage.writer().save(relation.writtenAt(T0.plusSeconds(1)), text("{\"v\":2}"));

        assertThat(storage.contents().read(relation.ref())).contains(text("{\"v\":2}"));
    }

    @Test
    public void keeps_content_byte_for_byte_including_empty_content() {
        Storage storage = emptyStorage();
        byte[] bytes = {0, -1, 127, -128, 10, 0};
        storage.writer().save(item("acme", CONFIGURATION_DOCUMENT, "binary", T0), new ItemContent(bytes));
        storage.writer().save(item("acme", CONFIGURATION_DOCUMENT, "empty", T0), new ItemContent(new byte[0]));

        assertThat(storage.contents().read(ref("acme", CONFIGURATION_DOCUMENT, "binary")))
                .contains(new ItemContent(bytes));
        assertThat(storage.contents().read(ref("acme", CONFIGURATION_DOCUMENT, "empty")))
                .contains(new ItemContent(new byte[0]));
    }

    @Test
    public void reads_the_one_license_information_item_of_a_tenant() {
        Storage storage = emptyStorage();
        storage.writer().save(item("acme", LICENSE_INFORMATION, ItemId.LICENSE.value(), T0), text("{\"active\":true}"));

        assertThat(storage.contents().read(ref("acme", LICENSE_INFORMATION, ItemId.LICENSE.value())))
                .contains(text("{\"active\":true}"));
        assertThat(storage.contents().read(ref("globex", LICENSE_INFORMATION, ItemId.LICENSE.value()))).isEmpty();
    }

    @Test
    public void an_item_not_stored_has_no_content_even_if_another_tenant_or_kind_has_that_id() {
        Storage storage = emptyStorage();
        storage.writer().save(item("acme", SYNC_RELATION, "rel-1", T0), text("acme's"));

        assertThat(storage.contents().read(ref("acme", SYNC_RELATION, "rel-2"))).isEmpty();
        assertThat(storage.contents().read(ref("globex", SYNC_RELATION, "rel-1"))).isEmpty();
        assertThat(storage.contents().read(ref("acme", CONFIGURATION_DOCUMENT, "rel-1"))).isEmpty();
    }

    @Test
    public void a_deleted_item_has_no_content() {
        Storage storage = emptyStorage();
        StoredItem relation = item("acme", SYNC_RELATION, "rel-1", T0);
        storage.writer().save(relation, text("gone soon"));

        storage.expired().delete(List.of(relation.ref()));

        assertThat(storage.contents().read(relation.ref())).isEmpty();
        assertThat(storage.contents().page(new ClientKey("acme"), SYNC_RELATION, Optional.empty(), 10)).isEmpty();
    }

    @Test
    public void a_page_lists_the_items_of_one_kind_in_ascending_java_string_order_of_id_with_metadata_and_content() {
        Storage storage = emptyStorage();
        // a locale collation would order these differently ("a" before "B", punctuation ignored, ...)
        List<String> shuffled = List.of("b", "a-b", "B", "10", "ab", "a", "9", "a.c", "A_1", "a:z");
        for (int i = 0; i < shuffled.size(); i++) {
            storage.writer().save(item("acme", SYNC_RELATION, shuffled.get(i), T0.plusSeconds(i)),
                    text("doc " + shuffled.get(i)));
        }

        List<StoredContent> page = storage.contents().page(new ClientKey("acme"), SYNC_RELATION, Optional.empty(), 100);

        assertThat(ids(page)).containsExactly("10", "9", "A_1", "B", "a", "a-b", "a.c", "a:z", "ab", "b");
        assertThat(page.get(1)).isEqualTo(new StoredContent(item("acme", SYNC_RELATION, "9", T0.plusSeconds(6)),
                text("doc 9")));
    }

    @Test
    public void a_page_starts_after_the_given_id_and_holds_at_most_the_limit() {
        Storage storage = emptyStorage();
        for (String id : List.of("rel-1", "rel-2", "rel-3", "rel-4", "rel-5")) {
            storage.writer().save(item("acme", SYNC_RELATION, id, T0), text(id));
        }
        ClientKey acme = new ClientKey("acme");

        assertThat(ids(storage.contents().page(acme, SYNC_RELATION, Optional.empty(), 2)))
                .containsExactly("rel-1", "rel-2");
        assertThat(ids(storage.contents().page(acme, SYNC_RELATION, Optional.of(new ItemId("rel-2")), 2)))
                .containsExactly("rel-3", "rel-4");
        assertThat(ids(storage.contents().page(acme, SYNC_RELATION, Optional.of(new ItemId("rel-4")), 2)))
                .containsExactly("rel-5");
        assertThat(ids(storage.contents().page(acme, SYNC_RELATION, Optional.of(new ItemId("rel-5")), 2))).isEmpty();
        assertThat(ids(storage.contents().page(acme, SYNC_RELATION, Optional.of(new ItemId("rel-25")), 10)))
                .containsExactly("rel-3", "rel-4", "rel-5");
    }

    @Test
    public void a_page_holds_only_the_tenants_items_of_that_kind_under_any_parent() {
        Storage storage = emptyStorage();
        storage.writer().save(item("acme", SYNC_RELATION, "rel-1", T0), text("r1"));
        storage.writer().save(item("acme", SYNC_RELATION, "rel-2", T0), text("r2"));
        storage.writer().save(child("acme", TWIN_TRACE, "rel-1/10042", "rel-1", T0), text("t1"));
        storage.writer().save(child("acme", TWIN_TRACE, "rel-2/10042", "rel-2", T0), text("t2"));
        storage.writer().save(item("acme", CONFIGURATION_DOCUMENT, "rel-0", T0), text("c"));
        storage.writer().save(item("globex", SYNC_RELATION, "rel-0", T0), text("g"));

        ClientKey acme = new ClientKey("acme");
        assertThat(ids(storage.contents().page(acme, SYNC_RELATION, Optional.empty(), 10)))
                .containsExactly("rel-1", "rel-2");
        assertThat(storage.contents().page(acme, TWIN_TRACE, Optional.empty(), 10))
                .containsExactly(new StoredContent(child("acme", TWIN_TRACE, "rel-1/10042", "rel-1", T0), text("t1")),
                        new StoredContent(child("acme", TWIN_TRACE, "rel-2/10042", "rel-2", T0), text("t2")));
        assertThat(storage.contents().page(new ClientKey("nobody"), SYNC_RELATION, Optional.empty(), 10)).isEmpty();
    }
}
