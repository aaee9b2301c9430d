package io.custodian.web.staff;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.custodian.domain.access.Affiliation;
import io.custodian.domain.access.Purpose;
import io.custodian.domain.access.StaffId;
import io.custodian.domain.access.StaffMember;
import io.custodian.domain.audit.AuditEntry;
import io.custodian.domain.audit.ChainVerification;
import io.custodian.domain.custody.CategoryInventory;
import io.custodian.domain.custody.DeletionRequestStatus;
import io.custodian.domain.custody.KindInventory;
import io.custodian.domain.custody.OverdueReport;
import io.custodian.domain.custody.Page;
import io.custodian.domain.custody.ReceiptDocument;
import io.custodian.domain.custody.ReceiptPublicKey;
import io.custodian.domain.custody.TenantDetail;
import io.custodian.domain.custody.TenantForecast;
import io.custodian.domain.custody.TenantSummary;
import io.custodian.domain.datamap.DataMap;
import io.custodian.domain.deletion.DeletionRequest;
import io.custodian.domain.deletion.RequestState;
import io.custodian.domain.receipt.DeletionReceipt;
import io.custodian.domain.receipt.ReceiptId;
import io.custodian.domain.receipt.ReceiptSignature;
import io.custodian.domain.receipt.ReceiptVerification;
import io.custodian.domain.receipt.SignedReceipt;
import io.custodian.domain.support.BundleDownload;
import io.custodian.domain.support.Forwarding;
import io.custodian.domain.support.TicketView;
import io.custodian.domain.support.WipeAcknowledgement;
import io.custodian.domain.tenant.AccountData;
import io.custodian.domain.tenant.LicenseState;

/**
 * The JSON bodies of the staff API's answers. Absent values are {@code null}; instants are ISO-8601 UTC strings,
 * durations ISO-8601 ({@code PT20M}), dates {@code 2026-12-31}; enums by name. Nothing here can hold a secret: there
 * is no field for a shared secret, a password (hash) or a token hash, and the only token is the one a login hands out.
 */
final class StaffJson {

    private StaffJson() {
    }

    /** A page of a list. */
    record PageBody<T>(List<T> items, int page, int size, long total, boolean hasNext) {
        static <D, T> PageBody<T> of(Page<D> page, Function<? super D, ? extends T> view) {
            return new PageBody<>(page.items().stream().<T>map(view).toList(), page.request().page(),
                    page.request().size(), page.total(), page.hasNext());
        }
    }

    /** A staff account. */
    record Staff(String id, String displayName, String login, String team, String role, String affiliation,
                 LocalDate contractValidUntil, boolean active) {
        static Staff of(StaffMember member) {
            return new Staff(member.id().toString(), member.displayName(), member.loginName().value(),
                    member.team().name(), member.role().name(),
                    switch (member.affiliation()) {
                        case Affiliation.Employee employee -> "EMPLOYEE";
                        case Affiliation.Subcontractor subcontractor -> "SUBCONTRACTOR";
                    },
                    switch (member.affiliation()) {
                        case Affiliation.Employee employee -> null;
                        case Affiliation.Subcontractor subcontractor -> subcontractor.contractValidUntil();
                    },
                    member.active());
        }
    }

    /** {@code POST /sessions}: the bearer token, shown this once. */
    record Session(String token, Instant expiresAt, Staff staff) {
    }

    record TenantLine(String clientKey, URI baseUrl, String productType, String state, String location,
                      Instant installedAt, Instant purgeDeadline) {
        static TenantLine of(TenantSummary tenant) {
            return new TenantLine(tenant.clientKey().value(), tenant.baseUrl(), tenant.productType().name(),
                    tenant.state().name(), tenant.location().name(), tenant.installedAt(),
                    tenant.purgeDeadline().orElse(null));
        }
    }

    /** The account data of a tenant: every field of the Connect installation except the shared secret. */
    record Account(String addOnKey, String productType, URI baseUrl, String serviceEntitlementNumber,
                   String oauthClientId, String cloudId, String installationId, String entitlementId,
                   String entitlementNumber, URI displayUrl, String description) {
        static Account of(AccountData account) {
            return new Account(account.addOnKey(), account.productType().name(), account.baseUrl(),
                    account.serviceEntitlementNumber().orElse(null), account.oauthClientId().orElse(null),
                    account.cloudId().orElse(null), account.installationId().orElse(null),
                    account.entitlementId().orElse(null), account.entitlementNumber().orElse(null),
                    account.displayUrl().orElse(null), account.description().orElse(null));
        }
    }

