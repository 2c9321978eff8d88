package dev.cxmetrics.kpi;

import java.util.OptionalDouble;

/** Shared arithmetic and argument checks of the calculators. */
final class Ratios {
    private Ratios() {
    }

    static OptionalDouble percent(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
    }

    static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " " + value + " is negative");
        }
        return value;
    }

    static void atMost(long part, String partName, long whole, String wholeName) {
        if (part > whole) {
            throw new IllegalArgumentException(partName + " " + part + " exceeds " + wholeName + " " + whole);
        }
    }
}
