package io.github.kamsdk.rules.approval;

import static io.github.kamsdk.rules.testing.CreditGens.EUR;
import static io.github.kamsdk.rules.testing.CreditGens.naiveHeld;
import static io.github.kamsdk.rules.testing.CreditGens.roleOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.core.team.Role;
import io.github.kamsdk.core.testing.Props;
import io.github.kamsdk.core.testing.TeamGens;
import io.github.kamsdk.core.testing.TeamGens.TeamSpec;
import io.github.kamsdk.rules.testing.CreditGens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link ApprovalPolicy} over generated teams ({@link TeamGens}) and requests on and around
 * the default bounds ({@link CreditGens#requestShapes()}), checked against a naive oracle that scans
 * the team's raw delegations ({@link CreditGens#naiveHeld}).
 */
class ApprovalProperties {
    private static final AuthorityMatrix MATRIX = AuthorityMatrix.defaults(EUR);

    @Test
    void anApprovalSucceedsExactlyWhenAnAuthorityTheApproverHoldsThatDayCoversTheRequest() {
        Props.qt()
                .forAll(TeamGens.teams(), CreditGens.requestShapes(), integers().between(0, 100), TeamGens.dates())
                .checkAssert((spec, shape, pick, date) -> {
                    ApprovalPolicy policy = ApprovalPolicy.of(MATRIX, spec.build());
                    AccountId account =
                            spec.accounts().get(pick % spec.accounts().size());
                    ManagerId requester = spec.ids().get(pick % spec.ids().size());
                    ApprovalRequest request = shape.request("APR-1", requester, account, date);
                    for (ManagerId approver : spec.ids()) {
                        List<ManagerId> held = naiveHeld(spec, approver, account, date).stream()
                                .filter(m -> !approver.equals(requester) || m.equals(approver))
                                .toList();
                        Optional<Role> lowest = lowestCovering(spec, held, request);
                        ApprovalDecision d = policy.approve(request, approver, date);
                        assertThat(d.isApproved())
                                .as("%s approving %s on %s, holding %s", approver, request, date, held)
                                .isEqualTo(lowest.isPresent());
                        if (d.isApproved()) {
                            ApprovalRecord r = d.record().orElseThrow();
                            assertThat(held).contains(r.onAuthorityOf());
                            assertThat(r.role()).isEqualTo(roleOf(spec, r.onAuthorityOf()));
                            assertThat(r.role()).isEqualTo(lowest.get());
                            assertThat(MATRIX.covers(r.role(), request)).isTrue();
                            assertThat(r.approver()).isEqualTo(approver);
                            assertThat(r.date()).isEqualTo(date);
                            assertThat(r.delegated())
                                    .isEqualTo(!r.onAuthorityOf().equals(approver));
                        } else {
                            assertThat(d.refusal()).isPresent();
                        }
                    }
                });
    }

    @Test
    void noApprovalSucceedsOnAnAuthorityBelowTheRequest() {
        // the same law from the other side: whoever approves held, that day, a role at or above the required one
        Props.qt()
                .forAll(TeamGens.teams(), CreditGens.requestShapes(), integers().between(0, 100), TeamGens.dates())
                .checkAssert((spec, shape, pick, date) -> {
                    ApprovalPolicy policy = ApprovalPolicy.of(MATRIX, spec.build());
                    AccountId account =
                            spec.accounts().get(pick % spec.accounts().size());
                    ManagerId requester = spec.ids().get((pick / 7) % spec.ids().size());
                    ApprovalRequest request = shape.request("APR-1", requester, account, date);
                    Optional<Role> required = policy.requiredRole(request);
                    for (ManagerId approver : spec.ids()) {
                        ApprovalDecision d = policy.approve(request, approver, date);
                        if (required.isEmpty()) {
                            assertThat(d.isApproved())
                                    .as("beyond every role: %s", request)
                                    .isFalse();
                            continue;
                        }
                        boolean holdsEnough = naiveHeld(spec, approver, account, date).stream()
                                .filter(m -> !approver.equals(requester) || m.equals(approver))
                                .anyMatch(m -> MATRIX.order().indexOf(roleOf(spec, m))
                                        >= MATRIX.order().indexOf(required.get()));
                        if (!holdsEnough) {
                            assertThat(d.isApproved())
                                    .as("%s holds nothing at or above %s on %s", approver, required.get(), date)
                                    .isFalse();
                        }
                        if (d.isApproved()) {
                            assertThat(MATRIX.order()
                                            .indexOf(d.record().orElseThrow().role()))
                                    .isGreaterThanOrEqualTo(MATRIX.order().indexOf(required.get()));
                        }
                    }
                });
    }

    @Test
    void theLowestCoveringRoleCoversAndNoRoleBelowItDoes() {
        Props.qt().forAll(CreditGens.requestShapes()).checkAssert(shape -> {
            ApprovalRequest request = shape.request("APR-1", CreditGens.LUIS, CreditGens.C1, CreditGens.day(6, 1));
            Optional<Role> lowest = MATRIX.lowestCovering(request);
            List<Role> order = MATRIX.order();
            for (int i = 0; i < order.size(); i++) {
                boolean covers = MATRIX.covers(order.get(i), request);
                boolean atOrAbove = lowest.isPresent() && i >= order.indexOf(lowest.get());
                // each authority includes the one below, so coverage is upward closed
                assertThat(covers).as("%s covers %s", order.get(i), request).isEqualTo(atOrAbove);
            }
        });
    }

    private static Optional<Role> lowestCovering(TeamSpec spec, List<ManagerId> held, ApprovalRequest request) {
        return held.stream()
                .map(m -> roleOf(spec, m))
                .filter(r -> MATRIX.covers(r, request))
                .min((a, b) -> Integer.compare(
                        MATRIX.order().indexOf(a), MATRIX.order().indexOf(b)));
    }
}