    record License(boolean active, Instant reportedAt) {
        static License of(LicenseState license) {
            return new License(license.active(), license.reportedAt());
        }
    }

    record KindLine(String kind, String category, long items, Instant nextDeletionAt, String nextDeletionCause,
                    String retention) {
        static KindLine of(KindInventory kind) {
            return new KindLine(kind.kind().name(), kind.kind().category().name(), kind.items(),
                    kind.nextDeletionAt().orElse(null), kind.nextDeletionCause().map(Enum::name).orElse(null),
                    DataMap.standard().entry(kind.kind()).retention());
        }
    }

    record CategoryLine(String category, String displayName, long items, Instant nextDeletionAt, Instant allDeletedBy,
                        String retentionRule) {
        static CategoryLine of(CategoryInventory category) {
            return new CategoryLine(category.category().name(), category.category().displayName(), category.items(),
                    category.nextDeletionAt().orElse(null), category.allDeletedBy().orElse(null),
                    category.category().retentionRule());
        }
    }

    record Inventory(long totalItems, List<KindLine> kinds, List<CategoryLine> categories) {
    }

    record Tenant(String clientKey, Account account, String state, String location, Instant installedAt,
                  Instant markedAt, Instant purgeDeadline, License license, Inventory inventory) {
        static Tenant of(TenantDetail detail) {
            return new Tenant(detail.clientKey().value(), Account.of(detail.account()), detail.state().name(),
                    detail.location().name(), detail.installedAt(), detail.markedAt().orElse(null),
                    detail.purgeDeadline().orElse(null), detail.license().map(License::of).orElse(null),
                    new Inventory(detail.totalItems(), detail.kinds().stream().map(KindLine::of).toList(),
                            detail.categories().stream().map(CategoryLine::of).toList()));
        }
    }

    record ForecastLine(LocalDate day, String category, String kind, String cause, String causeDescription, long items,
                        Instant firstDueAt) {
        static ForecastLine of(TenantForecast.Line line) {
            return new ForecastLine(line.day(), line.category().name(), line.kind().name(), line.cause().name(),
                    line.cause().description(), line.items(), line.firstDueAt());
        }
    }

    record Forecast(String clientKey, Instant from, Instant until, long totalItems, List<ForecastLine> lines) {
        static Forecast of(TenantForecast forecast) {
            return new Forecast(forecast.tenant().value(), forecast.from(), forecast.until(), forecast.totalItems(),
                    forecast.lines().stream().map(ForecastLine::of).toList());
        }
    }

    record Actor(String kind, String id) {
    }

    record Subject(String type, String id) {
    }

    record StatedPurpose(String kind, String text) {
        static StatedPurpose of(Purpose purpose) {
            return new StatedPurpose(purpose.kind(), purpose.text());
        }
    }

    /** An audit entry as stored, with its hashes; the tenant by pseudonym only. */
    record AuditLine(long sequence, Instant at, Actor actor, String action, Subject subject, String tenant,
                     String category, StatedPurpose purpose, String outcome, String outcomeReason, String previousHash,
                     String hash) {
        static AuditLine of(AuditEntry entry) {
            var content = entry.content();
            return new AuditLine(entry.sequence(), content.at(), new Actor(content.actor().kind(), content.actor().id()),
                    content.action().code(),
                    content.subject().map(subject -> new Subject(subject.type(), subject.id())).orElse(null),
                    content.tenant().map(tenant -> tenant.value()).orElse(null),
                    content.category().map(Enum::name).orElse(null),
                    content.purpose().map(StatedPurpose::of).orElse(null), content.outcome().code(),
                    content.outcome().reason().orElse(null), entry.previousHash().hex(), entry.hash().hex());
        }
    }

