package io.github.kamsdk.examples.jdbc;

import static io.github.kamsdk.examples.jdbc.Columns.canonical;
import static io.github.kamsdk.examples.jdbc.Columns.currency;
import static io.github.kamsdk.examples.jdbc.Columns.enumValue;
import static io.github.kamsdk.examples.jdbc.Columns.money;
import static io.github.kamsdk.examples.jdbc.Columns.optionalInt;
import static io.github.kamsdk.examples.jdbc.Columns.optionalMoney;
import static io.github.kamsdk.examples.jdbc.Columns.optionalScaled;
import static io.github.kamsdk.examples.jdbc.Columns.period;
import static io.github.kamsdk.examples.jdbc.Columns.rate;
import static io.github.kamsdk.examples.jdbc.Columns.scaled;
import static io.github.kamsdk.examples.jdbc.Columns.setInt;
import static io.github.kamsdk.examples.jdbc.Columns.setMoney;
import static io.github.kamsdk.examples.jdbc.Columns.setPeriod;
import static io.github.kamsdk.examples.jdbc.Columns.setRate;
import static io.github.kamsdk.examples.jdbc.Columns.setScaled;

import io.github.kamsdk.core.ledger.ProductGroupId;
import io.github.kamsdk.core.ledger.ProductId;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.RoundingPolicy;
import io.github.kamsdk.core.pay.AttainmentCurve;
import io.github.kamsdk.core.pay.BandMode;
import io.github.kamsdk.core.pay.ClawbackMode;
import io.github.kamsdk.core.pay.ClawbackPolicy;
import io.github.kamsdk.core.pay.CommissionBand;
import io.github.kamsdk.core.pay.CommissionBands;
import io.github.kamsdk.core.pay.CommissionBase;
import io.github.kamsdk.core.pay.CompensationPlan;
import io.github.kamsdk.core.pay.ComponentId;
import io.github.kamsdk.core.pay.CreditingBasis;
import io.github.kamsdk.core.pay.Draw;
import io.github.kamsdk.core.pay.Eligibility;
import io.github.kamsdk.core.pay.KpiBonus;
import io.github.kamsdk.core.pay.PayComponent;
import io.github.kamsdk.core.pay.PlanKind;
import io.github.kamsdk.core.pay.PlanMissReduction;
import io.github.kamsdk.core.pay.PlanVersion;
import io.github.kamsdk.core.pay.ReductionRule;
import io.github.kamsdk.core.pay.TeamOverride;
import io.github.kamsdk.core.pay.TransactionCommission;
import io.github.kamsdk.examples.jdbc.KamSchema.ComponentType;
import io.github.kamsdk.examples.jdbc.KamSchema.EligibilityRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * {@link CompensationPlan}s: the plan in {@code kam_plan} (currency, rounding, clawback policy,
 * variable cap and floor, draw), each {@link PlanVersion} in {@code kam_plan_version}, each component
 * in {@code kam_plan_component} (id, type, description, cap, floor) and the rest of it in the table of
 * its type: {@code kam_transaction_commission} with {@code kam_commission_band}, {@code
 * kam_team_override}, both with {@code kam_eligibility}; {@code kam_kpi_bonus} with {@code
 * kam_curve_point}; {@code kam_plan_miss_reduction} with {@code kam_reduction_rule}. Every amount is
 * in the plan's currency.
 *
 * <p>Only the four standard components are stored: a host's own {@link PayComponent} needs a table
 * of its own, and {@link #save} refuses it.
 */
final class PlanRows {
    /** The largest scale {@link RoundingPolicy#toScale} accepts. */
    private static final int MAX_ROUNDING_SCALE = 18;

    private PlanRows() {}

    /** Inserts the plan, or replaces the stored plan of the same id (its versions and components). */
    static void save(Connection c, CompensationPlan plan) throws SQLException {
        String sets = "currency = ?, rounding_mode = ?, rounding_scale = ?, rounding_increment = ?, clawback_mode = ?,"
                + " clawback_on_returns = ?, clawback_on_refusals = ?, clawback_uncollected_days = ?,"
                + " variable_cap = ?, variable_floor = ?, draw_amount = ?, draw_recoverable = ?";
        try (PreparedStatement update = c.prepareStatement("update kam_plan set " + sets + " where id = ?");
                PreparedStatement insert = c.prepareStatement("insert into kam_plan (currency, rounding_mode,"
                        + " rounding_scale, rounding_increment, clawback_mode, clawback_on_returns,"
                        + " clawback_on_refusals, clawback_uncollected_days, variable_cap, variable_floor,"
                        + " draw_amount, draw_recoverable, id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindPlan(update, plan);
            if (update.executeUpdate() == 0) {
                bindPlan(insert, plan);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("delete from kam_plan_version where plan_id = ?")) {
            ps.setString(1, plan.id());
            ps.executeUpdate(); // cascades to the components and their tables
        }
        try (PreparedStatement version = c.prepareStatement("insert into kam_plan_version (plan_id, version_no,"
                        + " valid_from, valid_until, fixed_pay) values (?, ?, ?, ?, ?)");
                PreparedStatement component = c.prepareStatement(
                        "insert into kam_plan_component (plan_id, version_no, component_no, component_id,"
                                + " component_type, description, cap, floor_amount) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        new String[] {"component_key"})) {
            List<PlanVersion> versions = plan.versions();
            for (int v = 0; v < versions.size(); v++) {
                PlanVersion pv = versions.get(v);
                version.setString(1, plan.id());
                version.setInt(2, v);
                setPeriod(version, 3, pv.validity());
                setMoney(version, 5, pv.fixedPay(), "kam_plan_version.fixed_pay");
                version.executeUpdate();
                List<PayComponent> components = pv.components();
                for (int n = 0; n < components.size(); n++) {
                    PayComponent pc = components.get(n);
                    component.setString(1, plan.id());
                    component.setInt(2, v);
                    component.setInt(3, n);
                    component.setString(4, pc.id().value());
                    component.setString(5, typeOf(pc).name());
                    component.setString(6, pc.description());
                    setMoney(component, 7, pc.cap(), "kam_plan_component.cap");
                    setMoney(component, 8, pc.floor(), "kam_plan_component.floor_amount");
                    component.executeUpdate();
                    saveDetail(c, TeamRows.generatedKey(component), pc);
                }
            }
        }
    }

    private static ComponentType typeOf(PayComponent pc) {
        if (pc instanceof TransactionCommission) {
            return ComponentType.TRANSACTION_COMMISSION;
        } else if (pc instanceof TeamOverride) {
            return ComponentType.TEAM_OVERRIDE;
        } else if (pc instanceof KpiBonus) {
            return ComponentType.KPI_BONUS;
        } else if (pc instanceof PlanMissReduction) {
            return ComponentType.PLAN_MISS_REDUCTION;
        }
        throw new IllegalArgumentException(
                "component " + pc.id() + " is a " + pc.getClass().getName()
                        + ": KamStore stores the standard components only; give your own a table of its own");
    }

    private static void bindPlan(PreparedStatement ps, CompensationPlan plan) throws SQLException {
        ps.setString(1, plan.currency().getCurrencyCode());
        RoundingPolicy rounding = plan.rounding();
        ps.setString(2, rounding.mode().name());
        RoundingStep step = stepOf(rounding);
        setInt(ps, 3, step.scale() == null ? OptionalInt.empty() : OptionalInt.of(step.scale()));
        if (step.increment() == null) {
            ps.setNull(4, Types.DECIMAL);
        } else {
            ps.setBigDecimal(4, Columns.exact(step.increment(), "kam_plan.rounding_increment"));
        }
        Optional<ClawbackPolicy> clawback = plan.clawback();
        Columns.setString(ps, 5, clawback.map(p -> p.mode().name()));
        setBoolean(ps, 6, clawback.map(ClawbackPolicy::onReturns));
        setBoolean(ps, 7, clawback.map(ClawbackPolicy::onRefusals));
        setInt(ps, 8, clawback.map(ClawbackPolicy::uncollectedAfterDays).orElse(OptionalInt.empty()));
        setMoney(ps, 9, plan.variableCap(), "kam_plan.variable_cap");
        setMoney(ps, 10, plan.variableFloor(), "kam_plan.variable_floor");
        setMoney(ps, 11, plan.draw().map(Draw::amount), "kam_plan.draw_amount");
        setBoolean(ps, 12, plan.draw().map(Draw::recoverable));
        ps.setString(13, plan.id());
    }

    /** A rounding policy's step: the minor unit (both null), a scale or an increment. */
    private record RoundingStep(
            @Nullable Integer scale, @Nullable BigDecimal increment) {}

    /**
     * The step of a rounding policy. {@link RoundingPolicy} tells its mode but not its step, so the
     * step is found by comparing the policy with the policies of each kind of step (and, for an
     * increment, the one its text names).
     */
    private static RoundingStep stepOf(RoundingPolicy p) {
        RoundingMode mode = p.mode();
        if (p.equals(RoundingPolicy.toMinorUnit(mode))) {
            return new RoundingStep(null, null);
        }
        for (int scale = 0; scale <= MAX_ROUNDING_SCALE; scale++) {
            if (p.equals(RoundingPolicy.toScale(scale, mode))) {
                return new RoundingStep(scale, null);
            }
        }
        String text = p.toString(); // "HALF_UP to 0.05"
        String prefix = mode.name() + " to ";
        if (text.startsWith(prefix)) {
            try {
                BigDecimal increment = new BigDecimal(text.substring(prefix.length()));
                if (increment.signum() > 0 && p.equals(RoundingPolicy.toIncrement(increment, mode))) {
                    return new RoundingStep(null, increment);
                }
            } catch (NumberFormatException e) {
                // not an increment: refused below
            }
        }
        throw new IllegalArgumentException("cannot tell the step of the rounding policy " + p);
    }

    private static RoundingPolicy rounding(ResultSet rs) throws SQLException {
        RoundingMode mode = enumValue(rs, "rounding_mode", RoundingMode.class);
        BigDecimal increment = rs.getBigDecimal("rounding_increment");
        if (increment != null) {
            return RoundingPolicy.toIncrement(canonical(increment), mode);
        }
        var scale = optionalInt(rs, "rounding_scale");
        return scale.isPresent() ? RoundingPolicy.toScale(scale.getAsInt(), mode) : RoundingPolicy.toMinorUnit(mode);
    }

    private static void setBoolean(PreparedStatement ps, int index, Optional<Boolean> value) throws SQLException {
        if (value.isPresent()) {
            ps.setBoolean(index, value.get());
        } else {
            ps.setNull(index, Types.BOOLEAN);
        }
    }

    private static void saveDetail(Connection c, long key, PayComponent pc) throws SQLException {
        if (pc instanceof TransactionCommission tc) {
            try (PreparedStatement ps = c.prepareStatement("insert into kam_transaction_commission (component_key,"
                    + " commission_base, band_mode, basis) values (?, ?, ?, ?)")) {
                ps.setLong(1, key);
                ps.setString(2, tc.base().name());
                ps.setString(3, tc.mode().name());
                ps.setString(4, tc.basis().name());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into kam_commission_band (component_key, band_no,"
                    + " from_amount, to_amount, rate) values (?, ?, ?, ?, ?)")) {
                List<CommissionBand> bands = tc.bands().bands();
                for (int i = 0; i < bands.size(); i++) {
                    CommissionBand b = bands.get(i);
                    ps.setLong(1, key);
                    ps.setInt(2, i);
                    setMoney(ps, 3, b.fromInclusive(), "kam_commission_band.from_amount");
                    setMoney(ps, 4, b.toExclusive(), "kam_commission_band.to_amount");
                    setRate(ps, 5, b.rate(), "kam_commission_band.rate");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            saveEligibility(c, key, tc.eligibility());
        } else if (pc instanceof TeamOverride to) {
            try (PreparedStatement ps = c.prepareStatement("insert into kam_team_override (component_key, rate,"
                    + " commission_base, basis, scope) values (?, ?, ?, ?, ?)")) {
                ps.setLong(1, key);
                setRate(ps, 2, to.rate(), "kam_team_override.rate");
                ps.setString(3, to.base().name());
                ps.setString(4, to.basis().name());
                ps.setString(5, to.scope().name());
                ps.executeUpdate();
            }
            saveEligibility(c, key, to.eligibility());
        } else if (pc instanceof KpiBonus bonus) {
            AttainmentCurve curve = bonus.curve();
            try (PreparedStatement ps = c.prepareStatement("insert into kam_kpi_bonus (component_key, target,"
                    + " curve_extends, curve_cap, curve_cap_scale) values (?, ?, ?, ?, ?)")) {
                ps.setLong(1, key);
                setMoney(ps, 2, bonus.target(), "kam_kpi_bonus.target");
                ps.setBoolean(3, curve.extendsBeyondLast());
                setScaled(ps, 4, curve.cap(), "kam_kpi_bonus.curve_cap");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into kam_curve_point (component_key, point_no,"
                    + " attainment, attainment_scale, payout, payout_scale) values (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < curve.attainments().size(); i++) {
                    ps.setLong(1, key);
                    ps.setInt(2, i);
                    setScaled(ps, 3, curve.attainments().get(i), "kam_curve_point.attainment");
                    setScaled(ps, 5, curve.payouts().get(i), "kam_curve_point.payout");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } else if (pc instanceof PlanMissReduction reduction) {
            try (PreparedStatement ps = c.prepareStatement("insert into kam_plan_miss_reduction (component_key,"
                    + " missed_below, max_reduction) values (?, ?, ?)")) {
                ps.setLong(1, key);
                setRate(ps, 2, reduction.missedBelow(), "kam_plan_miss_reduction.missed_below");
                setRate(ps, 3, reduction.maxReduction(), "kam_plan_miss_reduction.max_reduction");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into kam_reduction_rule (component_key, plan_kind,"
                    + " proportional, rate) values (?, ?, ?, ?)")) {
                for (Map.Entry<PlanKind, ReductionRule> r : reduction.rules().entrySet()) {
                    ps.setLong(1, key);
                    ps.setString(2, r.getKey().name());
                    ps.setBoolean(3, r.getValue().isProportional());
                    setRate(ps, 4, r.getValue().rate(), "kam_reduction_rule.rate");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void saveEligibility(Connection c, long key, Eligibility e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into kam_eligibility (component_key, rule_kind, item_id) values (?, ?, ?)")) {
            for (ProductId p : e.includedProducts()) {
                bindEligibility(ps, key, EligibilityRule.INCLUDE_PRODUCT, p.value());
            }
            for (ProductGroupId g : e.includedGroups()) {
                bindEligibility(ps, key, EligibilityRule.INCLUDE_GROUP, g.value());
            }
            for (ProductId p : e.excludedProducts()) {
                bindEligibility(ps, key, EligibilityRule.EXCLUDE_PRODUCT, p.value());
            }
            for (ProductGroupId g : e.excludedGroups()) {
                bindEligibility(ps, key, EligibilityRule.EXCLUDE_GROUP, g.value());
            }
            ps.executeBatch();
        }
    }

    private static void bindEligibility(PreparedStatement ps, long key, EligibilityRule rule, String item)
            throws SQLException {
        ps.setLong(1, key);
        ps.setString(2, rule.name());
        ps.setString(3, item);
        ps.addBatch();
    }

    /** Every plan, in id order. */
    static List<CompensationPlan> loadAll(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from kam_plan order by id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString("id"));
            }
        }
        List<CompensationPlan> out = new ArrayList<>();
        for (String id : ids) {
            out.add(load(c, id).orElseThrow());
        }
        return out;
    }

    /** One plan, if stored; {@link CompensationPlan.Builder#build()} checks it again. */
    static Optional<CompensationPlan> load(Connection c, String id) throws SQLException {
        CompensationPlan.Builder plan = CompensationPlan.builder().id(id);
        Currency currency;
        try (PreparedStatement ps = c.prepareStatement("select * from kam_plan where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                currency = currency(rs, "currency");
                plan.currency(currency).rounding(rounding(rs));
                String clawback = rs.getString("clawback_mode");
                if (clawback != null) {
                    plan.clawback(ClawbackPolicy.builder()
                            .mode(ClawbackMode.valueOf(clawback))
                            .onReturns(rs.getBoolean("clawback_on_returns"))
                            .onRefusals(rs.getBoolean("clawback_on_refusals"))
                            .uncollectedAfterDays(optionalInt(rs, "clawback_uncollected_days"))
                            .build());
                }
                plan.variableCap(optionalMoney(rs, "variable_cap", currency));
                plan.variableFloor(optionalMoney(rs, "variable_floor", currency));
                Optional<Money> draw = optionalMoney(rs, "draw_amount", currency);
                if (draw.isPresent()) {
                    plan.draw(
                            rs.getBoolean("draw_recoverable")
                                    ? Draw.recoverable(draw.get())
                                    : Draw.nonRecoverable(draw.get()));
                }
            }
        }
        try (PreparedStatement versions = c.prepareStatement("select version_no, valid_from, valid_until, fixed_pay"
                        + " from kam_plan_version where plan_id = ? order by version_no");
                PreparedStatement components = c.prepareStatement("select component_key, component_id,"
                        + " component_type, description, cap, floor_amount from kam_plan_component"
                        + " where plan_id = ? and version_no = ? order by component_no")) {
            versions.setString(1, id);
            try (ResultSet v = versions.executeQuery()) {
                while (v.next()) {
                    PlanVersion.Builder version = PlanVersion.builder()
                            .validity(period(v, "valid_from", "valid_until"))
                            .fixedPay(money(v, "fixed_pay", currency));
                    components.setString(1, id);
                    components.setInt(2, v.getInt("version_no"));
                    try (ResultSet pc = components.executeQuery()) {
                        while (pc.next()) {
                            version.addComponent(component(c, pc, currency));
                        }
                    }
                    plan.addVersion(version.build());
                }
            }
        }
        return Optional.of(plan.build());
    }

    /** The component of the current {@code kam_plan_component} row, with the rows of its own table. */
    private static PayComponent component(Connection c, ResultSet pc, Currency currency) throws SQLException {
        long key = pc.getLong("component_key");
        ComponentId id = ComponentId.of(pc.getString("component_id"));
        String description = pc.getString("description");
        Optional<Money> cap = optionalMoney(pc, "cap", currency);
        Optional<Money> floor = optionalMoney(pc, "floor_amount", currency);
        ComponentType type = enumValue(pc, "component_type", ComponentType.class);
        switch (type) {
            case TRANSACTION_COMMISSION -> {
                TransactionCommission.Builder b =
                        TransactionCommission.builder().id(id).description(description);
                try (PreparedStatement ps = c.prepareStatement("select commission_base, band_mode, basis"
                        + " from kam_transaction_commission where component_key = ?")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.base(enumValue(rs, "commission_base", CommissionBase.class))
                                .mode(enumValue(rs, "band_mode", BandMode.class))
                                .basis(enumValue(rs, "basis", CreditingBasis.class));
                    }
                }
                List<CommissionBand> bands = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select from_amount, to_amount, rate"
                        + " from kam_commission_band where component_key = ? order by band_no")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Money from = money(rs, "from_amount", currency);
                            Optional<Money> to = optionalMoney(rs, "to_amount", currency);
                            bands.add(
                                    to.isPresent()
                                            ? CommissionBand.of(from, to.get(), rate(rs, "rate"))
                                            : CommissionBand.from(from, rate(rs, "rate")));
                        }
                    }
                }
                b.bands(CommissionBands.of(bands)).eligibility(eligibility(c, key));
                cap.ifPresent(b::cap);
                floor.ifPresent(b::floor);
                return b.build();
            }
            case TEAM_OVERRIDE -> {
                TeamOverride.Builder b =
                        TeamOverride.builder().id(id).description(description).currency(currency);
                try (PreparedStatement ps = c.prepareStatement("select rate, commission_base, basis, scope"
                        + " from kam_team_override where component_key = ?")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.rate(rate(rs, "rate"))
                                .base(enumValue(rs, "commission_base", CommissionBase.class))
                                .basis(enumValue(rs, "basis", CreditingBasis.class))
                                .scope(enumValue(rs, "scope", TeamOverride.Scope.class));
                    }
                }
                b.eligibility(eligibility(c, key));
                cap.ifPresent(b::cap);
                floor.ifPresent(b::floor);
                return b.build();
            }
            case KPI_BONUS -> {
                KpiBonus.Builder b = KpiBonus.builder().id(id);
                AttainmentCurve.Builder curve = AttainmentCurve.builder();
                try (PreparedStatement ps = c.prepareStatement("select attainment, attainment_scale, payout,"
                        + " payout_scale from kam_curve_point where component_key = ? order by point_no")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            curve.point(scaled(rs, "attainment"), scaled(rs, "payout"));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("select target, curve_extends, curve_cap,"
                        + " curve_cap_scale from kam_kpi_bonus where component_key = ?")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.target(money(rs, "target", currency));
                        if (rs.getBoolean("curve_extends")) {
                            curve.extendBeyondLast();
                        }
                        optionalScaled(rs, "curve_cap").ifPresent(curve::cap);
                    }
                }
                b.curve(curve.build());
                cap.ifPresent(b::cap);
                floor.ifPresent(b::floor);
                return b.build();
            }
            case PLAN_MISS_REDUCTION -> {
                PlanMissReduction.Builder b = PlanMissReduction.builder().id(id);
                try (PreparedStatement ps = c.prepareStatement("select missed_below, max_reduction"
                        + " from kam_plan_miss_reduction where component_key = ?")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.missedBelow(rate(rs, "missed_below")).maxReduction(rate(rs, "max_reduction"));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("select plan_kind, proportional, rate"
                        + " from kam_reduction_rule where component_key = ? order by plan_kind")) {
                    ps.setLong(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            b.rule(
                                    enumValue(rs, "plan_kind", PlanKind.class),
                                    rs.getBoolean("proportional")
                                            ? ReductionRule.proportional(rate(rs, "rate"))
                                            : ReductionRule.fixed(rate(rs, "rate")));
                        }
                    }
                }
                return b.build();
            }
            default -> throw new IllegalStateException("unknown component type " + type);
        }
    }

    private static Eligibility eligibility(Connection c, long key) throws SQLException {
        Eligibility.Builder b = Eligibility.builder();
        try (PreparedStatement ps =
                c.prepareStatement("select rule_kind, item_id from kam_eligibility where component_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String item = rs.getString("item_id");
                    switch (enumValue(rs, "rule_kind", EligibilityRule.class)) {
                        case INCLUDE_PRODUCT -> b.includeProduct(ProductId.of(item));
                        case INCLUDE_GROUP -> b.includeGroup(ProductGroupId.of(item));
                        case EXCLUDE_PRODUCT -> b.excludeProduct(ProductId.of(item));
                        case EXCLUDE_GROUP -> b.excludeGroup(ProductGroupId.of(item));
                    }
                }
            }
        }
        return b.build();
    }
}
