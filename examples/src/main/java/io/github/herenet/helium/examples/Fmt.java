package io.github.herenet.helium.examples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting for the command output: always a dot as decimal separator, whatever the locale. */
final class Fmt {

    private static final int MAX_DECIMALS = 6;

    private Fmt() {
    }

    /**
     * Formats with a fixed number of decimals, e.g. {@code fixed(0.12467, 4)} is {@code "0.1247"}.
     *
     * @param value    the value
     * @param decimals digits after the decimal point
     * @return the text
     */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * Formats with about {@code digits} significant digits, without exponent: {@code sig(31.1675, 4)} is
     * {@code "31.17"}, {@code sig(7787.2, 4)} is {@code "7787"}, {@code sig(0.0012345, 4)} is {@code "0.001235"}.
     * Large values keep all their integer digits; at most six decimals are shown.
     *
     * @param value  the value
     * @param digits significant digits wanted (at least 1)
     * @return the text
     */
    static String sig(double value, int digits) {
        if (value == 0.0 || !Double.isFinite(value)) {
            return value == 0.0 ? "0" : String.valueOf(value);
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, Math.min(MAX_DECIMALS, digits - 1 - magnitude));
        return fixed(value, decimals);
    }

    /**
     * Formats without trailing zeros or exponent: {@code plain(47.0)} is {@code "47"}, {@code plain(14.7)} is
     * {@code "14.7"}.
     *
     * @param value a finite value
     * @return the text
     */
    static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * Rounds to {@code digits} significant digits and formats without trailing zeros or exponent:
     * {@code plain(14.801325, 6)} is {@code "14.8013"}, {@code plain(2014.6959, 6)} is {@code "2014.7"}.
     *
     * @param value  a finite value
     * @param digits significant digits (at least 1)
     * @return the text
     */
    static String plain(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }
}
