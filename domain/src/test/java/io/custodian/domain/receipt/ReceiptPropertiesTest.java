package io.custodian.domain.receipt;

import io.custodian.domain.tenant.ClientKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPropertiesTest {

    private static final SigningPair KEYS = TestReceiptKeys.newSigningPair("receipts-property");
    private static final TenantPseudonymiser PSEUDONYMISER = TestPseudonymisers.fixed();

    @Provide
    Arbitrary<DeletionReceipt> receipts() {
        return ReceiptArbitraries.receipts();
    }

    /**
     * Client keys as Connect issues them (UUID-like), and arbitrary text without control characters or surrogates,
     * at least 8 characters long (a pseudonym is hex, so a 1-character key like "a" would of course occur in it).
     */
    @Provide
    Arbitrary<ClientKey> clientKeys() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789abcdef-").ofMinLength(8).ofMaxLength(64),
                Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMinLength(8).ofMaxLength(ClientKey.MAX_LENGTH))
                .filter(key -> !key.isBlank())
                .map(ClientKey::new);
    }

    @Property(tries = 200)
    void every_signed_receipt_verifies(@ForAll("receipts") DeletionReceipt receipt) {
        SignedReceipt signed = SignedReceipt.sign(receipt, KEYS.signer());

        assertThat(new VerifyReceiptService(KEYS.verifier()).verify(new VerifyReceiptCommand(signed)))
                .isInstanceOf(ReceiptVerification.Valid.class);
    }

    @Property(tries = 200)
    void changing_any_byte_of_the_canonical_form_fails_verification(
            @ForAll("receipts") DeletionReceipt receipt,
            @ForAll @IntRange(min = 0, max = 100_000) int position,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] canonical = ReceiptCanonicalForm.of(receipt);
        ReceiptSignature signature = KEYS.signer().sign(canonical);
        byte[] changed = Arrays.copyOf(canonical, canonical.length);
        changed[position % changed.length] ^= (byte) mask;

        assertThat(KEYS.verifier().verify(changed, signature).isValid()).isFalse();
    }

    @Property(tries = 200)
    void different_receipts_have_different_canonical_forms_and_signatures_do_not_carry_over(
            @ForAll("receipts") DeletionReceipt one, @ForAll("receipts") DeletionReceipt other) {
        Assume.that(!one.equals(other));

        assertThat(ReceiptCanonicalForm.of(one)).isNotEqualTo(ReceiptCanonicalForm.of(other));
        assertThat(KEYS.verifier().verify(ReceiptCanonicalForm.of(other),
                KEYS.signer().sign(ReceiptCanonicalForm.of(one))).isValid()).isFalse();
    }

    @Property(tries = 200)
    void pseudonymised_ids_never_contain_the_client_key(@ForAll("clientKeys") ClientKey clientKey) {
        String pseudonym = PSEUDONYMISER.pseudonymise(clientKey).value();

        assertThat(pseudonym).doesNotContain(clientKey.value())
                .doesNotContain(clientKey.value().toLowerCase(Locale.ROOT));
    }

    @Property(tries = 200)
    void pseudonymisation_is_deterministic_and_tells_tenants_apart(
            @ForAll("clientKeys") ClientKey one, @ForAll("clientKeys") ClientKey other) {
        assertThat(PSEUDONYMISER.pseudonymise(one)).isEqualTo(TestPseudonymisers.fixed().pseudonymise(one));
        assertThat(PSEUDONYMISER.pseudonymise(one).equals(PSEUDONYMISER.pseudonymise(other)))
                .isEqualTo(one.equals(other));
    }
}
