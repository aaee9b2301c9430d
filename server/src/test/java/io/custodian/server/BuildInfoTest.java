package io.custodian.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildInfoTest {
    @Test
    void version_comes_from_the_maven_build() {
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
