package io.github.kamsdk.examples.quarter;

import io.github.kamsdk.core.account.AccountId;
import io.github.kamsdk.core.activity.PlannedContact;
import io.github.kamsdk.core.kpi.ScorecardResult;
import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.pay.PayAdjustment;
import io.github.kamsdk.core.pay.PayLine;
import io.github.kamsdk.core.pay.PayStatement;
import io.github.kamsdk.core.team.ManagerId;
import io.github.kamsdk.rules.pricing.LinePricing;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarter as one self-contained HTML page: tables of the key clients, next week's contacts, the
 * quote and its approval, the orders admitted or held, the scorecards and the pay statements, and a
 * chart of each manager's attainment against their pay. No script, no external file.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /**
     * Writes the report.
     *
     * @param r the quarter's results
     * @param path where to write it (parent directories are created)
     * @throws IOException if it cannot be written
     */
    public static void write(QuarterResults r, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, render(r), StandardCharsets.UTF_8);
    }

    /**
     * The report as HTML text.
     *
     * @param r the quarter's results
     * @return the page
     */
    public static String render(QuarterResults r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>KAM quarter: Q2 2026</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;")
                .append("padding:0.25em 0.6em;text-align:left;vertical-align:top}td.n{text-align:right}")
                .append("th{background:#f3f3f3}h2{margin-top:1.6em}pre{font-size:0.85em;background:#fafafa;")
                .append("padding:0.6em;overflow-x:auto}details{margin-bottom:0.6em}")
                .append("</style></head><body>\n");
        h.append("<h1>KAM quarter: Q2 2026</h1><p>")
                .append(r.company().accounts().size())
                .append(" accounts, ")
                .append(r.company().team().managers().size())
                .append(" managers, ")
                .append(r.company().events().size())
                .append(" commercial events; every figure below is explained by the SDK.</p>\n");

        h.append("<h2>1. Key clients</h2><table><tr><th>policy</th><th>top tier</th></tr>");
        row(
                h,
                "revenue share (10%)",
                r.revenueShare().accountsIn(r.revenueShare().scale().highest()).toString());
        row(h, "ABC (80% / 95%)", "A: " + r.abc().accountsIn(r.abc().scale().highest()));
        row(h, "weighted score", r.weighted().counts().toString());
        h.append("</table>");
        AccountId top = r.abc().accountsIn(r.abc().scale().highest()).get(0);
        h.append("<details><summary>Why ")
                .append(esc(top.value()))
                .append(" is A</summary><pre>")
                .append(esc(r.abc().assignment(top).explanation().render()))
                .append("</pre></details>\n");

        h.append("<h2>2. Next week's contacts</h2><p>")
                .append(esc(r.week().week().toString()))
                .append(": ")
                .append(r.week().contacts().size())
                .append(" planned; ")
                .append(r.week().unplanned().size())
                .append(
                        " accounts not planned (not due, no cadence for their tier, or no free slot).</p><table><tr><th>day</th><th>manager</th><th>account</th><th>tier</th>")
                .append("<th>contact</th></tr>");
        for (PlannedContact c : r.week().contacts()) {
            h.append("<tr><td>")
                    .append(c.date())
                    .append("</td><td>")
                    .append(esc(c.manager().value()))
                    .append("</td><td>")
                    .append(esc(c.account().value()))
                    .append("</td><td>")
                    .append(esc(c.tier().name()))
                    .append("</td><td>")
                    .append(esc(c.cadence().toString()))
                    .append("</td></tr>");
        }
        h.append("</table>\n");

        h.append("<h2>3. A quote that needs approval</h2><table><tr><th>line</th><th>product</th>")
                .append("<th>quantity</th><th>list</th><th>net</th><th>rules</th></tr>");
        for (LinePricing l : r.quote().lines()) {
            List<String> rules = new ArrayList<>();
            l.outcomes().forEach(o -> rules.add(o.rule() + (o.applied() ? " ✔" : " ✘ " + o.reason())));
            h.append("<tr><td>")
                    .append(l.lineNumber())
                    .append("</td><td>")
                    .append(esc(l.product().value()))
                    .append("</td><td class=n>")
                    .append(l.quantity().toPlainString())
                    .append("</td><td class=n>")
                    .append(esc(l.listAmount().toString()))
                    .append("</td><td class=n>")
                    .append(esc(l.netAmount().toString()))
                    .append("</td><td>")
                    .append(esc(String.join("; ", rules)))
                    .append("</td></tr>");
        }
        h.append("</table><p>List ")
                .append(esc(r.quote().listTotal().toString()))
                .append(", net ")
                .append(esc(r.quote().netTotal().toString()))
                .append(", discount ")
                .append(esc(r.quote().discountRate().map(Object::toString).orElse("-")))
                .append(", margin ")
                .append(esc(r.quote().marginRate().map(Object::toString).orElse("-")))
                .append(". Needs ")
                .append(esc(r.requiredRole().map(Enum::name).orElse("no approval")))
                .append(": ")
                .append(esc(r.approval().toString()))
                .append(".</p>\n");

        h.append("<h2>4. Orders at order time</h2><table><tr><th>order</th><th>account</th><th>outcome</th>")
                .append("<th>reasons</th></tr>");
        for (var a : List.of(r.admitted(), r.held())) {
            h.append("<tr><td>")
                    .append(esc(a.approvalRequest().id().value()))
                    .append("</td><td>")
                    .append(esc(a.credit().request().account().value()))
                    .append("</td><td>")
                    .append(a.outcome())
                    .append("</td><td>")
                    .append(esc(String.join(" · ", a.reasons())))
                    .append("</td></tr>");
        }
        h.append("</table><p>").append(esc(r.release().reason())).append(".</p>\n");

        h.append("<h2>5. Scorecards and pay</h2>");
        h.append(chart(r));
        h.append("<table><tr><th>manager</th><th>plan</th><th>score</th><th>fixed</th><th>variable</th>")
                .append("<th>total</th></tr>");
        for (PayStatement s : r.q2Pay().statements().values()) {
            ScorecardResult card = r.q2Scorecards().get(s.manager());
            h.append("<tr><td>")
                    .append(esc(s.manager().value()))
                    .append("</td><td>")
                    .append(esc(s.planId()))
                    .append("</td><td class=n>")
                    .append(esc(
                            card == null
                                    ? "-"
                                    : card.score().map(Object::toString).orElse("not defined")))
                    .append("</td><td class=n>")
                    .append(esc(s.fixedTotal().toString()))
                    .append("</td><td class=n>")
                    .append(esc(s.variableTotal().toString()))
                    .append("</td><td class=n>")
                    .append(esc(s.total().toString()))
                    .append("</td></tr>");
        }
        h.append("</table>\n");

        h.append("<h2>6. Pay statements, explained</h2>");
        for (PayStatement s : r.q2Pay().statements().values()) {
            h.append("<details><summary>")
                    .append(esc(s.manager().value()))
                    .append(": ")
                    .append(esc(s.total().toString()))
                    .append("</summary><table><tr><th>kind</th><th>line</th>")
                    .append("<th>amount</th></tr>");
            for (PayLine l : s.lines()) {
                h.append("<tr><td>")
                        .append(l.kind())
                        .append("</td><td>")
                        .append(esc(l.label()))
                        .append("</td><td class=n>")
                        .append(esc(l.amount().toString()))
                        .append("</td></tr>");
            }
            h.append("</table><pre>").append(esc(s.explanation().render())).append("</pre></details>\n");
        }
        h.append("<h2>7. Prior-quarter adjustments</h2><p>After the late return ")
                .append(esc(r.company().lateReturn().value()))
                .append(", Q1 was recalculated; the differences are paid with Q2.</p><table><tr><th>manager</th>")
                .append("<th>adjustment</th><th>lines</th></tr>");
        for (PayAdjustment a : r.adjustments()) {
            List<String> lines = new ArrayList<>();
            a.lines().forEach(l -> lines.add(l.label() + ": " + l.amount()));
            h.append("<tr><td>")
                    .append(esc(a.manager().value()))
                    .append("</td><td class=n>")
                    .append(esc(a.total().toString()))
                    .append("</td><td>")
                    .append(esc(String.join(" · ", lines)))
                    .append("</td></tr>");
        }
        h.append("</table></body></html>\n");
        return h.toString();
    }

    /** Each manager's scorecard score against their variable pay, as bars side by side. */
    private static String chart(QuarterResults r) {
        List<PayStatement> statements = new ArrayList<>(r.q2Pay().statements().values());
        Money max = Money.zero(SampleCompany.EUR);
        for (PayStatement s : statements) {
            max = Money.max(max, s.variableTotal());
        }
        int rowHeight = 34;
        int width = 760;
        int left = 90;
        int bar = 300;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(rowHeight * statements.size() + 40)
                .append("\" role=\"img\" aria-label=\"attainment against pay\">")
                .append("<text x=\"")
                .append(left)
                .append("\" y=\"14\" font-size=\"12\">scorecard score (blue, 150% at")
                .append(" full width)</text><text x=\"")
                .append(left + bar + 40)
                .append("\" y=\"14\" font-size=\"12\">variable pay (green, largest at full width)</text>");
        int y = 24;
        for (PayStatement s : statements) {
            ManagerId m = s.manager();
            ScorecardResult card = r.q2Scorecards().get(m);
            BigDecimal score = card == null || card.score().isEmpty()
                    ? BigDecimal.ZERO
                    : card.score().get().fraction();
            int scoreWidth = score.multiply(BigDecimal.valueOf(bar))
                    .divide(new BigDecimal("1.5"), 0, RoundingMode.HALF_EVEN)
                    .max(BigDecimal.ZERO)
                    .min(BigDecimal.valueOf(bar))
                    .intValue();
            int payWidth = max.isPositive()
                    ? KamQuarter.ratio(Money.max(s.variableTotal(), Money.zero(SampleCompany.EUR)), max)
                            .multiply(BigDecimal.valueOf(bar))
                            .setScale(0, RoundingMode.HALF_EVEN)
                            .intValue()
                    : 0;
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 14)
                    .append("\" font-size=\"13\">")
                    .append(esc(m.value()))
                    .append("</text><rect x=\"")
                    .append(left)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(scoreWidth)
                    .append("\" height=\"18\" fill=\"#4a78c2\"/><text x=\"")
                    .append(left + scoreWidth + 4)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" font-size=\"11\">")
                    .append(esc(
                            card == null
                                    ? "-"
                                    : card.score().map(Object::toString).orElse("-")))
                    .append("</text><rect x=\"")
                    .append(left + bar + 40)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(payWidth)
                    .append("\" height=\"18\" fill=\"#4caf6e\"/><text x=\"")
                    .append(left + bar + 44 + payWidth)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" font-size=\"11\">")
                    .append(esc(s.variableTotal().toString()))
                    .append("</text>");
            y += rowHeight;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void row(StringBuilder h, String a, String b) {
        h.append("<tr><td>").append(esc(a)).append("</td><td>").append(esc(b)).append("</td></tr>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
