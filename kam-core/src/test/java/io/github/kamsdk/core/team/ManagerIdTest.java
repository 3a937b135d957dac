package io.github.kamsdk.core.team;

import static io.github.kamsdk.core.testing.BadInput.assertNullRejected;
import static io.github.kamsdk.core.testing.BadInput.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.kamsdk.core.testing.Props;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ManagerIdTest {

    @Test
    void keepsTheHostsIdentifierAsGiven() {
        assertThat(ManagerId.of("M-007").value()).isEqualTo("M-007");
        assertThat(ManagerId.of("M-007")).hasToString("M-007");
    }

    @Test
    void equalityIsByValueAndCaseSensitive() {
        new EqualsTester()
                .addEqualityGroup(ManagerId.of("C-1"), ManagerId.of("C-1"))
                .addEqualityGroup(ManagerId.of("c-1"))
                .addEqualityGroup(ManagerId.of("C-2"))
                .testEquals();
    }

    @Test
    void ordersByText() {
        List<ManagerId> ids = new ArrayList<>(List.of(ManagerId.of("B"), ManagerId.of("A-2"), ManagerId.of("A-10")));
        Collections.sort(ids);
        assertThat(ids).extracting(ManagerId::value).containsExactly("A-10", "A-2", "B");
    }

    @Test
    void compareToIsConsistentWithEquals() {
        Props.qt()
                .forAll(
                        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 6),
                        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 6))
                .assuming((a, b) -> a.strip().equals(a) && b.strip().equals(b) && !a.isBlank() && !b.isBlank())
                .checkAssert((a, b) -> {
                    ManagerId x = ManagerId.of(a);
                    ManagerId y = ManagerId.of(b);
                    assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
                    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
                });
    }

    @Test
    void refusesNull() {
        assertNullRejected(() -> ManagerId.of(null), "managerId");
    }

    @Test
    void refusesBlank() {
        assertRejected(() -> ManagerId.of("  "), "managerId", "blank", "'  '");
    }

    @Test
    void refusesSurroundingWhiteSpace() {
        assertRejected(() -> ManagerId.of(" C-1"), "managerId", "white space", "' C-1'");
    }

    @Test
    void refusesMoreThan200Characters() {
        assertRejected(() -> ManagerId.of("x".repeat(201)), "managerId", "200", "x".repeat(201));
    }
}
