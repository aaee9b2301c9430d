package io.custodian.domain.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.custodian.domain.access.StaffMemberBuilder.aDeveloper;
import static io.custodian.domain.access.StaffMemberBuilder.aPrivacyOfficer;
import static io.custodian.domain.access.StaffMemberBuilder.aSupportEngineer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link StaffDirectory} must have. Run against the in-memory fake here and against the
 * persistence adapter there: extend it and return an empty directory from {@link #newDirectory()}.
 * Test methods are public so that subclasses in other packages (the adapters' tests) inherit them.
 */
public abstract class StaffDirectoryContract {

    /** A new, empty directory; called before each test. */
    protected abstract StaffDirectory newDirectory();

    private StaffDirectory directory;

    @BeforeEach
    public void createDirectory() {
        directory = newDirectory();
    }

    @Test
    public void a_saved_member_is_found_by_id_and_by_login_with_every_property_intact() {
        StaffMember member = aPrivacyOfficer().displayName("Zoë Ødegaard").login("zoe.o@example.com")
                .subcontractorUntil(LocalDate.of(2026, 12, 31)).build();

        directory.save(member);

        assertThat(directory.findById(member.id())).contains(member);
        assertThat(directory.findByLogin(new LoginName("zoe.o@example.com"))).contains(member);
    }

    @Test
    public void login_lookup_ignores_case() {
        StaffMember member = aSupportEngineer().login("alice").build();
        directory.save(member);

        assertThat(directory.findByLogin(new LoginName("ALICE"))).contains(member);
    }

    @Test
    public void unknown_ids_and_logins_are_not_found() {
        directory.save(aSupportEngineer().build());

        assertThat(directory.findById(aSupportEngineer().build().id())).isEmpty();
        assertThat(directory.findByLogin(new LoginName("nobody"))).isEmpty();
    }

    @Test
    public void saving_a_member_again_replaces_it() {
        StaffMember member = aSupportEngineer().login("bob").build();
        directory.save(member);

        StaffMember disabled = member.disabled();
        directory.save(disabled);

        assertThat(directory.findById(member.id())).contains(disabled);
        assertThat(directory.list()).containsExactly(disabled);
    }

    @Test
    public void changing_a_members_login_frees_the_old_one() {
        StaffMember member = aSupportEngineer().login("old-name").build();
        directory.save(member);

        StaffMember renamed = new StaffMember(member.id(), member.displayName(), new LoginName("new-name"),
                member.affiliation(), member.team(), member.role(), member.active());
        directory.save(renamed);

        assertThat(directory.findByLogin(new LoginName("old-name"))).isEmpty();
        assertThat(directory.findByLogin(new LoginName("new-name"))).contains(renamed);
    }

    @Test
    public void a_login_already_used_by_another_member_is_rejected() {
        directory.save(aSupportEngineer().login("carol").build());
        StaffMember impostor = aDeveloper().login("Carol").build();

        assertThatThrownBy(() -> directory.save(impostor)).isInstanceOf(IllegalArgumentException.class);
        assertThat(directory.findById(impostor.id())).isEmpty();
    }

    @Test
    public void list_holds_every_member_active_or_not_ordered_by_login() {
        StaffMember carol = aDeveloper().login("carol").inactive().build();
        StaffMember alice = aSupportEngineer().login("alice").build();
        StaffMember bob = aPrivacyOfficer().login("bob").build();
        directory.save(carol);
        directory.save(alice);
        directory.save(bob);

        assertThat(directory.list()).containsExactly(alice, bob, carol);
    }

    @Test
    public void an_empty_directory_lists_nobody() {
        assertThat(directory.list()).isEmpty();
    }
}
