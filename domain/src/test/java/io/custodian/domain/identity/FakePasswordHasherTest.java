package io.custodian.domain.identity;

class FakePasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newHasher() {
        return new FakePasswordHasher();
    }
}
