package io.github.kamsdk.core.account;

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

class AccountIdTest {

    @Test
    void keepsTheHostsIdentifierAsGiven() {
        assertThat(AccountId.of("C-10042").value()).isEqualTo("C-10042");
        assertThat(AccountId.of("C-10042")).hasToString("C-10042");
    }

    @Test
    void equalityIsByValueAndCaseSensitive() {
        new EqualsTester()
                .addEqualityGroup(AccountId.of("C-1"), AccountId.of("C-1"))
                .addEqualityGroup(AccountId.of("c-1"))
                .addEqualityGroup(AccountId.of("C-2"))
                .testEquals();
    }

    @Test
    void ordersByText() {
        List<AccountId> ids = new ArrayList<>(List.of(AccountId.of("B"), AccountId.of("A-2"), AccountId.of("A-10")));
        Collections.sort(ids);
        assertThat(ids).extracting(AccountId::value).containsExactly("A-10", "A-2", "B");
    }

    @Test
    void compareToIsConsistentWithEquals() {
        Props.qt()
                .forAll(
                        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 6),
                        SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 6))
                .assuming((a, b) -> a.strip().equals(a) && b.strip().equals(b) && !a.isBlank() && !b.isBlank())
                .checkAssert((a, b) -> {
                    AccountId x = AccountId.of(a);
                    AccountId y = AccountId.of(b);
                    assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
                    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
                });
    }

    @Test
    void refusesNull() {
        assertNullRejected(() -> AccountId.of(null), "accountId");
    }

    @Test
    void refusesBlank() {
        assertRejected(() -> AccountId.of("  "), "accountId", "blank", "'  '");
    }

    @Test
    void refusesSurroundingWhiteSpace() {
        assertRejected(() -> AccountId.of(" C-1"), "accountId", "white space", "' C-1'");
    }

    @Test
    void refusesMoreThan200Characters() {
        assertRejected(() -> AccountId.of("x".repeat(201)), "accountId", "200", "x".repeat(201));
    }
}
