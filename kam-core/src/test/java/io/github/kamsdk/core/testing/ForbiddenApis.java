package io.github.kamsdk.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The purity check of the published modules' main code: no clocks, I/O, randomness or threads.
 * kam-core's {@code NoForbiddenApisTest} and kam-rules' {@code RulesPurityTest} both scan their
 * {@code src/main/java} with it, comments left out.
 */
public final class ForbiddenApis {
    private ForbiddenApis() {}

    /** A forbidden use: what it is and how it shows in code. */
    record Forbidden(String what, Pattern pattern) {
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
    public record Violation(String file, int line, String what, String code) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what + ": " + code.strip();
        }
    }

    /**
     * Every forbidden use in the Java files under a directory.
     *
     * @param sources the directory
     * @return the violations, by file and line
     * @throws IOException if a file cannot be read
     */
    public static List<Violation> scanSources(Path sources) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        List<Violation> violations = new ArrayList<>();
        for (Path file : files) {
            violations.addAll(scan(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return violations;
    }

    /**
     * Every forbidden use in one source text.
     *
     * @param file the file's name, for the violations
     * @param source the source
     * @return the violations
     */
    public static List<Violation> scan(String file, String source) {
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
    public static String withoutComments(String source) {
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
