/**
 * Approval authority (R-DISC-2, R-ROLE-3): who may approve which discount, margin and order value,
 * honouring delegations during absences.
 *
 * <ul>
 *   <li>{@link io.github.kamsdk.rules.approval.AuthorityMatrix}: each role's {@link
 *       io.github.kamsdk.rules.approval.Authority}, in escalation order, with defaults after the
 *       seeds (KAM below senior KAM below head of sales below commercial director);
 *   <li>{@link io.github.kamsdk.rules.approval.ApprovalRequest}: what must be approved, usually from
 *       a priced quote;
 *   <li>{@link io.github.kamsdk.rules.approval.ApprovalPolicy}: the lowest role that may approve a
 *       request, and {@code approve(request, approver, date)}, which succeeds only on authority the
 *       approver holds that day and leaves an {@link io.github.kamsdk.rules.approval.ApprovalRecord}.
 * </ul>
 */
@NullMarked
@KamStyle
package io.github.kamsdk.rules.approval;

import io.github.kamsdk.core.internal.KamStyle;
import org.jspecify.annotations.NullMarked;
