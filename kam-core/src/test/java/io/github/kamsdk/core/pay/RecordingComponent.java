package io.github.kamsdk.core.pay;

import java.util.ArrayList;
import java.util.List;

/**
 * A host component for the suites that look at what the calculator hands a component: it keeps
 * every context it is given and every transaction it is offered, counts them all and makes no line.
 * Not thread-safe; one calculation per instance.
 */
final class RecordingComponent implements PayComponent {
    final List<ComponentContext> contexts = new ArrayList<>();
    final List<CreditedTransaction> offered = new ArrayList<>();
    private final ComponentId id;
    private final boolean subordinates;

    RecordingComponent(String id, boolean subordinates) {
        this.id = ComponentId.of(id);
        this.subordinates = subordinates;
    }

    @Override
    public ComponentId id() {
        return id;
    }

    @Override
    public String description() {
        return "records what it is given";
    }

    @Override
    public boolean wantsSubordinates() {
        return subordinates;
    }

    @Override
    public ComponentAccumulator newAccumulator(ComponentContext context) {
        contexts.add(context);
        return new ComponentAccumulator() {
            @Override
            public Take offer(CreditedTransaction transaction) {
                offered.add(transaction);
                return Take.EARNED;
            }

            @Override
            public List<PayLine> lines(List<PayLine> before) {
                return List.of();
            }
        };
    }
}
