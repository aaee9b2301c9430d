package io.custodian.domain.receipt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link ReceiptSigner} with its {@link ReceiptVerifier} must have. The two out-ports are
 * only testable together, so one contract covers the pair. Extend it and return a signer under the given key id
 * plus a verifier trusting that signer's key (a new key pair per call).
 * Test methods are public so that subclasses in other packages (the adapters' tests) inherit them.
 */
public abstract class ReceiptSigningContract {

    protected abstract SigningPair newSigningPair(String keyId);

    private final byte[] canonical = ReceiptCanonicalForm.of(ReceiptFixtures.graceExpiredReceipt());

    @Test
    public void a_signature_verifies_under_the_signers_key_and_names_that_key() {
        SigningPair pair = newSigningPair("receipts-2026");

        ReceiptSignature signature = pair.signer().sign(canonical);

        assertThat(signature.keyId()).isEqualTo("receipts-2026");
        assertThat(signature.bytes()).isNotEmpty();
        assertThat(pair.verifier().verify(canonical, signature)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    public void flipping_any_bit_of_the_canonical_form_fails_verification() {
        SigningPair pair = newSigningPair("receipts-2026");
        ReceiptSignature signature = pair.signer().sign(canonical);

        for (int i = 0; i < canonical.length; i++) {
            byte[] changed = canonical.clone();
            changed[i] ^= (byte) (1 << (i % 8));
            assertThat(pair.verifier().verify(changed, signature).isValid())
                    .as("byte %d changed", i).isFalse();
        }
    }

    @Test
    public void a_signature_over_another_receipt_fails_verification() {
        SigningPair pair = newSigningPair("receipts-2026");
        ReceiptSignature signature = pair.signer().sign(canonical);

        byte[] other = ReceiptCanonicalForm.of(ReceiptFixtures.earlyDeletionReceipt());

        assertThat(pair.verifier().verify(other, signature)).isInstanceOf(SignatureCheck.Invalid.class);
    }

    @Test
    public void a_signature_by_another_key_under_the_same_key_id_fails_verification() {
        SigningPair trusted = newSigningPair("receipts-2026");
        SigningPair impostor = newSigningPair("receipts-2026");

        ReceiptSignature forged = impostor.signer().sign(canonical);

        assertThat(trusted.verifier().verify(canonical, forged)).isInstanceOf(SignatureCheck.Invalid.class);
    }

    @Test
    public void a_signature_under_an_unknown_key_id_is_invalid() {
        SigningPair pair = newSigningPair("receipts-2026");
        ReceiptSignature signature = pair.signer().sign(canonical);

        ReceiptSignature renamed = new ReceiptSignature(signature.algorithm(), "receipts-1999", signature.value());

        assertThat(pair.verifier().verify(canonical, renamed)).isInstanceOfSatisfying(SignatureCheck.Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("receipts-1999"));
    }

    @Test
    public void a_signature_claiming_another_algorithm_is_invalid() {
        SigningPair pair = newSigningPair("receipts-2026");
        ReceiptSignature signature = pair.signer().sign(canonical);

        ReceiptSignature relabelled = new ReceiptSignature("HmacSHA256", signature.keyId(), signature.value());

        assertThat(pair.verifier().verify(canonical, relabelled)).isInstanceOf(SignatureCheck.Invalid.class);
    }

    @Test
    public void a_truncated_signature_is_invalid_not_an_error() {
        SigningPair pair = newSigningPair("receipts-2026");
        ReceiptSignature signature = pair.signer().sign(canonical);
        byte[] truncated = java.util.Arrays.copyOf(signature.bytes(), signature.bytes().length / 2);

        ReceiptSignature broken = ReceiptSignature.of(signature.algorithm(), signature.keyId(), truncated);

        assertThat(pair.verifier().verify(canonical, broken)).isInstanceOf(SignatureCheck.Invalid.class);
    }
}
