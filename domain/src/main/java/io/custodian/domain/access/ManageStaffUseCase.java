package io.custodian.domain.access;

/**
 * In-port: privacy officers manage staff accounts. Every attempt, applied or rejected, is recorded in the
 * access log. Nobody disables their own account or changes their own contract.
 */
public interface ManageStaffUseCase {

    StaffChangeResult add(AddStaffCommand command);

    StaffChangeResult disable(DisableStaffCommand command);

    StaffChangeResult setContract(SetContractCommand command);
}
