package io.custodian.domain.receipt;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Ed25519ReceiptSigningTest extends ReceiptSigningContract {

    @Override
    protected SigningPair newSigningPair(String keyId) {
        return TestReceiptKeys.newSigningPair(keyId);
    }

    @Test
    void signatures_are_ed25519_and_64_bytes_long() {
        ReceiptSignature signature = newSigningPair("k1").signer().sign(new byte[] {1, 2, 3});

        assertThat(signature.algorithm()).isEqualTo("Ed25519");
        assertThat(signature.bytes()).hasSize(64);
    }

    @Test
    void a_verifier_trusting_several_keys_picks_the_one_the_signature_names() {
        KeyPair retired = TestReceiptKeys.newEd25519KeyPair();
        KeyPair current = TestReceiptKeys.newEd25519KeyPair();
        Ed25519ReceiptVerifier verifier = new Ed25519ReceiptVerifier(
                Map.of("receipts-2025", retired.getPublic(), "receipts-2026", current.getPublic()));
        byte[] data = {42};

        assertThat(verifier.verify(data, new Ed25519ReceiptSigner("receipts-2025", retired.getPrivate()).sign(data)))
                .isEqualTo(SignatureCheck.VALID);
        assertThat(verifier.verify(data, new Ed25519ReceiptSigner("receipts-2026", current.getPrivate()).sign(data)))
                .isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void a_key_of_another_algorithm_is_rejected_up_front() throws Exception {
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

        assertThatThrownBy(() -> new Ed25519ReceiptSigner("k1", ec.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ed25519ReceiptVerifier.trusting("k1", ec.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_malformed_key_id_is_rejected_up_front() {
        KeyPair keys = TestReceiptKeys.newEd25519KeyPair();

        assertThatThrownBy(() -> new Ed25519ReceiptSigner("has space", keys.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signer_does_not_print_its_key() {
        KeyPair keys = TestReceiptKeys.newEd25519KeyPair();

        assertThat(new Ed25519ReceiptSigner("k1", keys.getPrivate()).toString()).isEqualTo(
                "Ed25519ReceiptSigner[keyId=k1]");
    }
}
