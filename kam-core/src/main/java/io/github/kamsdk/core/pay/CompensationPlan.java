package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A compensation plan (R-PAY-1..7): the payout currency, how lines are rounded, dated {@link
 * PlanVersion}s (fixed pay and variable components), and the rules over the whole variable part: a
 * clawback policy, a cap and a floor, and a guaranteed minimum (draw).
 *
 * <pre>{@code
 * CompensationPlan kam = CompensationPlan.builder()
 *     .id("kam-2026")
 *     .currency(Currency.getInstance("EUR"))
 *     .addVersion(v1)                          // 1 Jan – 1 Apr
 *     .addVersion(v2)                          // from 1 Apr: new rates
 *     .clawback(ClawbackPolicy.netForward())
 *     .variableCap(Money.of("30000.00", "EUR")) // per period
 *     .draw(Draw.recoverable(Money.of("1500.00", "EUR")))
 *     .build();
 * }</pre>
 *
 * <p><b>Order of a statement</b>: the fixed line of each version piece, then each version's
 * components in order (each followed by its own cap or floor line), then the plan's variable cap
 * and floor on the period's earned variable pay, then the draw (or its recovery), then clawbacks,
 * then adjustments of earlier periods. The plan-level amounts are per period and prorated by the
 * days the versions cover.
 *
 * <p>Rules, checked when built, each an {@link IllegalArgumentException} naming the field: an id;
 * a currency (required); at least one version; versions do not overlap; every amount of the plan,
 * its versions and their components is in the plan's currency; the variable floor is not above the
 * cap.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompensationPlan {
    CompensationPlan() {}

    /**
     * A builder: id, currency and at least one version are required.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The plan's id, such as {@code "kam-2026"}.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * The payout currency: every line is in it; transactions in others are converted (R-PAY-7).
     *
     * @return the currency
     */
    public abstract Currency currency();

    /**
     * How each line is rounded, once.
     *
     * @return the policy; HALF_EVEN to the minor unit by default
     */
    @Value.Default
    public RoundingPolicy rounding() {
        return RoundingPolicy.DEFAULT;
    }

    /**
     * The versions, as given.
     *
     * @return at least one; none overlap
     */
    public abstract List<PlanVersion> versions();

    /**
     * How commission already paid is taken back, if the plan does.
     *
     * @return the policy, or empty for no clawback
     */
    public abstract Optional<ClawbackPolicy> clawback();

    /**
     * The most the period's earned variable pay may be (some plans have none, R-PAY-1).
     *
     * @return the cap per period, or empty
     */
    public abstract Optional<Money> variableCap();

    /**
     * The least the period's earned variable pay is.
     *
     * @return the floor per period, or empty
     */
    public abstract Optional<Money> variableFloor();

    /**
     * The guaranteed minimum of variable pay, if any.
     *
     * @return the draw, or empty
     */
    public abstract Optional<Draw> draw();

    /**
     * The versions in date order.
     *
     * @return the versions sorted by their first day
     */
    @Value.Derived
    @Value.Auxiliary
    public ImmutableList<PlanVersion> timeline() {
        List<PlanVersion> sorted = new ArrayList<>(versions());
        sorted.sort(Comparator.comparing(v -> v.validity().start()));
        return ImmutableList.copyOf(sorted);
    }

    /**
     * The version in force on a day.
     *
     * @param date the day, not null
     * @return the version, or empty if none covers the day
     */
    public Optional<PlanVersion> versionOn(LocalDate date) {
        notNull(date, "date");
        for (PlanVersion v : timeline()) {
            if (v.validity().contains(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    void check() {
        argument(!id().isBlank(), "id must not be blank: '%s'", id());
        argument(!versions().isEmpty(), "versions must not be empty (plan %s)", id());
        ImmutableList<PlanVersion> t = timeline();
        for (int i = 0; i + 1 < t.size(); i++) {
            DateRange a = t.get(i).validity();
            DateRange b = t.get(i + 1).validity();
            argument(!a.overlaps(b), "versions must not overlap: %s and %s (plan %s)", a, b, id());
        }
        for (PlanVersion v : t) {
            requireCurrency(
                    v.fixedPay(), "fixedPay of the version from " + v.validity().start());
            for (PayComponent c : v.components()) {
                c.currency()
                        .ifPresent(cur -> argument(
                                cur.equals(currency()),
                                "component %s is in %s, the plan %s pays in %s",
                                c.id(),
                                cur.getCurrencyCode(),
                                id(),
                                currency().getCurrencyCode()));
                c.cap().ifPresent(m -> requireCurrency(m, "cap of component " + c.id()));
                c.floor().ifPresent(m -> requireCurrency(m, "floor of component " + c.id()));
            }
        }
        variableCap().ifPresent(m -> {
            requireCurrency(m, "variableCap");
            argument(m.isPositiveOrZero(), "variableCap must not be negative: %s (plan %s)", m, id());
        });
        variableFloor().ifPresent(m -> {
            requireCurrency(m, "variableFloor");
            argument(m.isPositiveOrZero(), "variableFloor must not be negative: %s (plan %s)", m, id());
        });
        if (variableCap().isPresent() && variableFloor().isPresent()) {
            argument(
                    !variableFloor().get().isGreaterThan(variableCap().get()),
                    "variableFloor %s must not be above variableCap %s (plan %s)",
                    variableFloor().get(),
                    variableCap().get(),
                    id());
        }
        draw().ifPresent(d -> requireCurrency(d.amount(), "draw"));
    }

    private void requireCurrency(Money amount, String field) {
        argument(
                amount.currency().equals(currency()),
                "%s must be in the plan's currency %s: %s (plan %s)",
                field,
                currency().getCurrencyCode(),
                amount,
                id());
    }

    /**
     * Builds a {@link CompensationPlan}; a null argument or a missing required attribute fails with
     * an {@link IllegalArgumentException} naming it. A builder is not thread-safe.
     */
    public static final class Builder extends ImmutableCompensationPlan.Builder {
        Builder() {}
    }
}
