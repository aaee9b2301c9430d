package io.custodian.domain.tenant;

class InMemorySecretCipherTest extends SecretCipherContract {
    @Override
    protected SecretCipher newCipher() {
        return new InMemorySecretCipher();
    }
}
