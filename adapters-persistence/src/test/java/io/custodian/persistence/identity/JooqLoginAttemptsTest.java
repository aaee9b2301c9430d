package io.custodian.persistence.identity;

import io.custodian.domain.access.LoginName;
import io.custodian.domain.identity.FailedLogins;
import io.custodian.domain.identity.LoginAttempts;
import io.custodian.domain.identity.LoginAttemptsContract;
import io.custodian.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class JooqLoginAttemptsTest extends DatabaseTest {

    @Nested
    class Contract extends LoginAttemptsContract {
        @Override
        protected LoginAttempts newAttempts() {
            emptyTables();
            return new JooqLoginAttempts(dsl());
        }
    }

    @Test
    void of_many_concurrent_replacements_of_the_same_record_exactly_one_wins() throws Exception {
        emptyTables();
        var attempts = new JooqLoginAttempts(dsl());
        LoginName login = new LoginName("alice");
        Instant t0 = Instant.parse("2026-03-01T09:00:00Z");
        FailedLogins four = new FailedLogins(login, 4, t0);
        attempts.replace(Optional.empty(), four);

        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            Instant at = t0.plusSeconds(i + 1);
            tasks.add(() -> {
                start.await();
                return attempts.replace(Optional.of(four), new FailedLogins(login, 5, at));
            });
        }
        List<Boolean> won = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(contenders)) {
            List<Future<Boolean>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> future : futures) {
                won.add(future.get());
            }
        }

        assertThat(won).containsOnlyOnce(true);
        assertThat(attempts.find(login).orElseThrow().consecutiveFailures()).isEqualTo(5);
    }
}