    /**
     * {@code GET /audit/verification}: intact (with the count and the head hash to anchor elsewhere), or broken at a
     * sequence number with the reason.
     */
    record AuditVerification(boolean intact, long entries, String headHash, Long brokenAt, String reason) {
        static AuditVerification of(ChainVerification verification) {
            return switch (verification) {
                case ChainVerification.Intact intact -> new AuditVerification(true, intact.count(),
                        intact.headHash().hex(), null, null);
                case ChainVerification.Broken broken -> new AuditVerification(false, broken.atSequence() - 1, null,
                        broken.atSequence(), broken.reason());
            };
        }
    }

    /** A deletion receipt's fields: the tenant by pseudonym, counts per category and per item kind. */
    record Receipt(String id, String tenant, String trigger, String triggerReference,
                   Map<String, Long> deletedPerCategory, Map<String, Long> deletedPerKind, long totalDeleted,
                   Instant markedAt, Instant deadline, Instant executedAt, String location, String keyId) {
        static Receipt of(SignedReceipt signed) {
            DeletionReceipt receipt = signed.receipt();
            return new Receipt(receipt.id().toString(), receipt.tenant().value(), receipt.trigger().code(),
                    receipt.trigger().reference().orElse(null), names(receipt.deletedPerCategory()),
                    names(receipt.deletedPerKind()), receipt.totalDeleted(), receipt.markedAt().orElse(null),
                    receipt.deadline().orElse(null), receipt.executedAt(), receipt.location().name(),
                    signed.signature().keyId());
        }
    }

    record Signature(String algorithm, String keyId, String value) {
        static Signature of(ReceiptSignature signature) {
            return new Signature(signature.algorithm(), signature.keyId(), signature.value());
        }
    }

    record Verification(boolean valid, String reason) {
        static Verification of(ReceiptVerification verification) {
            return switch (verification) {
                case ReceiptVerification.Valid valid -> new Verification(true, null);
                case ReceiptVerification.Invalid invalid -> new Verification(false, invalid.reason());
            };
        }
    }

    /**
     * {@code GET /receipts/{id}}: the signed form. {@code canonicalForm} is the exact signed bytes (standard Base64);
     * {@code canonicalText} the same bytes as UTF-8 text; verify {@code signature.value} over {@code canonicalForm}
     * with the key of {@code GET /receipts/public-key}.
     */
    record SignedReceiptBody(Receipt receipt, String canonicalForm, String canonicalText, Signature signature,
                             Verification verification) {
        static SignedReceiptBody of(ReceiptDocument document) {
            return new SignedReceiptBody(Receipt.of(document.signed()),
                    Base64.getEncoder().encodeToString(document.canonicalForm()), document.canonicalText(),
                    Signature.of(document.signed().signature()), Verification.of(document.verification()));
        }
    }

    /** {@code GET /receipts/public-key}. */
    record PublicKey(String keyId, String algorithm, String pem) {
        static PublicKey of(ReceiptPublicKey key) {
            return new PublicKey(key.keyId(), key.algorithm(), key.pem());
        }
    }

    record DryRun(Instant countedAt, Map<String, Long> perCategory, Map<String, Long> perKind, long total) {
    }

    /** An early-deletion request with every step's who and when ({@code null} for steps not taken). */
    record DeletionRequestBody(String id, String clientKey, String customerReference, String requestedBy,
                               Instant requestedAt, String state, DryRun dryRun, String approvedBy, Instant approvedAt,
                               String executedBy, Instant executedAt, String receiptId, String cancelledBy,
                               Instant cancelledAt, String cancelReason) {
        static DeletionRequestBody of(DeletionRequest request) {
            var dryRun = new DryRun(request.dryRun().countedAt(), names(request.dryRun().perCategory()),
                    names(request.dryRun().perKind()), request.dryRun().total());
            String approvedBy = null;
            Instant approvedAt = null;
            String executedBy = null;
            Instant executedAt = null;
            String receipt = null;
            String cancelledBy = null;
            Instant cancelledAt = null;
            String cancelReason = null;
            switch (request.state()) {
                case RequestState.AwaitingApproval awaiting -> {
                    // no step taken yet
                }
                case RequestState.Approved(StaffId by, Instant at) -> {
                    approvedBy = by.toString();
                    approvedAt = at;
                }
                case RequestState.Executed(StaffId by, Instant at, StaffId executor, Instant when, ReceiptId id) -> {
                    approvedBy = by.toString();
                    approvedAt = at;
                    executedBy = executor.toString();
                    executedAt = when;
                    receipt = id.toString();
                }
                case RequestState.Cancelled(StaffId by, Instant at, String reason) -> {
                    cancelledBy = by.toString();
                    cancelledAt = at;
                    cancelReason = reason;
                }
            }
            return new DeletionRequestBody(request.id().toString(), request.tenant().value(),
                    request.customerReference().value(), request.requestedBy().toString(), request.requestedAt(),
                    DeletionRequestStatus.of(request.state()).name(), dryRun, approvedBy, approvedAt, executedBy,
                    executedAt, receipt, cancelledBy, cancelledAt, cancelReason);
        }
    }

