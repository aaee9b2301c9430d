package io.custodian.domain.receipt;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacTenantPseudonymiserTest extends TenantPseudonymiserContract {

    @Override
    protected TenantPseudonymiser newPseudonymiser() {
        return TestPseudonymisers.fixed();
    }

    @Override
    protected TenantPseudonymiser newPseudonymiserWithAnotherSecret() {
        return TestPseudonymisers.another();
    }

    @Test
    void the_pseudonym_is_hmac_sha256_of_the_client_keys_utf8_bytes_rfc_4231_case_6() {
        byte[] secret = new byte[131];
        Arrays.fill(secret, (byte) 0xaa);

        TenantPseudonym pseudonym = new HmacTenantPseudonymiser(secret)
                .pseudonymise(new ClientKey("Test Using Larger Than Block-Size Key - Hash Key First"));

        assertThat(pseudonym.value()).isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void a_secret_shorter_than_256_bits_is_rejected() {
        assertThatThrownBy(() -> new HmacTenantPseudonymiser(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changing_the_secret_array_afterwards_changes_nothing() {
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        HmacTenantPseudonymiser pseudonymiser = new HmacTenantPseudonymiser(secret);
        TenantPseudonym before = pseudonymiser.pseudonymise(new ClientKey("client"));

        Arrays.fill(secret, (byte) 0);

        assertThat(pseudonymiser.pseudonymise(new ClientKey("client"))).isEqualTo(before);
    }

    @Test
    void the_secret_never_shows_in_its_string_form() {
        assertThat(TestPseudonymisers.fixed().toString()).doesNotContain("secret-1").contains("hidden");
    }

    @Test
    void a_pseudonym_is_64_lower_case_hex_digits() {
        assertThatThrownBy(() -> new TenantPseudonym("AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TenantPseudonym("ab")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TenantPseudonym("0f".repeat(32)).value()).hasSize(64);
    }
}
