package io.custodian.domain.receipt;

/** In-port: an auditor (or the desktop client) checks a deletion receipt. */
public interface VerifyReceiptUseCase {

    ReceiptVerification verify(VerifyReceiptCommand command);
}
