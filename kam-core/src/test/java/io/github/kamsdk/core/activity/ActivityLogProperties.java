package io.github.kamsdk.core.activity;

import static io.github.kamsdk.core.testing.ActivityGens.ACCOUNTS;
import static io.github.kamsdk.core.testing.ActivityGens.LOG_START;
import static io.github.kamsdk.core.testing.ActivityGens.MANAGERS;
import static io.github.kamsdk.core.testing.ActivityGens.activityLists;
import static io.github.kamsdk.core.testing.ActivityGens.activityPairs;
import static io.github.kamsdk.core.testing.ActivityGens.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.testing.Gens;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link ActivityLog}'s queries agree with a naive recomputation over the input list. */
class ActivityLogProperties {
    private static List<Activity> naive(List<Activity> activities, Predicate<Activity> keep) {
        List<Activity> kept = new ArrayList<>();
        for (Activity a : activities) {
            if (keep.test(a)) {
                kept.add(a);
            }
        }
        kept.sort(ActivityLog.ORDER);
        return kept;
    }

    private static Optional<LocalDate> naiveLast(List<Activity> activities, Predicate<Activity> match) {
        LocalDate last = null;
        for (Activity a : activities) {
            if (match.test(a) && (last == null || a.date().isAfter(last))) {
                last = a.date();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Periods of 1 to 40 days within and around the log's 60 days. */
    private static Gen<DateRange> periods() {
        return integers().between(-5, 64).zip(integers().between(1, 40), (start, days) -> {
            LocalDate from = LOG_START.toLocalDate().plusDays(start);
            return DateRange.of(from, from.plusDays(days));
        });
    }

    @Test
    void holdsExactlyTheInputSortedWhateverItsOrder() {
        Props.qt().forAll(activityLists(), Gens.seeds()).checkAssert((activities, seed) -> {
            ActivityLog log = ActivityLog.of(activities);
            assertThat(log.activities()).containsExactlyInAnyOrderElementsOf(activities);
            assertThat(log.activities()).isSortedAccordingTo(ActivityLog.ORDER);
            List<Activity> shuffled = new ArrayList<>(activities);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(ActivityLog.of(shuffled)).isEqualTo(log);
        });
    }

    @Test
    void theOrderTellsApartExactlyTheActivitiesThatAreNotEqual() {
        Props.qt().forAll(activityPairs()).checkAssert(pair -> {
            Activity a = pair.get(0);
            Activity b = pair.get(1);
            assertThat(ActivityLog.ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
        });
    }

    @Test
    void lastContactDatesAgreeWithTheLatestContactOfEachAccount() {
        Props.qt().forAll(activityLists()).checkAssert(activities -> {
            ActivityLog log = ActivityLog.of(activities);
            Map<AccountId, LocalDate> expected = new TreeMap<>();
            for (AccountId account : ACCOUNTS) {
                naiveLast(activities, a -> a.isContact() && a.account().equals(account))
                        .ifPresent(d -> expected.put(account, d));
                assertThat(log.lastContactDate(account))
                        .isEqualTo(naiveLast(
                                activities, a -> a.isContact() && a.account().equals(account)));
                for (ActivityKind kind : List.of(ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING)) {
                    assertThat(log.lastContactDate(account, kind))
                            .isEqualTo(naiveLast(
                                    activities,
                                    a -> a.kind() == kind && a.account().equals(account)));
                    assertThat(Optional.ofNullable(log.lastContactDates(kind).get(account)))
                            .isEqualTo(log.lastContactDate(account, kind));
                }
            }
            assertThat(log.lastContactDates()).containsExactlyEntriesOf(expected);
        });
    }

    @Test
    void filtersAgreeWithNaiveFilters() {
        Props.qt().forAll(activityLists(), periods()).checkAssert((activities, period) -> {
            ActivityLog log = ActivityLog.of(activities);
            assertThat(log.within(period).activities())
                    .containsExactlyElementsOf(naive(activities, a -> period.contains(a.date())));
            for (AccountId account : ACCOUNTS) {
                assertThat(log.activitiesOf(account, period))
                        .containsExactlyElementsOf(
                                naive(activities, a -> a.account().equals(account) && period.contains(a.date())));
            }
            for (ManagerId manager : MANAGERS) {
                assertThat(log.activitiesOf(manager, period))
                        .containsExactlyElementsOf(
                                naive(activities, a -> a.manager().equals(manager) && period.contains(a.date())));
            }
            assertThat(log.before(period.start()).activities())
                    .containsExactlyElementsOf(naive(activities, a -> a.date().isBefore(period.start())));
            assertThat(log.before(period.start()).plus(log.within(DateRange.of(period.start(), LocalDate.MAX))))
                    .isEqualTo(log);
        });
    }

    @Test
    void countsByKindAgreeWithNaiveCountsAndAddUpToTheSize() {
        Props.qt().forAll(activityLists()).checkAssert(activities -> {
            ActivityLog log = ActivityLog.of(activities);
            int total = 0;
            for (ActivityKind kind : ActivityKind.values()) {
                int expected = naive(activities, a -> a.kind() == kind).size();
                assertThat(log.countsByKind()).containsEntry(kind, expected);
                assertThat(log.count(kind)).isEqualTo(expected);
                assertThat(log.ofKind(kind).size()).isEqualTo(expected);
                total += expected;
            }
            assertThat(total).isEqualTo(log.size());
            assertThat(log.contactCount())
                    .isEqualTo(naive(activities, Activity::isContact).size());
            int byManager = 0;
            for (ManagerId manager : log.managers()) {
                byManager += log.ofManager(manager).size();
            }
            assertThat(byManager).isEqualTo(log.size());
        });
    }

    @Test
    void openComplaintsAgreeWithTheHalfOpenRule() {
        Props.qt().forAll(activityLists(), times()).checkAssert((activities, time) -> {
            List<Activity> expected = naive(
                    activities,
                    a -> a.kind() == ActivityKind.COMPLAINT
                            && !a.when().isAfter(time)
                            && (a.resolvedAt().isEmpty() || a.resolvedAt().get().isAfter(time)));
            assertThat(ActivityLog.of(activities).openComplaintsAt(time)).containsExactlyElementsOf(expected);
        });
    }
}
