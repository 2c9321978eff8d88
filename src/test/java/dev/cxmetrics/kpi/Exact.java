package dev.cxmetrics.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/** Reference ratios in decimal arithmetic, rounded once to the nearest double. */
final class Exact {
    private Exact() {
    }

    /** {@code numerator / denominator}, or empty when the denominator is 0. */
    static OptionalDouble ratio(BigDecimal numerator, long denominator) {
        if (denominator == 0) {
            return OptionalDouble.empty();
        }
        // 34 digits, then one rounding to double: a quotient of small integers is never close
        // enough to a double midpoint for the double rounding to matter.
        return OptionalDouble.of(numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128)
                .doubleValue());
    }

    /** {@code 100 × part / whole}, or empty when {@code whole} is 0. */
    static OptionalDouble percent(long part, long whole) {
        return ratio(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)), whole);
    }
}
