package io.custodian.domain.receipt;

import io.custodian.domain.tenant.ClientKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link TenantPseudonymiser} must have. Extend it: {@link #newPseudonymiser()} returns a
 * pseudonymiser configured with one secret (a new instance per call, configured alike);
 * {@link #newPseudonymiserWithAnotherSecret()} one configured with a different secret.
 * Test methods are public so that subclasses in other packages (the adapters' tests) inherit them.
 */
public abstract class TenantPseudonymiserContract {

    protected abstract TenantPseudonymiser newPseudonymiser();

    protected abstract TenantPseudonymiser newPseudonymiserWithAnotherSecret();

    private static final ClientKey CLIENT = new ClientKey("8d0f6c2e-4b1a-4f3e-9c7d-1e2a3b4c5d6e");

    @Test
    public void the_same_client_key_always_gets_the_same_pseudonym_in_every_process() {
        assertThat(newPseudonymiser().pseudonymise(CLIENT)).isEqualTo(newPseudonymiser().pseudonymise(CLIENT));
    }

    @Test
    public void different_client_keys_get_different_pseudonyms() {
        TenantPseudonymiser pseudonymiser = newPseudonymiser();

        assertThat(pseudonymiser.pseudonymise(new ClientKey("client-a")))
                .isNotEqualTo(pseudonymiser.pseudonymise(new ClientKey("client-b")));
    }

    @Test
    public void another_secret_gives_another_pseudonym() {
        assertThat(newPseudonymiser().pseudonymise(CLIENT))
                .isNotEqualTo(newPseudonymiserWithAnotherSecret().pseudonymise(CLIENT));
    }

    @Test
    public void the_pseudonym_does_not_contain_the_client_key() {
        TenantPseudonym pseudonym = newPseudonymiser().pseudonymise(CLIENT);

        assertThat(pseudonym.value()).doesNotContain(CLIENT.value()).doesNotContain("8d0f6c2e");
    }
}