    /** Where a ticket stands with the external help desk: {@code PENDING}, {@code NOT_FORWARDED}, {@code FORWARDED}, {@code FAILED}. */
    record TicketForwarding(String state, String reference, Instant at, String reason) {
        static TicketForwarding of(Forwarding forwarding) {
            return switch (forwarding) {
                case Forwarding.Pending pending -> new TicketForwarding(pending.code(), null, null, null);
                case Forwarding.NotForwarded none -> new TicketForwarding(none.code(), null, null, null);
                case Forwarding.Forwarded forwarded -> new TicketForwarding(forwarded.code(), forwarded.reference(),
                        forwarded.at(), null);
                case Forwarding.Failed failed -> new TicketForwarding(failed.code(), null, failed.at(), failed.reason());
            };
        }
    }

    record Bundle(int sizeBytes, Instant collectedAt) {
    }

    /** A ticket without its problem report: what the queue shows without a stated purpose. */
    record TicketLine(String id, String clientKey, String status, Instant openedAt, Instant resolvedAt,
                      TicketForwarding forwarding, Bundle bundle) {
        static TicketLine of(TicketView view) {
            return new TicketLine(view.id().value(), view.tenant().value(), view.status().name(),
                    view.ticket().openedAt(), view.ticket().resolvedAt().orElse(null),
                    TicketForwarding.of(view.forwarding()),
                    view.bundle().map(info -> new Bundle(info.sizeBytes(), info.collectedAt())).orElse(null));
        }
    }

    /** What the reporting user told: their e-mail (personal data), a summary and a description. */
    record Report(String reporter, String summary, String description) {
    }

    /** {@code GET /tickets/{id}}: the ticket with its problem report (read with a purpose, audited). */
    record Ticket(String id, String clientKey, String status, Instant openedAt, Instant resolvedAt,
                  TicketForwarding forwarding, Bundle bundle, Report report) {
        static Ticket of(TicketView view) {
            TicketLine line = TicketLine.of(view);
            return new Ticket(line.id(), line.clientKey(), line.status(), line.openedAt(), line.resolvedAt(),
                    line.forwarding(), line.bundle(), new Report(view.report().reporter().value(),
                    view.report().summary(), view.report().description()));
        }
    }

    /**
     * A recorded bundle download: the client files its copy under {@code id}; {@code wipedAt} is set once its wipe is
     * acknowledged. The tenant by pseudonym only; no bundle content, only its size and SHA-256.
     */
    record Download(String id, String ticketId, String tenant, String downloadedBy, Instant downloadedAt,
                    int bundleBytes, String bundleSha256, Instant wipedAt) {
        static Download of(BundleDownload download) {
            return new Download(download.id().toString(), download.ticket().value(), download.tenant().value(),
                    download.downloadedBy().toString(), download.downloadedAt(), download.bundleBytes(),
                    download.bundleSha256(), download.wipe().map(WipeAcknowledgement::at).orElse(null));
        }
    }

    /** {@code GET /retention/overdue}: both counts should be zero. */
    record Overdue(Instant checkedAt, Duration tolerance, long overdueItems, Instant oldestDueAt,
                   Duration oldestOverdueAge, long oldestOverdueSeconds, boolean onSchedule) {
        static Overdue of(OverdueReport report) {
            return new Overdue(report.checkedAt(), report.tolerance(), report.overdueItems(),
                    report.oldestDueAt().orElse(null), report.oldestOverdueAge(),
                    report.oldestOverdueAge().toSeconds(), report.isOnSchedule());
        }
    }

    private static <K extends Enum<K>> Map<String, Long> names(Map<K, Long> counts) {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((key, count) -> byName.put(key.name(), count));
        return byName;
    }
}
