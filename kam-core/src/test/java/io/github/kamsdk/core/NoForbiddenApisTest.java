package io.github.kamsdk.core;

import static io.github.kamsdk.core.testing.ForbiddenApis.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.testing.ForbiddenApis;
import io.github.kamsdk.core.testing.ForbiddenApis.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * kam-core's main code is pure: no clocks, I/O, randomness or threads. Scans {@code src/main/java}
 * (relative to the module directory, Surefire's working directory), comments left out.
 */
class NoForbiddenApisTest {
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    void mainSourcesUseNoClockIoRandomnessOrThread() throws IOException {
        assertThat(MAIN_SOURCES)
                .as("kam-core's main sources, relative to the module directory")
                .isDirectory();
        List<Violation> violations = ForbiddenApis.scanSources(MAIN_SOURCES);

        assertThat(violations)
                .as(
                        "main code must be pure; forbidden uses:%n%s",
                        violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theScannerFindsEachForbiddenExampleAndNamesTheLine() {
        List<String> examples = List.of(
                "LocalDate today = LocalDate.now();",
                "Supplier<Instant> s = Instant::now;",
                "long t = System.currentTimeMillis();",
                "long t = System.nanoTime();",
                "Instant i = Instant.now(clock);",
                "private final Clock clock;",
                "import java.io.File;",
                "new java.io.FileInputStream(name)",
                "import java.nio.file.Files;",
                "import java.net.URL;",
                "System.out.println(x);",
                "Random r = new Random(42);",
                "var r = java.util.concurrent.ThreadLocalRandom.current();",
                "double d = Math.random();",
                "UUID id = UUID.randomUUID();",
                "new Thread(task).start();",
                "Thread.sleep(10);",
                "ExecutorService pool = Executors.newFixedThreadPool(2);",
                "CompletableFuture.supplyAsync(task);",
                "list.parallelStream().count();",
                "stream.parallel().count();");
        for (String example : examples) {
            String source = "class A {\n  // fine\n  " + example + "\n}\n";

            assertThat(scan("A.java", source)).as(example).isNotEmpty().allSatisfy(v -> {
                assertThat(v.file()).isEqualTo("A.java");
                assertThat(v.line()).isEqualTo(3);
                assertThat(v.toString()).startsWith("A.java:3: ").endsWith(example);
            });
        }
    }

    @Test
    void theScannerIgnoresCommentsAndAllowedLookAlikes() {
        String source = String.join(
                "\n",
                "/** Thread-safe; compare LocalDate.now() in a comment, {@code Clock}. */",
                "class A implements java.io.Serializable { // new Thread() in a line comment",
                "  /* Random",
                "     System.currentTimeMillis() */",
                "  String url = \"http://example.com\"; char c = '\"'; String s = \"/* not a comment\";",
                "  int nowhere = knownRandomness; boolean threadSafe = true;",
                "}");

        assertThat(scan("A.java", source)).isEmpty();
    }

    @Test
    void theScannerLooksPastStringsThatLookLikeComments() {
        String source = "class A { String s = \"// /*\"; Thread t; }\n";

        assertThat(scan("A.java", source)).extracting(Violation::line).containsExactly(1);
    }
}
