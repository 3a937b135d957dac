package io.github.kamsdk.core.account;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import io.github.kamsdk.core.money.CurrencyMismatchException;
import io.github.kamsdk.core.money.Money;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** The checked input of a tiering: figures in id order, one currency, distinct ids, and the total. */
final class Population {
    private static final Comparator<AccountFigures> BY_ID = Comparator.comparing(AccountFigures::account);

    final AccountFigures[] figures;
    final AccountId[] ids;
    final @Nullable Currency currency;
    final @Nullable Money total;

    private Population(AccountFigures[] figures, AccountId[] ids, @Nullable Currency currency, @Nullable Money total) {
        this.figures = figures;
        this.ids = ids;
        this.currency = currency;
        this.total = total;
    }

    static Population of(@Nullable Collection<AccountFigures> accounts) {
        notNull(accounts, "accounts");
        AccountFigures[] figures = accounts.toArray(new AccountFigures[0]);
        Currency currency = null;
        Money total = null;
        for (int i = 0; i < figures.length; i++) {
            AccountFigures f = notNull(figures[i], "accounts[" + i + "]");
            Currency c = f.revenue().currency();
            if (currency == null) {
                currency = c;
                total = f.revenue();
            } else if (c != currency) {
                throw new CurrencyMismatchException(currency, c);
            } else {
                total = total.plus(f.revenue());
            }
        }
        Arrays.sort(figures, BY_ID);
        AccountId[] ids = new AccountId[figures.length];
        for (int i = 0; i < figures.length; i++) {
            ids[i] = figures[i].account();
            argument(i == 0 || !ids[i].equals(ids[i - 1]), "accounts has a duplicate id: %s", ids[i]);
        }
        return new Population(figures, ids, currency, total);
    }

    int size() {
        return figures.length;
    }
}
