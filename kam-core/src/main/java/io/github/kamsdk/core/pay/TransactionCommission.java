package io.github.kamsdk.core.pay;

import static io.github.kamsdk.core.internal.Checks.argument;
import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.explain.Explanation;
import io.github.kamsdk.core.explain.Step;
import io.github.kamsdk.core.money.ExchangeRate;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Commission on transactions (R-PAY-2, R-PAY-5): a rate by size band on the eligible amount or
 * margin of each deal credited to the manager, on one crediting basis.
 *
 * <pre>{@code
 * // The seeds' example: 15% on medium deals, 5% on large ones, on the amount, when booked
 * TransactionCommission agencyFee = TransactionCommission.builder()
 *     .id(ComponentId.of("commission"))
 *     .bands(CommissionBands.startingAt(Money.zero(EUR), Rate.percent(15))
 *         .from(Money.of("50000", "EUR"), Rate.percent(5))
 *         .build())
 *     .mode(BandMode.WHOLE_AMOUNT)
 *     .build();
 * // a booked deal of EUR 40,000 credited 100%: 15% = EUR 6,000.00
 * // a deal of EUR 60,000 split 50/50: 5% of 60,000 × 50% = EUR 1,500.00 each
 * }</pre>
 *
 * <p><b>Definition.</b> For a transaction credited to the manager, let {@code B} be its deal's
 * eligible base in the plan's currency (the sum of the eligible lines' amounts, or of their margins;
 * a margin at or below zero earns nothing) and {@code f} its {@linkplain CreditedTransaction#factor()
 * factor} (portion × credit share × retained). Then the transaction earns, by {@link BandMode}:
 * whole amount {@code rate(band(B)) × B × f}; graduated {@code graduated(B) × f}; period to date,
 * the slices of {@code B × f} at the manager's running volume. The band is chosen by the deal's
 * whole base, so partial invoices, partial payments and credit splits never change the band; a
 * boundary amount belongs to the band that starts there ({@link CommissionBand}). The component
 * makes one {@link PayLineKind#COMMISSION} line per band that earned, each the exact sum of its
 * transactions' commissions, rounded once.
 *
 * <p>Transactions of another basis, with no eligible line, with a margin base and a line without
 * cost, or with a base of zero are not counted, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransactionCommission implements PayComponent {
    private final ComponentId id;
    private final String description;
    private final CommissionBase base;
    private final CommissionBands bands;
    private final BandMode mode;
    private final CreditingBasis basis;
    private final Eligibility eligibility;
    private final @Nullable Money cap;
    private final @Nullable Money floor;

    private TransactionCommission(Builder b) {
        this.id = notNull(b.id, "id");
        this.bands = notNull(b.bands, "bands");
        this.base = b.base;
        this.mode = b.mode;
        this.basis = b.basis;
        this.eligibility = b.eligibility;
        this.cap = b.cap;
        this.floor = b.floor;
        this.description = b.description != null
                ? b.description
                : "commission on " + base.name().toLowerCase(java.util.Locale.ROOT) + ", "
                        + mode.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " bands, "
                        + basis.name().toLowerCase(java.util.Locale.ROOT);
        ComponentLimits.check(cap, floor, bands.currency(), id);
    }

    /**
     * A builder: id and bands are required; base {@link CommissionBase#AMOUNT}, mode {@link
     * BandMode#WHOLE_AMOUNT}, basis {@link CreditingBasis#BOOKED} and all lines eligible by default.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ComponentId id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * What the rate applies to.
     *
     * @return the base
     */
    public CommissionBase base() {
        return base;
    }

    /**
     * The size bands.
     *
     * @return the bands
     */
    public CommissionBands bands() {
        return bands;
    }

    /**
     * How the bands apply.
     *
     * @return the mode
     */
    public BandMode mode() {
        return mode;
    }

    /**
     * The crediting basis of the transactions it earns on.
     *
     * @return the basis
     */
    public CreditingBasis basis() {
        return basis;
    }

    /**
     * Which lines earn.
     *
     * @return the eligibility
     */
    public Eligibility eligibility() {
        return eligibility;
    }

    @Override
    public Optional<Currency> currency() {
        return Optional.of(bands.currency());
    }

    @Override
    public Optional<Money> cap() {
        return Optional.ofNullable(cap);
    }

    @Override
    public Optional<Money> floor() {
        return Optional.ofNullable(floor);
    }

    @Override
    public Optional<CreditingBasis> clawbackBasis() {
        return Optional.of(basis);
    }

    @Override
    public ComponentAccumulator newAccumulator(ComponentContext context) {
        return new Accumulator(notNull(context, "context"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TransactionCommission that
                && id.equals(that.id)
                && description.equals(that.description)
                && base == that.base
                && bands.equals(that.bands)
                && mode == that.mode
                && basis == that.basis
                && eligibility.equals(that.eligibility)
                && Objects.equals(cap, that.cap)
                && Objects.equals(floor, that.floor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, description, base, bands, mode, basis, eligibility, cap, floor);
    }

    @Override
    public String toString() {
        return id + ": " + description + " " + bands;
    }

    /** One transaction's earning, kept for explanations and records. */
    static final class Earning {
        final CreditedTransaction t;
        final Money dealBase;
        final Money credited;
        final int band;
        final Money[] slices;
        final Money commission;

        Earning(CreditedTransaction t, Money dealBase, Money credited, int band, Money[] slices, Money commission) {
            this.t = t;
            this.dealBase = dealBase;
            this.credited = credited;
            this.band = band;
            this.slices = slices;
            this.commission = commission;
        }
    }

    private static final Comparator<Earning> DATE_ORDER = Comparator.comparing(
                    (Earning e) -> e.t.transaction().date())
            .thenComparing(e -> e.t.transaction().id());

    private final class Accumulator implements ComponentAccumulator {
        private final ComponentContext ctx;
        private final Money zero;
        private final Money[] sums;
        private final int[] counts;
        private final @Nullable List<Earning> kept;
        private final Take[] why = new Take[1];
        private Money volume;

        Accumulator(ComponentContext ctx) {
            this.ctx = ctx;
            this.zero = Money.zero(bands.currency());
            this.sums = new Money[bands.size()];
            java.util.Arrays.fill(sums, zero);
            this.counts = new int[bands.size()];
            this.volume = zero;
            boolean keepAll = ctx.explained() || (mode == BandMode.PERIOD_TO_DATE && ctx.tracksAny());
            this.kept = keepAll || ctx.tracksAny() ? new ArrayList<>() : null;
        }

        @Override
        public Take offer(CreditedTransaction t) {
            if (t.relation() != CreditRelation.OWN) {
                return Take.IGNORED;
            }
            PayTransaction tx = t.transaction();
            if (tx.basis() != basis) {
                return Take.notCounted(
                        UnpaidReason.BASIS_NOT_USED,
                        id + " earns on " + basis + " transactions; " + tx.id() + " is " + tx.basis());
            }
            Money dealBase = DealBase.of(t, base, eligibility, why);
            if (dealBase == null) {
                return why[0];
            }
            Rate factor = t.factor();
            boolean whole = factor.compareTo(Rate.ONE_HUNDRED_PERCENT) == 0;
            Money credited = whole ? dealBase : dealBase.times(factor);
            int band = -1;
            Money[] slices = null;
            Money commission;
            switch (mode) {
                case WHOLE_AMOUNT -> {
                    band = bands.bandIndex(dealBase);
                    commission = credited.times(bands.rate(band));
                    sums[band] = sums[band].plus(commission);
                    counts[band]++;
                }
                case GRADUATED -> {
                    slices = new Money[bands.size()];
                    bands.sliceInto(dealBase, zero, slices);
                    commission = zero;
                    for (int i = 0; i < slices.length; i++) {
                        if (slices[i].isZero()) {
                            continue;
                        }
                        Money s = whole ? slices[i] : slices[i].times(factor);
                        slices[i] = s;
                        sums[i] = sums[i].plus(s);
                        counts[i]++;
                        commission = commission.plus(s);
                    }
                    band = bands.bandIndex(dealBase);
                }
                default -> {
                    volume = volume.plus(credited);
                    commission = zero;
                }
            }
            if (kept != null && (ctx.explained() || mode == BandMode.PERIOD_TO_DATE || ctx.tracks(tx.deal()))) {
                kept.add(new Earning(t, dealBase, credited, band, slices == null ? new Money[0] : slices, commission));
            }
            return Take.EARNED;
        }

        @Override
        public List<PayLine> lines(List<PayLine> before) {
            Money[] bandVolume = null;
            if (mode == BandMode.PERIOD_TO_DATE) {
                Money[] carried = ctx.statementState("ptd/" + id, () -> new Money[] {zero});
                Money offset = carried[0];
                Money[] slices = new Money[bands.size()];
                bands.sliceInto(volume, offset, slices);
                bandVolume = volumeByBand(offset, volume);
                for (int i = 0; i < slices.length; i++) {
                    sums[i] = slices[i];
                    counts[i] = bandVolume[i].isZero() ? 0 : 1;
                }
                if (kept != null) {
                    attribute(offset);
                }
                carried[0] = offset.plus(volume);
            }
            List<PayLine> out = new ArrayList<>();
            // The lines explain themselves later, from a snapshot that nothing changes any more.
            // Sorted by date only when an explanation is rendered (a bulk run may never render one);
            // nothing changes the kept earnings any more.
            List<Earning> keptNow = kept == null || !ctx.explained() ? List.of() : kept;
            com.google.common.base.Supplier<List<Earning>> snapshot = com.google.common.base.Suppliers.memoize(() -> {
                List<Earning> sorted = new ArrayList<>(keptNow);
                sorted.sort(DATE_ORDER);
                return sorted;
            });
            for (int i = 0; i < sums.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                final int band = i;
                final Money sum = sums[i];
                final Money[] bv = bandVolume;
                out.add(PayLine.create(
                        PayLineKind.COMMISSION,
                        id,
                        "band." + (i + 1),
                        description + ": band " + (i + 1) + " " + bands.bands().get(i),
                        ctx.piece(),
                        sum,
                        ctx.rounding(),
                        () -> explainBand(band, sum, bv, snapshot.get())));
            }
            return out;
        }

        /** Lays the kept transactions end to end in date order from the offset, pricing each slice. */
        private void attribute(Money offset) {
            List<Earning> sorted = new ArrayList<>(notNull(kept, "kept"));
            sorted.sort(DATE_ORDER);
            kept.clear();
            Money position = offset;
            for (Earning e : sorted) {
                Money[] slices = new Money[bands.size()];
                bands.sliceInto(e.credited, position, slices);
                Money c = zero;
                for (Money s : slices) {
                    c = c.plus(s);
                }
                kept.add(new Earning(
                        e.t, e.dealBase, e.credited, bands.bandIndex(position.plus(e.credited)), slices, c));
                position = position.plus(e.credited);
            }
        }

        private Money[] volumeByBand(Money offset, Money amount) {
            Money[] out = new Money[bands.size()];
            Money end = offset.plus(amount);
            ImmutableList<CommissionBand> bs = bands.bands();
            for (int i = 0; i < out.length; i++) {
                Money lo = Money.max(offset, bs.get(i).fromInclusive());
                Money hi = bs.get(i).toExclusive().map(t -> Money.min(end, t)).orElse(end);
                out[i] = hi.isGreaterThan(lo) ? hi.minus(lo) : zero;
            }
            return out;
        }

        private Explanation explainBand(int band, Money sum, Money @Nullable [] bandVolume, List<Earning> earnings) {
            CommissionBand b = bands.bands().get(band);
            Explanation.Builder e = Explanation.builder();
            e.addStep(Step.of(
                    "pay.commission.rule",
                    "{component}: {mode} on the {base} of {eligibility}, {basis} transactions; bands {bands}",
                    "component",
                    id.value(),
                    "mode",
                    mode,
                    "base",
                    base,
                    "eligibility",
                    eligibility.toString(),
                    "basis",
                    basis,
                    "bands",
                    bands.toString()));
            if (mode == BandMode.WHOLE_AMOUNT && !bands.cliffs().isEmpty()) {
                List<String> cliffs = new ArrayList<>();
                for (int i : bands.cliffs()) {
                    cliffs.add(bands.bands().get(i).fromInclusive() + " (" + bands.rate(i - 1) + " to " + bands.rate(i)
                            + ")");
                }
                e.addStep(Step.of(
                        "pay.commission.cliffs",
                        "whole-amount mode: the commission on a deal jumps where the rate changes, at {cliffs}",
                        "cliffs",
                        String.join(", ", cliffs)));
            }
            int count = 0;
            if (ctx.explained()) {
                for (Earning x : earnings) {
                    Money inBand = x.slices.length > band ? x.slices[band] : (x.band == band ? x.commission : zero);
                    boolean touches = mode == BandMode.WHOLE_AMOUNT ? x.band == band : !inBand.isZero();
                    if (touches) {
                        e.addStep(transactionStep(x, band, inBand));
                        count++;
                    }
                }
            }
            if (mode == BandMode.PERIOD_TO_DATE && bandVolume != null) {
                e.addStep(Step.of(
                        "pay.commission.band",
                        "band {band} {bandText}: volume {volume} of the period's running volume at {rate} = {sum}",
                        "band",
                        band + 1,
                        "bandText",
                        b.toString(),
                        "volume",
                        bandVolume[band],
                        "rate",
                        b.rate(),
                        "sum",
                        sum));
            } else {
                e.addStep(Step.of(
                        "pay.commission.band",
                        "band {band} {bandText}: {count} transaction(s), commission {sum}",
                        "band",
                        band + 1,
                        "bandText",
                        b.toString(),
                        "count",
                        ctx.explained() ? count : counts[band],
                        "sum",
                        sum));
            }
            return e.build();
        }

        private Step transactionStep(Earning x, int band, Money inBand) {
            PayTransaction tx = x.t.transaction();
            Step.Builder s = Step.builder()
                    .code("pay.commission.transaction")
                    .putParameter("transaction", tx.id().value())
                    .putParameter("date", tx.date())
                    .putParameter("account", tx.account().value())
                    .putParameter("deal", tx.deal().value())
                    .putParameter("dealBase", x.dealBase)
                    .putParameter("factor", x.t.factor())
                    .putParameter("portion", tx.portion())
                    .putParameter("share", x.t.share())
                    .putParameter("credited", x.credited)
                    .putParameter("rate", bands.rate(band))
                    .putParameter("commission", inBand);
            String factorText = "{portion} of the deal × {share} credit share"
                    + (x.t.retained().compareTo(Rate.ONE_HUNDRED_PERCENT) == 0 ? "" : " × {retained} retained");
            if (x.t.retained().compareTo(Rate.ONE_HUNDRED_PERCENT) != 0) {
                s.putParameter("retained", x.t.retained());
            }
            String template = switch (mode) {
                case WHOLE_AMOUNT ->
                    "{transaction} ({date}, account {account}, deal {deal}): deal base {dealBase} is in"
                            + " band " + (band + 1) + " at {rate}; credited " + factorText
                            + " = {factor} of it, {credited}; {rate} × {credited} = {commission}";
                case GRADUATED ->
                    "{transaction} ({date}, account {account}, deal {deal}): deal base {dealBase},"
                            + " graduated slice in band " + (band + 1) + " at {rate}, credited " + factorText
                            + " = {factor}: {commission}";
                default ->
                    "{transaction} ({date}, account {account}, deal {deal}): credited " + factorText
                            + " of deal base {dealBase} = {credited}, of which the part in band " + (band + 1)
                            + " at {rate} earns {commission}";
            };
            s.template(template);
            Optional<ExchangeRate> conversion = x.t.conversion();
            conversion.ifPresent(r -> s.addChild(Step.of(
                    "pay.conversion",
                    "amounts in {from} converted to {to} at {factor} (the rate of {rateDate} for {date})",
                    "from",
                    r.from(),
                    "to",
                    r.to(),
                    "factor",
                    r.factor(),
                    "rateDate",
                    r.date(),
                    "date",
                    tx.date())));
            if (mode == BandMode.WHOLE_AMOUNT) {
                ImmutableList<Integer> cliffs = bands.cliffs();
                if (cliffs.contains(band)) {
                    s.addChild(Step.of(
                            "pay.commission.cliff",
                            "cliff: from {from} the whole deal earns {rate} instead of {previous}",
                            "from",
                            bands.bands().get(band).fromInclusive(),
                            "rate",
                            bands.rate(band),
                            "previous",
                            bands.rate(band - 1)));
                }
                if (cliffs.contains(band + 1)) {
                    s.addChild(Step.of(
                            "pay.commission.cliff",
                            "cliff: from {from} the whole deal would earn {next} instead of {rate}",
                            "from",
                            bands.bands().get(band + 1).fromInclusive(),
                            "next",
                            bands.rate(band + 1),
                            "rate",
                            bands.rate(band)));
                }
            }
            return s.build();
        }

        @Override
        public List<CommissionRecord> records() {
            if (kept == null) {
                return List.of();
            }
            List<CommissionRecord> out = new ArrayList<>();
            for (Earning x : kept) {
                PayTransaction tx = x.t.transaction();
                if (!ctx.tracks(tx.deal())) {
                    continue;
                }
                out.add(ComponentLimits.earned(ctx, id, tx, x.commission));
            }
            return out;
        }
    }

    /** Builds a {@link TransactionCommission}; a builder is not thread-safe. */
    public static final class Builder {
        private @Nullable ComponentId id;
        private @Nullable String description;
        private CommissionBase base = CommissionBase.AMOUNT;
        private @Nullable CommissionBands bands;
        private BandMode mode = BandMode.WHOLE_AMOUNT;
        private CreditingBasis basis = CreditingBasis.BOOKED;
        private Eligibility eligibility = Eligibility.all();
        private @Nullable Money cap;
        private @Nullable Money floor;

        Builder() {}

        /**
         * The component's id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(ComponentId id) {
            this.id = notNull(id, "id");
            return this;
        }

        /**
         * The description in explanations; derived from the settings by default.
         *
         * @param description the text, not blank, not null
         * @return this builder
         */
        public Builder description(String description) {
            notNull(description, "description");
            argument(!description.isBlank(), "description must not be blank");
            this.description = description;
            return this;
        }

        /**
         * What the rate applies to.
         *
         * @param base the base, not null
         * @return this builder
         */
        public Builder base(CommissionBase base) {
            this.base = notNull(base, "base");
            return this;
        }

        /**
         * The size bands, in the plan's currency.
         *
         * @param bands the bands, not null
         * @return this builder
         */
        public Builder bands(CommissionBands bands) {
            this.bands = notNull(bands, "bands");
            return this;
        }

        /**
         * How the bands apply.
         *
         * @param mode the mode, not null
         * @return this builder
         */
        public Builder mode(BandMode mode) {
            this.mode = notNull(mode, "mode");
            return this;
        }

        /**
         * The crediting basis of the transactions it earns on.
         *
         * @param basis the basis, not null
         * @return this builder
         */
        public Builder basis(CreditingBasis basis) {
            this.basis = notNull(basis, "basis");
            return this;
        }

        /**
         * Which lines earn.
         *
         * @param eligibility the rule, not null
         * @return this builder
         */
        public Builder eligibility(Eligibility eligibility) {
            this.eligibility = notNull(eligibility, "eligibility");
            return this;
        }

        /**
         * The most the component's lines add up to in a whole period.
         *
         * @param cap the cap, not negative, in the bands' currency, not null
         * @return this builder
         */
        public Builder cap(Money cap) {
            this.cap = notNull(cap, "cap");
            return this;
        }

        /**
         * The least the component's lines add up to in a whole period.
         *
         * @param floor the floor, not negative, in the bands' currency, not null
         * @return this builder
         */
        public Builder floor(Money floor) {
            this.floor = notNull(floor, "floor");
            return this;
        }

        /**
         * The component.
         *
         * @return the component
         * @throws IllegalArgumentException if id or bands is missing, or a cap or floor is negative,
         *     in another currency or the floor above the cap
         */
        public TransactionCommission build() {
            return new TransactionCommission(this);
        }
    }
}
