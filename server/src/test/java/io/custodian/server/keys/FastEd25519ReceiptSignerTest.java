package io.custodian.server.keys;

import io.custodian.domain.receipt.Ed25519ReceiptSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FastEd25519ReceiptSignerTest {

    @Test
    void signs_exactly_as_the_jdk_does_and_the_jdk_verifies_it() throws Exception {
        var keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var fast = new FastEd25519ReceiptSigner("receipts-1", keys.getPrivate());
        var jdk = new Ed25519ReceiptSigner("receipts-1", keys.getPrivate());
        for (String text : new String[] {"", "a receipt", "{\"deleted\":{\"SYNC_RELATION\":3}}".repeat(40)}) {
            byte[] message = text.getBytes(StandardCharsets.UTF_8);
            var signature = fast.sign(message);

            assertThat(signature).isEqualTo(jdk.sign(message));
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.getPublic());
            verifier.update(message);
            assertThat(verifier.verify(signature.bytes())).isTrue();
        }
    }

    @Test
    void refuses_a_key_that_is_not_ed25519_and_an_invalid_key_id() throws Exception {
        var rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        var ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThatThrownBy(() -> new FastEd25519ReceiptSigner("receipts-1", rsa.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
        assertThatThrownBy(() -> new FastEd25519ReceiptSigner("no spaces allowed", ed.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key id");
    }

    @Test
    void does_not_show_the_key() throws Exception {
        var ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThat(new FastEd25519ReceiptSigner("receipts-1", ed.getPrivate()).toString())
                .isEqualTo("FastEd25519ReceiptSigner[keyId=receipts-1]");
    }
}
