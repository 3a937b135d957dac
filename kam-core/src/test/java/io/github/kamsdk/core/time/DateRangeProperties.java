package io.github.kamsdk.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RemainderPolicy;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of {@link DateRange}, checked on generated periods. */
class DateRangeProperties {
    /** A period and cut days within and around it. */
    record RangeAndCuts(DateRange range, List<LocalDate> cuts) {}

    /** Two periods, often overlapping or touching. */
    record TwoRanges(DateRange a, DateRange b) {}

    /** A period and a day within or near it. */
    record RangeAndDay(DateRange range, LocalDate day) {}

    private static Gen<RangeAndCuts> rangesWithCuts() {
        return Gens.dateRanges().flatMap(r -> Gens.cutsAround(r).map(cuts -> new RangeAndCuts(r, cuts)));
    }

    private static Gen<TwoRanges> twoRanges() {
        return Gens.dateRanges().flatMap(a -> Gens.dateRangesNear(a).map(b -> new TwoRanges(a, b)));
    }

    private static Gen<RangeAndDay> rangesWithDays() {
        return Gens.dateRanges().flatMap(r -> Gens.datesAround(r).map(d -> new RangeAndDay(r, d)));
    }

    /** The period a partition covers: from its first piece's start to its last piece's end. */
    static DateRange whole(List<DateRange> partition) {
        return DateRange.of(
                partition.get(0).start(), partition.get(partition.size() - 1).endExclusive());
    }

    /**
     * The pieces are non-empty, consecutive (each starts where the previous ends), the first starts
     * at the range's start and the last ends at its end: no gap, no overlap.
     */
    static void assertCoversExactly(DateRange range, List<DateRange> pieces) {
        assertThat(pieces).isNotEmpty().doesNotContainNull();
        assertThat(pieces.get(0).start()).as("first piece's start").isEqualTo(range.start());
        assertThat(pieces.get(pieces.size() - 1).endExclusive())
                .as("last piece's end")
                .isEqualTo(range.endExclusive());
        for (int i = 0; i < pieces.size(); i++) {
            DateRange piece = pieces.get(i);
            assertThat(piece.endExclusive()).as("end of piece %s", i).isAfter(piece.start());
            if (i > 0) {
                assertThat(piece.start())
                        .as("start of piece %s", i)
                        .isEqualTo(pieces.get(i - 1).endExclusive());
            }
        }
    }

    @Test
    void splitByEveryUnitCoversTheRangeWithoutGapOrOverlap() {
        Props.qt()
                .forAll(Gens.dateRanges(), Gens.periodUnits())
                .checkAssert((range, unit) -> assertCoversExactly(range, range.split(unit)));
    }

    @Test
    void eachPieceOfSplitLiesWithinOnePeriodOfTheUnit() {
        Props.qt().forAll(Gens.dateRanges(), Gens.periodUnits()).checkAssert((range, unit) -> {
            for (DateRange piece : range.split(unit)) {
                assertThat(FiscalCalendar.GREGORIAN
                                .periodContaining(piece.start(), unit)
                                .encloses(piece))
                        .as("%s within one %s", piece, unit)
                        .isTrue();
            }
        });
    }

    @Test
    void eachPieceOfSplitIsAllOfTheRangeWithinItsPeriodOfTheUnit() {
        // Together with the law above: split cuts at every boundary of the unit inside the range.
        Props.qt().forAll(Gens.dateRanges(), Gens.periodUnits()).checkAssert((range, unit) -> {
            for (DateRange piece : range.split(unit)) {
                DateRange period = FiscalCalendar.GREGORIAN.periodContaining(piece.start(), unit);
                assertThat(range.intersection(period)).contains(piece);
            }
        });
    }

    @Test
    void splitNearTheLimitsOfLocalDateCoversTheRange() {
        Props.qt()
                .forAll(Gens.dateRangesAtLimits(), Gens.periodUnits())
                .checkAssert((range, unit) -> assertCoversExactly(range, range.split(unit)));
    }

    @Test
    void splitAtCoversTheRangeWithoutGapOrOverlap() {
        Props.qt()
                .forAll(rangesWithCuts())
                .checkAssert(rc -> assertCoversExactly(rc.range(), rc.range().splitAt(rc.cuts())));
    }

