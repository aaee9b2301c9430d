package io.custodian.domain.support;

import io.custodian.domain.datamap.ItemKind;
import io.custodian.domain.retention.StoredContent;
import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.TenantView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a support bundle as a deterministic ZIP: the same contents always give the same bytes (fixed entry order,
 * every entry time the bundle's creation time in UTC, no extra fields, JSON from {@link BundleJson}).
 * <pre>
 * manifest.json                          format, ticket, created-at, data location, the tenant's Account Data
 *                                        (no secret, no key), the report, per-kind counts, limits, attachments
 * items/license-information.json         one file per collected kind: stored and included counts, and the
 * items/sync-relation.json ...           included items (id, parent, last written, content as UTF-8 text or
 * items/configuration-document.json      base64)
 * attachments/1-&lt;name&gt; ...               the attachments, numbered in the order they were sent
 * </pre>
 * Collected: Operation Data and Customer Uploaded Data ({@link #COLLECTED_KINDS}); not collected: Session Data (usage
 * statistics) and other Support Data.
 */
final class SupportBundleArchive {

    static final String FORMAT = "custodian-support-bundle/v1";
    static final String MANIFEST = "manifest.json";

    /** The kinds a bundle collects, in file order: every Operation Data kind, then configuration documents. */
    static final List<ItemKind> COLLECTED_KINDS = List.of(ItemKind.LICENSE_INFORMATION, ItemKind.SYNC_RELATION,
            ItemKind.TWIN_TRACE, ItemKind.FIELD_TRACE, ItemKind.ISSUE_VERSION_COPY, ItemKind.CONFIGURATION_DOCUMENT);

    private SupportBundleArchive() {
    }

    static byte[] write(BundleContents contents) {
        LocalDateTime entryTime = LocalDateTime.ofInstant(contents.createdAt(), ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, MANIFEST, BundleJson.bytes(manifest(contents)), entryTime);
            for (BundleContents.KindSection section : contents.sections()) {
                entry(zip, fileOf(section.kind()), BundleJson.bytes(section(section)), entryTime);
            }
            List<Attachment> attachments = contents.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                entry(zip, attachmentFile(i, attachments.get(i)), attachments.get(i).bytes(), entryTime);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a ZIP to memory failed", e);
        }
        return bytes.toByteArray();
    }

    static String fileOf(ItemKind kind) {
        return "items/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
    }

    static String attachmentFile(int index, Attachment attachment) {
        return "attachments/" + (index + 1) + "-" + attachment.name().value();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static Map<String, Object> manifest(BundleContents contents) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("category", "Support Data");
        manifest.put("ticketId", contents.ticket().value());
        manifest.put("createdAt", contents.createdAt());
        manifest.put("dataLocation", contents.tenant().location().name());
        manifest.put("tenant", tenant(contents.tenant()));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("reporterEmail", contents.report().reporter().value());
        report.put("summary", contents.report().summary());
        report.put("description", contents.report().description());
        manifest.put("report", report);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (BundleContents.KindSection section : contents.sections()) {
            Map<String, Object> count = new LinkedHashMap<>();
            count.put("category", section.kind().category().displayName());
            count.put("file", fileOf(section.kind()));
            count.put("stored", section.stored());
            count.put("included", (long) section.included().size());
            count.put("truncated", section.truncated());
            counts.put(section.kind().name(), count);
        }
        manifest.put("counts", counts);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxItemsPerKind", contents.policy().maxItemsPerKind());
        limits.put("maxItemBytes", contents.itemBytesBudget());
        manifest.put("limits", limits);
        List<Object> attachments = new ArrayList<>();
        for (int i = 0; i < contents.attachments().size(); i++) {
            Attachment attachment = contents.attachments().get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", attachmentFile(i, attachment));
            entry.put("bytes", attachment.size());
            entry.put("sha256", sha256(attachment.bytes()));
            attachments.add(entry);
        }
        manifest.put("attachments", attachments);
        manifest.put("notCollected", List.of("the shared secret and every key", "Session Data (usage statistics)",
                "other Support Data"));
        return manifest;
    }

    /** The tenant's Account Data: every field of the installation except the shared secret, which a view lacks. */
    private static Map<String, Object> tenant(TenantView tenant) {
        AccountData account = tenant.account();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("clientKey", tenant.clientKey().value());
        fields.put("addOnKey", account.addOnKey());
        fields.put("productType", account.productType().name());
        fields.put("baseUrl", account.baseUrl().toString());
        fields.put("displayUrl", account.displayUrl().map(Object::toString));
        fields.put("serviceEntitlementNumber", account.serviceEntitlementNumber());
        fields.put("entitlementId", account.entitlementId());
        fields.put("entitlementNumber", account.entitlementNumber());
        fields.put("oauthClientId", account.oauthClientId());
        fields.put("cloudId", account.cloudId());
        fields.put("installationId", account.installationId());
        fields.put("description", account.description());
        fields.put("state", tenant.state().name());
        fields.put("installedAt", tenant.installedAt());
        fields.put("purgeDeadline", tenant.purgeDeadline());
        return fields;
    }

    private static Map<String, Object> section(BundleContents.KindSection section) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("kind", section.kind().name());
        file.put("category", section.kind().category().displayName());
        file.put("stored", section.stored());
        file.put("included", (long) section.included().size());
        file.put("truncated", section.truncated());
        List<Object> items = new ArrayList<>();
        for (StoredContent stored : section.included()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", stored.id().value());
            item.put("parent", stored.item().parent().map(parent -> parent.value()));
            item.put("lastWrittenAt", stored.item().lastWrittenAt());
            byte[] content = stored.content().bytes();
            item.put("bytes", content.length);
            String text = utf8(content);
            if (text != null) {
                item.put("text", text);
            } else {
                item.put("base64", Base64.getEncoder().encodeToString(content));
            }
            items.add(item);
        }
        file.put("items", items);
        return file;
    }

    /** The content as text when it is well-formed UTF-8; {@code null} otherwise. */
    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
    }
}
