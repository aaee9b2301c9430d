package io.custodian.domain.receipt;

/** Out-port: signs the canonical bytes of a receipt with the deployment's receipt key. */
public interface ReceiptSigner {

    ReceiptSignature sign(byte[] canonicalForm);
}
