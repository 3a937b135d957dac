package io.github.kamsdk.core;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.kamsdk.core.explain.Step;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled {@code module-info.class} of kam-core, read as a file: tests run on the class path,
 * so the module layer cannot be asked.
 */
class ModuleDescriptorTest {
    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readTheCompiledDescriptor() throws IOException {
        URL classes = Step.class.getProtectionDomain().getCodeSource().getLocation();
        // findResource looks in kam-core's own classes (directory or jar) only, never in a parent.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
            URL moduleInfo = loader.findResource("module-info.class");
            assertThat(moduleInfo).as("module-info.class in %s", classes).isNotNull();
            try (InputStream in = moduleInfo.openStream()) {
                descriptor = ModuleDescriptor.read(in);
            }
        }
    }

    @Test
    void theModuleIsNamedIoGithubKamsdkCore() {
        assertThat(descriptor.name()).isEqualTo("io.github.kamsdk.core");
    }

    @Test
    void exportsExactlyTheApiPackagesToAllAndInternalToKamRulesOnly() {
        Map<String, Set<String>> exports =
                descriptor.exports().stream().collect(toMap(Exports::source, Exports::targets));

        assertThat(exports)
                .containsOnly(
                        entry("io.github.kamsdk.core.money", Set.of()),
                        entry("io.github.kamsdk.core.time", Set.of()),
                        entry("io.github.kamsdk.core.explain", Set.of()),
                        entry("io.github.kamsdk.core.account", Set.of()),
                        entry("io.github.kamsdk.core.team", Set.of()),
                        entry("io.github.kamsdk.core.activity", Set.of()),
                        entry("io.github.kamsdk.core.ledger", Set.of()),
                        entry("io.github.kamsdk.core.kpi", Set.of()),
                        entry("io.github.kamsdk.core.pay", Set.of()),
                        entry("io.github.kamsdk.core.internal", Set.of("io.github.kamsdk.rules")));
        assertThat(descriptor.exports())
                .filteredOn(e -> !e.source().endsWith(".internal"))
                .allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
    }

    @Test
    void annotationOnlyDependenciesAreRequiredStatic() {
        assertThat(requires("org.immutables.value").modifiers()).contains(Requires.Modifier.STATIC);
        assertThat(requires("org.jspecify").modifiers()).contains(Requires.Modifier.STATIC);
    }

    @Test
    void noOtherDependencyIsStatic() {
        Set<String> staticRequires = descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(Requires.Modifier.STATIC))
                .map(Requires::name)
                .collect(toSet());

        assertThat(staticRequires).containsExactlyInAnyOrder("org.immutables.value", "org.jspecify");
    }

    private static Requires requires(String module) {
        Optional<Requires> found = descriptor.requires().stream()
                .filter(r -> r.name().equals(module))
                .findFirst();
        assertThat(found).as("requires %s in %s", module, descriptor).isPresent();
        return found.orElseThrow();
    }
}
