package dev.cxmetrics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Allocation-free instant arithmetic in nanoseconds; not part of the public API. */
public final class Nanos {
    private Nanos() {
    }

    /**
     * Returns {@code to - from} in nanoseconds.
     *
     * @param from the earlier instant
     * @param to the later instant
     * @param what names the span in the error message, e.g. "first response time"
     * @param ticketId names the ticket in the error message; may be null
     * @return the elapsed nanoseconds
     * @throws IllegalArgumentException when the span does not fit in a long (about 292 years)
     */
    public static long between(Instant from, Instant to, String what, String ticketId) {
        try {
            long seconds = Math.subtractExact(to.getEpochSecond(), from.getEpochSecond());
            long nanos = to.getNano() - from.getNano();
            // Borrow so both parts share a sign: the product then overflows only when the span does.
            if (seconds > 0 && nanos < 0) {
                seconds--;
                nanos += 1_000_000_000L;
            } else if (seconds < 0 && nanos > 0) {
                seconds++;
                nanos -= 1_000_000_000L;
            }
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " from " + from + " to " + to
                    + " exceeds about 292 years, the longest duration measured"
                    + (ticketId == null ? "" : " (ticket " + ticketId + ")"), e);
        }
    }

    /**
     * Returns a non-negative duration in nanoseconds.
     *
     * @param duration the duration
     * @return its length in nanoseconds
     * @throws NullPointerException when {@code duration} is null
     * @throws IllegalArgumentException when it is negative or longer than {@code Long.MAX_VALUE} ns
     */
    public static long of(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration " + duration + " is negative");
        }
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("duration " + duration
                    + " is longer than Long.MAX_VALUE nanoseconds (about 292 years)", e);
        }
    }
}
