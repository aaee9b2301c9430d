package io.custodian.domain.common;

class DirectTransactionsTest extends TransactionsContract {

    private final DirectTransactions transactions = new DirectTransactions();

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