    @Test
    void splitAtStartsAPieceOnEveryCutInsideTheRangeAndNowhereElse() {
        Props.qt().forAll(rangesWithCuts()).checkAssert(rc -> {
            DateRange range = rc.range();
            List<LocalDate> laterStarts = range.splitAt(rc.cuts()).stream()
                    .skip(1)
                    .map(DateRange::start)
                    .collect(Collectors.toList());
            TreeSet<LocalDate> inside = new TreeSet<>();
            for (LocalDate cut : rc.cuts()) {
                if (cut.isAfter(range.start()) && cut.isBefore(range.endExclusive())) {
                    inside.add(cut);
                }
            }
            assertThat(laterStarts).containsExactlyElementsOf(inside);
        });
    }

    @Test
    void prorationOfOverAnyPartitionSumsToExactlyOne() {
        Props.qt().forAll(Gens.partitions()).checkAssert(pieces -> {
            DateRange whole = whole(pieces);
            Proration sum = Proration.ZERO;
            for (DateRange piece : pieces) {
                sum = sum.plus(piece.prorationOf(whole));
            }
            assertThat(sum).isEqualTo(Proration.ONE);
        });
    }

    @Test
    void prorateOverAnyPartitionConservesTheAmountToTheMinorUnit() {
        Props.qt()
                .forAll(Gens.partitions(), Gens.roundedMoney(), Gens.remainderPolicies())
                .checkAssert((pieces, amount, policy) -> {
                    List<Money> parts = whole(pieces).prorate(amount, pieces, policy);
                    assertThat(parts).hasSameSizeAs(pieces);
                    assertThat(Money.sum(parts)).isEqualTo(amount);
                });
    }

    @Test
    void prorateGivesEachPieceItsShareOfDaysToWithinOneMinorUnit() {
        Props.qt()
                .forAll(Gens.partitions(), Gens.roundedMoney(), Gens.remainderPolicies())
                .checkAssert((pieces, amount, policy) -> assertEachPartIsItsShare(pieces, amount, policy));
    }

    @Test
    void prorateOfPiecesInReverseOrderGivesTheAmountsInTheOrderGiven() {
        Props.qt()
                .forAll(Gens.partitions(), Gens.roundedMoney(), Gens.remainderPolicies())
                .checkAssert((pieces, amount, policy) -> {
                    List<DateRange> reversed = new ArrayList<>(pieces);
                    Collections.reverse(reversed);
                    assertThat(Money.sum(whole(pieces).prorate(amount, reversed, policy)))
                            .isEqualTo(amount);
                    assertEachPartIsItsShare(reversed, amount, policy);
                });
    }

    @Test
    void prorateGivesEachPieceTheSameAmountWhateverTheOrderOfThePieces() {
        Props.qt()
                .forAll(Gens.partitions(), Gens.roundedMoney(), Gens.remainderPolicies(), Gens.seeds())
                .checkAssert((pieces, amount, policy, seed) -> {
                    List<DateRange> shuffled = new ArrayList<>(pieces);
                    Collections.shuffle(shuffled, new java.util.Random(seed));
                    DateRange whole = whole(pieces);
                    List<Money> inOrder = whole.prorate(amount, pieces, policy);
                    List<Money> inShuffledOrder = whole.prorate(amount, shuffled, policy);
                    for (int i = 0; i < shuffled.size(); i++) {
                        assertThat(inShuffledOrder.get(i)).isEqualTo(inOrder.get(pieces.indexOf(shuffled.get(i))));
                    }
                });
    }

    /** Each piece's part differs from {@code amount × days / total days} by less than a minor unit. */
    private static void assertEachPartIsItsShare(List<DateRange> pieces, Money amount, RemainderPolicy policy) {
        DateRange whole = pieces.stream().reduce(DateRange::span).orElseThrow();
        BigDecimal total = BigDecimal.valueOf(whole.lengthInDays());
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(amount.currency().getDefaultFractionDigits());
        List<Money> parts = whole.prorate(amount, pieces, policy);
        for (int i = 0; i < pieces.size(); i++) {
            // |part × total - amount × days| < minor unit × total, without dividing.
            BigDecimal exactTimesTotal =
                    amount.amount().multiply(BigDecimal.valueOf(pieces.get(i).lengthInDays()));
            BigDecimal error = parts.get(i)
                    .amount()
                    .multiply(total)
                    .subtract(exactTimesTotal)
                    .abs();
            assertThat(error).as("part %s of %s", i, parts).isLessThan(minorUnit.multiply(total));
        }
    }

