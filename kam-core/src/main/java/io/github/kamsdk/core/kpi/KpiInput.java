package io.github.kamsdk.core.kpi;

import static io.github.kamsdk.core.internal.Checks.notNull;

import com.google.common.collect.ImmutableList;
import io.github.kamsdk.core.activity.Activity;
import io.github.kamsdk.core.ledger.CommercialEvent;
import io.github.kamsdk.core.ledger.CompetitorLoss;

/**
 * The inputs of a KPI calculation: commercial events, activities and competitor losses, as
 * iterables that are walked once per calculation and never copied, so a host can stream millions
 * of events from a database cursor or a file without holding them in memory.
 *
 * <pre>{@code
 * KpiInput input = KpiInput.builder()
 *     .events(ledgerEvents)          // orders, invoices, payments, returns, refusals
 *     .activities(activityLog.all())
 *     .competitorLosses(losses)
 *     .build();
 * }</pre>
 *
 * <p>Formulas need history before the period (a client's earlier orders decide whether it was
 * active at the start; open invoices from earlier are receivables): pass events from at least the
 * start of the prior period minus the inactivity window, and every invoice still open at the
 * period's start together with its payments.
 *
 * <p>This class holds the iterables as given: it is immutable if they are. A null element met
 * while iterating fails with an {@link IllegalArgumentException} naming its position.
 */
public final class KpiInput {
    private final Iterable<? extends CommercialEvent> events;
    private final Iterable<Activity> activities;
    private final Iterable<CompetitorLoss> competitorLosses;

    private KpiInput(Builder b) {
        this.events = b.events;
        this.activities = b.activities;
        this.competitorLosses = b.competitorLosses;
    }

    /**
     * Input made of commercial events only.
     *
     * @param events the events, not null
     * @return the input
     */
    public static KpiInput of(Iterable<? extends CommercialEvent> events) {
        return builder().events(events).build();
    }

    /**
     * A builder; every part is empty unless set.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The commercial events.
     *
     * @return the events as given
     */
    public Iterable<? extends CommercialEvent> events() {
        return events;
    }

    /**
     * The activities.
     *
     * @return the activities as given
     */
    public Iterable<Activity> activities() {
        return activities;
    }

    /**
     * The competitor losses.
     *
     * @return the losses as given
     */
    public Iterable<CompetitorLoss> competitorLosses() {
        return competitorLosses;
    }

    /** Builds a {@link KpiInput}. A null argument fails with an {@link IllegalArgumentException}. */
    public static final class Builder {
        private Iterable<? extends CommercialEvent> events = ImmutableList.of();
        private Iterable<Activity> activities = ImmutableList.of();
        private Iterable<CompetitorLoss> competitorLosses = ImmutableList.of();

        Builder() {}

        /**
         * Sets the commercial events.
         *
         * @param events the events, not null
         * @return this builder
         */
        public Builder events(Iterable<? extends CommercialEvent> events) {
            this.events = notNull(events, "events");
            return this;
        }

        /**
         * Sets the activities.
         *
         * @param activities the activities, not null
         * @return this builder
         */
        public Builder activities(Iterable<Activity> activities) {
            this.activities = notNull(activities, "activities");
            return this;
        }

        /**
         * Sets the competitor losses.
         *
         * @param competitorLosses the losses, not null
         * @return this builder
         */
        public Builder competitorLosses(Iterable<CompetitorLoss> competitorLosses) {
            this.competitorLosses = notNull(competitorLosses, "competitorLosses");
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input
         */
        public KpiInput build() {
            return new KpiInput(this);
        }
    }
}
