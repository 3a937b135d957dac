package io.github.kamsdk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.rules.pricing.DiscountPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The compiled {@code module-info.class} of kam-rules: its name, exports and requirements. */
class RulesModuleDescriptorTest {
    static ModuleDescriptor descriptor() throws IOException {
        URL classes = DiscountPolicy.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
            URL moduleInfo = loader.findResource("module-info.class");
            assertThat(moduleInfo).as("module-info.class in %s", classes).isNotNull();
            try (InputStream in = moduleInfo.openStream()) {
                return ModuleDescriptor.read(in);
            }
        }
    }

    @Test
    void exportsTheFourApiPackagesUnqualified() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("io.github.kamsdk.rules");
        assertThat(d.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(
                        "io.github.kamsdk.rules.pricing",
                        "io.github.kamsdk.rules.approval",
                        "io.github.kamsdk.rules.credit",
                        "io.github.kamsdk.rules.admission");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    }

    @Test
    void requiresCoreTransitivelyAndTheAnnotationsStatically() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.requires())
                .anySatisfy(r -> {
                    assertThat(r.name()).isEqualTo("io.github.kamsdk.core");
                    assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
                })
                .anySatisfy(r -> {
                    assertThat(r.name()).isEqualTo("org.immutables.value");
                    assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC);
                });
    }
}
