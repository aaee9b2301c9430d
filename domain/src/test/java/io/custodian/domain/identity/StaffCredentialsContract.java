package io.custodian.domain.identity;

import io.custodian.domain.access.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link StaffCredentials} must have. Extend it, return an empty store from
 * {@link #newCredentials()} and, where credentials need their account to exist, create it in {@link #staffExists}.
 */
public abstract class StaffCredentialsContract {

    private static final Instant SET_AT = Instant.parse("2026-03-01T09:00:00.123456Z");

    /** A new, empty store; called before each test. */
    protected abstract StaffCredentials newCredentials();

    /** Makes {@code member} exist where the store keeps credentials (e.g. the staff table); nothing by default. */
    protected void staffExists(StaffMember member) {
    }

    private StaffCredentials credentials;
    private StaffMember alice;
    private StaffMember bob;

    @BeforeEach
    public void createStore() {
        credentials = newCredentials();
        alice = aSupportEngineer().login("alice").build();
        bob = aSupportEngineer().login("bob").build();
        staffExists(alice);
        staffExists(bob);
    }

    @Test
    public void an_account_without_a_password_has_no_credential() {
        assertThat(credentials.find(alice.id())).isEmpty();
    }

    @Test
    public void a_saved_credential_is_found_intact() {
        StaffCredential credential = new StaffCredential(alice.id(), new PasswordHash("$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA"), SET_AT);

        credentials.save(credential);

        assertThat(credentials.find(alice.id())).contains(credential);
        assertThat(credentials.find(bob.id())).isEmpty();
    }

    @Test
    public void saving_again_replaces_the_previous_credential() {
        credentials.save(new StaffCredential(alice.id(), new PasswordHash("first"), SET_AT));
        StaffCredential second = new StaffCredential(alice.id(), new PasswordHash("second"), SET_AT.plusSeconds(60));

        credentials.save(second);

        assertThat(credentials.find(alice.id())).contains(second);
    }

    @Test
    public void each_account_has_its_own_credential() {
        StaffCredential ofAlice = new StaffCredential(alice.id(), new PasswordHash("alice-hash"), SET_AT);
        StaffCredential ofBob = new StaffCredential(bob.id(), new PasswordHash("bob-hash"), SET_AT);

        credentials.save(ofAlice);
        credentials.save(ofBob);

        assertThat(credentials.find(alice.id())).contains(ofAlice);
        assertThat(credentials.find(bob.id())).contains(ofBob);
    }
}
