package io.custodian.domain.receipt;

/**
 * Out-port: checks a signature over canonical receipt bytes against the public key its key id names. An
 * unknown key id, another algorithm, a malformed or a wrong signature are {@link SignatureCheck.Invalid}.
 */
public interface ReceiptVerifier {

    SignatureCheck verify(byte[] canonicalForm, ReceiptSignature signature);
}
