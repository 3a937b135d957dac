package io.github.kamsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kam-core's main code is pure: no clocks, I/O, randomness or threads. Scans {@code src/main/java}
 * (relative to the module directory, Surefire's working directory), comments left out.
 */
class NoForbiddenApisTest {
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    /** A forbidden use: what it is and how it shows in code. */
    private record Forbidden(String what, Pattern pattern) {
        Forbidden(String what, String regex) {
            this(what, Pattern.compile(regex));
        }
    }

    /** The one forbidden list. */
    private static final List<Forbidden> FORBIDDEN = List.of(
            // Clocks
            new Forbidden("a clock (now)", "(\\.|::)\\s*now\\b"),
            new Forbidden("a clock (System.currentTimeMillis)", "\\bcurrentTimeMillis\\b"),
            new Forbidden("a clock (System.nanoTime)", "\\bnanoTime\\b"),
            new Forbidden("a clock (Clock, InstantSource)", "\\b(Clock|InstantSource)\\b"),
            // I/O
            new Forbidden("I/O (java.io)", "\\bjava\\.io\\.(?!Serial(izable)?\\b)"),
            new Forbidden("I/O (java.nio)", "\\bjava\\.nio\\b"),
            new Forbidden("I/O (java.net)", "\\bjava\\.net\\b"),
            new Forbidden("I/O (System.out/err/in/console)", "\\bSystem\\s*\\.\\s*(out|err|in|console)\\b"),
            // Randomness
            new Forbidden(
                    "randomness (Random, SecureRandom, ...)",
                    "\\b(Secure|ThreadLocal|Splittable)?Random(Generator)?\\b"),
            new Forbidden("randomness (Math.random, UUID.randomUUID)", "\\b(random|randomUUID)\\s*\\("),
            // Threads
            new Forbidden("a thread (Thread, ThreadLocal)", "\\bThread(Local)?\\b"),
            new Forbidden("a thread (Executor, ExecutorService, Executors)", "\\bExecutor(Service|s)?\\b"),
            new Forbidden("a thread (CompletableFuture)", "\\bCompletableFuture\\b"),
            new Forbidden("a thread (ForkJoinPool, Timer)", "\\b(ForkJoinPool|Timer)\\b"),
            new Forbidden("a thread (parallel stream)", "\\bparallelStream\\b|\\.\\s*parallel\\s*\\("));

    /** A forbidden use found at a line of a file. */
    private record Violation(String file, int line, String what, String code) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what + ": " + code.strip();
        }
    }

    @Test
    void mainSourcesUseNoClockIoRandomnessOrThread() throws IOException {
        assertThat(MAIN_SOURCES)
                .as("kam-core's main sources, relative to the module directory")
                .isDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN_SOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files)
                .as("Java files under %s", MAIN_SOURCES.toAbsolutePath())
                .isNotEmpty();

        List<Violation> violations = new ArrayList<>();
        for (Path file : files) {
            violations.addAll(scan(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }

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

    private static List<Violation> scan(String file, String source) {
        String[] code = withoutComments(source).split("\n", -1);
        String[] original = source.split("\n", -1);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < code.length; i++) {
            for (Forbidden forbidden : FORBIDDEN) {
                if (forbidden.pattern().matcher(code[i]).find()) {
                    violations.add(new Violation(file, i + 1, forbidden.what(), original[i]));
                }
            }
        }
        return violations;
    }

    /**
     * The source with every comment's characters replaced by spaces (line breaks kept, so line
     * numbers stay); string, text-block and character literals are kept as they are.
     */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (; i < stop; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? n : end + 3;
                out.append(source, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(n, j + 1);
                out.append(source, i, stop);
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