    @Test
    void lengthsOfAPartitionsPiecesSumToTheWhole() {
        Props.qt()
                .forAll(Gens.partitions())
                .checkAssert(pieces -> assertThat(pieces.stream()
                                .mapToLong(DateRange::lengthInDays)
                                .sum())
                        .isEqualTo(whole(pieces).lengthInDays()));
    }

    @Test
    void intersectionIsCommutativeAndEnclosedByBoth() {
        Props.qt().forAll(twoRanges()).checkAssert(t -> {
            Optional<DateRange> ab = t.a().intersection(t.b());
            assertThat(ab).isEqualTo(t.b().intersection(t.a()));
            ab.ifPresent(i -> {
                assertThat(t.a().encloses(i)).isTrue();
                assertThat(t.b().encloses(i)).isTrue();
            });
            assertThat(t.a().overlapInDays(t.b()))
                    .isEqualTo(ab.map(DateRange::lengthInDays).orElse(0L));
        });
    }

    @Test
    void intersectionHoldsExactlyTheDaysInBoth() {
        Props.qt().forAll(twoRanges()).checkAssert(t -> {
            DateRange span = t.a().span(t.b());
            Optional<DateRange> ab = t.a().intersection(t.b());
            for (LocalDate d = span.start().minusDays(1); !d.isAfter(span.endExclusive()); d = d.plusDays(1)) {
                LocalDate day = d;
                boolean inBoth = t.a().contains(day) && t.b().contains(day);
                assertThat(ab.filter(i -> i.contains(day)).isPresent())
                        .as("%s", day)
                        .isEqualTo(inBoth);
            }
        });
    }

    @Test
    void overlapsIsSymmetricAndAgreesWithIntersection() {
        Props.qt().forAll(twoRanges()).checkAssert(t -> {
            assertThat(t.a().overlaps(t.b())).isEqualTo(t.b().overlaps(t.a()));
            assertThat(t.a().overlaps(t.b()))
                    .isEqualTo(t.a().intersection(t.b()).isPresent());
        });
    }

    @Test
    void spanEnclosesBothFromTheEarlierStartToTheLaterEnd() {
        Props.qt().forAll(twoRanges()).checkAssert(t -> {
            DateRange span = t.a().span(t.b());
            assertThat(span).isEqualTo(t.b().span(t.a()));
            assertThat(span.encloses(t.a()) && span.encloses(t.b())).isTrue();
            assertThat(span.start()).isIn(t.a().start(), t.b().start());
            assertThat(span.endExclusive()).isIn(t.a().endExclusive(), t.b().endExclusive());
        });
    }

    @Test
    void containsADayIffStartIsNotAfterItAndItIsBeforeTheEnd() {
        Props.qt().forAll(rangesWithDays()).checkAssert(rd -> {
            DateRange range = rd.range();
            LocalDate day = rd.day();
            boolean expected = !range.start().isAfter(day) && day.isBefore(range.endExclusive());
            assertThat(range.contains(day)).isEqualTo(expected);
        });
    }

    @Test
    void closedIsTheHalfOpenPeriodToTheDayAfter() {
        Props.qt().forAll(Gens.dateRanges()).checkAssert(range -> {
            assertThat(DateRange.closed(range.start(), range.endInclusive())).isEqualTo(range);
            assertThat(range.lengthInDays())
                    .isEqualTo(range.endInclusive().toEpochDay() - range.start().toEpochDay() + 1);
        });
    }

    @Test
    void compareToIsConsistentWithEquals() {
        Props.qt().forAll(twoRanges()).checkAssert(t -> {
            DateRange a = t.a();
            DateRange b = t.b();
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            DateRange copy = DateRange.of(a.start(), a.endExclusive());
            assertThat(a.compareTo(copy)).isZero();
            assertThat(a).isEqualTo(copy).hasSameHashCodeAs(copy);
        });
    }
}
