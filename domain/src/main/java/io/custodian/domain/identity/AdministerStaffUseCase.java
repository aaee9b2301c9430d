package io.custodian.domain.identity;

import io.custodian.domain.access.LoginName;

import java.util.List;
import java.util.Optional;

/**
 * In-port: the operator of a deployment (whoever runs its command line, with access to its configuration and
 * database) manages staff accounts as a system actor. This is how the first privacy officer is created; afterwards
 * privacy officers manage staff through {@link io.custodian.domain.access.ManageStaffUseCase}. The same rules apply
 * (login names unique, contracts only for subcontractors); every change, applied or rejected, is audited with the
 * operator as actor and the access package's action codes ({@code staff.add}, {@code staff.disable},
 * {@code staff.set-contract}).
 */
public interface AdministerStaffUseCase {

    /** Adds an active account with a password (checked by the {@link PasswordPolicy} before anything is stored). */
    AccountChange register(RegisterStaffCommand command);

    /** Disables the account and ends its sessions; disabling a disabled account changes nothing and is applied. */
    AccountChange disable(DisableStaffAccountCommand command);

    AccountChange setContract(SetStaffContractCommand command);

    /** Every account, active or not, ordered by login name. */
    List<StaffAccount> list();

    Optional<StaffAccount> find(LoginName loginName);
}
