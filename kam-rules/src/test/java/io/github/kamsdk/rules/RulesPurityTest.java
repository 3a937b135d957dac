package io.github.kamsdk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.testing.ForbiddenApis;
import io.github.kamsdk.core.testing.ForbiddenApis.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** kam-rules' main code is pure like kam-core's: no clocks, I/O, randomness or threads. */
class RulesPurityTest {
    @Test
    void mainSourcesUseNoClockIoRandomnessOrThread() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).as("kam-rules' main sources").isDirectory();
        List<Violation> violations = ForbiddenApis.scanSources(sources);
        assertThat(violations)
                .as(
                        "main code must be pure; forbidden uses:%n%s",
                        violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
