package io.custodian.server.keys;

import io.custodian.persistence.crypto.MasterKey;

import java.security.KeyPair;

/**
 * The secrets a running Custodian holds in memory: the master key wrapping tenant data keys, the Ed25519 key
 * pair signing deletion receipts, and the HMAC key pseudonymising tenants on receipts. Nothing here is printed.
 */
public record KeyMaterial(MasterKey masterKey, String receiptKeyId, KeyPair receiptSigningKeys, byte[] pseudonymKey) {

    public KeyMaterial {
        pseudonymKey = pseudonymKey.clone();
    }

    @Override
    public byte[] pseudonymKey() {
        return pseudonymKey.clone();
    }

    @Override
    public String toString() {
        return "KeyMaterial[receiptKeyId=" + receiptKeyId + ", redacted]";
    }
}
