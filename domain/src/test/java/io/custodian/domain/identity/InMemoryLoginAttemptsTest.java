package io.custodian.domain.identity;

class InMemoryLoginAttemptsTest extends LoginAttemptsContract {

    @Override
    protected LoginAttempts newAttempts() {
        return new InMemoryLoginAttempts();
    }
}
