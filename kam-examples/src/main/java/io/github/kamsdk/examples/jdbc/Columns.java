package io.github.kamsdk.examples.jdbc;

import io.github.kamsdk.core.money.Money;
import io.github.kamsdk.core.money.Rate;
import io.github.kamsdk.core.time.DateRange;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the SDK's value types sit in columns and come back, in one place: the rules every table of
 * {@link KamStore} follows.
 *
 * <ul>
 *   <li>An amount ({@link Money}) is a {@link KamSchema#DECIMAL} column, its currency the row's
 *       {@code currency} column (or the parent row's). Read back with {@link Money#of(BigDecimal,
 *       Currency)} from the column's value without its trailing zeros: Money is equal by value, so
 *       the scale the column pads to is not kept (EUR 185.1855 is read back as 185.1855, EUR 30.0000
 *       as 30.00).
 *   <li>A rate ({@link Rate}) is its fraction (15% is 0.15), read back with {@link
 *       Rate#ofFraction(BigDecimal)}; also equal by value.
 *   <li>A plain {@link BigDecimal} whose scale is part of its equality (an order line's quantity, an
 *       attainment curve's points) is the column and a {@code _scale} column beside it.
 *   <li>A value with more decimals than the column keeps is refused, never rounded.
 *   <li>A period ({@link DateRange}) is its first day and its end, exclusive (half-open, as the SDK
 *       has it); an open end ({@link LocalDate#MAX}) is NULL.
 *   <li>An enum is its constant's name.
 * </ul>
 */
final class Columns {
    private Columns() {}

    /**
     * The value as it goes into a {@link KamSchema#DECIMAL} column: exact, without trailing zeros.
     *
     * @param value the value, not null
     * @param column the column, for the message
     * @return the value
     * @throws IllegalArgumentException if the value has more decimals than the column keeps
     */
    static BigDecimal exact(BigDecimal value, String column) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > KamSchema.DECIMAL_SCALE) {
            throw new IllegalArgumentException(column + " keeps " + KamSchema.DECIMAL_SCALE + " decimals, "
                    + value.toPlainString() + " has " + v.scale()
                    + ": widen the column rather than round an exact figure");
        }
        return v;
    }

    /** A number read back from a DECIMAL column, without the zeros the column padded it with. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /**
     * Sets an amount.
     *
     * @param ps the statement
     * @param index the parameter
     * @param amount the amount
     * @param column the column, for the message
     * @throws SQLException from the driver
     */
    static void setMoney(PreparedStatement ps, int index, Money amount, String column) throws SQLException {
        ps.setBigDecimal(index, exact(amount.amount(), column));
    }

    /** Sets an amount or NULL. */
    static void setMoney(PreparedStatement ps, int index, Optional<Money> amount, String column) throws SQLException {
        if (amount.isPresent()) {
            setMoney(ps, index, amount.get(), column);
        } else {
            ps.setNull(index, Types.DECIMAL);
        }
    }

    /** Reads an amount in the currency. */
    static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
        return Money.of(canonical(rs.getBigDecimal(column)), currency);
    }

    /** Reads an amount that may be NULL. */
    static Optional<Money> optionalMoney(ResultSet rs, String column, Currency currency) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        return v == null ? Optional.empty() : Optional.of(Money.of(canonical(v), currency));
    }

    /** Sets a rate as its fraction. */
    static void setRate(PreparedStatement ps, int index, Rate rate, String column) throws SQLException {
        ps.setBigDecimal(index, exact(rate.fraction(), column));
    }

    /** Reads a rate from its fraction. */
    static Rate rate(ResultSet rs, String column) throws SQLException {
        return Rate.ofFraction(canonical(rs.getBigDecimal(column)));
    }

    /**
     * Sets a plain number and its scale, in two parameters.
     *
     * @param ps the statement
     * @param index the number's parameter; the scale goes into {@code index + 1}
     * @param value the number, not null
     * @param column the column, for the message
     * @throws SQLException from the driver
     */
    static void setScaled(PreparedStatement ps, int index, BigDecimal value, String column) throws SQLException {
        ps.setBigDecimal(index, exact(value, column));
        ps.setInt(index + 1, value.scale());
    }

    /** Sets a plain number and its scale, or two NULLs. */
    static void setScaled(PreparedStatement ps, int index, Optional<BigDecimal> value, String column)
            throws SQLException {
        if (value.isPresent()) {
            setScaled(ps, index, value.get(), column);
        } else {
            ps.setNull(index, Types.DECIMAL);
            ps.setNull(index + 1, Types.SMALLINT);
        }
    }

    /** Reads a plain number at the scale stored beside it in {@code column_scale}. */
    static BigDecimal scaled(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(rs.getInt(column + "_scale"));
    }

    /** Reads a plain number that may be NULL, at its stored scale. */
    static Optional<BigDecimal> optionalScaled(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column) == null ? Optional.empty() : Optional.of(scaled(rs, column));
    }

    /** Sets a day, or NULL. */
    static void setDate(PreparedStatement ps, int index, Optional<LocalDate> day) throws SQLException {
        if (day.isPresent()) {
            ps.setObject(index, day.get());
        } else {
            ps.setNull(index, Types.DATE);
        }
    }

    /** Sets a day. */
    static void setDate(PreparedStatement ps, int index, LocalDate day) throws SQLException {
        ps.setObject(index, day);
    }

    /** Reads a day. */
    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Reads a day that may be NULL. */
    static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    /**
     * Sets a period into two parameters: its first day, and its exclusive end or NULL when open.
     *
     * @param ps the statement
     * @param index the first day's parameter; the end goes into {@code index + 1}
     * @param period the period
     * @throws SQLException from the driver
     */
    static void setPeriod(PreparedStatement ps, int index, DateRange period) throws SQLException {
        ps.setObject(index, period.start());
        setDate(
                ps,
                index + 1,
                period.endExclusive().equals(LocalDate.MAX) ? Optional.empty() : Optional.of(period.endExclusive()));
    }

    /** Reads a period from its first day and its exclusive end (NULL: open-ended). */
    static DateRange period(ResultSet rs, String startColumn, String endColumn) throws SQLException {
        return DateRange.of(date(rs, startColumn), optionalDate(rs, endColumn).orElse(LocalDate.MAX));
    }

    /** Sets an optional int, or NULL. */
    static void setInt(PreparedStatement ps, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            ps.setInt(index, value.getAsInt());
        } else {
            ps.setNull(index, Types.INTEGER);
        }
    }

    /** Reads an int that may be NULL. */
    static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** Sets a text, or NULL. */
    static void setString(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    /** Reads a text that may be NULL. */
    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /** Reads an enum constant by its name. */
    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }

    /** Reads a currency by its ISO 4217 code. */
    static Currency currency(ResultSet rs, String column) throws SQLException {
        return Currency.getInstance(rs.getString(column));
    }
}
