package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.internal.Nanos;

import java.util.Objects;

/**
 * First response times in the brackets helpdesks report them in: {@code [0, 1 h)},
 * {@code [1 h, 8 h)}, {@code [8 h, 24 h)} and {@code [24 h, ∞)}, plus the tickets without a first
 * response. Bracket bounds belong to the longer bracket: exactly one hour is {@code 1-8h}.
 * Measured in the same time as the first response time itself (calendar or business).
 * Immutable and thread-safe.
 *
 * @param underOneHour first responses within less than an hour
 * @param oneToEightHours first responses after at least 1 and less than 8 hours
 * @param eightToTwentyFourHours first responses after at least 8 and less than 24 hours
 * @param overTwentyFourHours first responses after 24 hours or more
 * @param unanswered tickets without a first response
 */
public record FirstResponseBrackets(long underOneHour, long oneToEightHours, long eightToTwentyFourHours,
                                    long overTwentyFourHours, long unanswered) {
    private static final long HOUR = 3_600_000_000_000L;

    /**
     * Creates an instance after validating every component.
     *
     * @param underOneHour first responses in {@code [0, 1 h)}
     * @param oneToEightHours first responses in {@code [1 h, 8 h)}
     * @param eightToTwentyFourHours first responses in {@code [8 h, 24 h)}
     * @param overTwentyFourHours first responses of 24 h or more
     * @param unanswered tickets without a first response
     * @throws IllegalArgumentException when a count is negative, naming it
     */
    public FirstResponseBrackets {
        Ratios.nonNegative(underOneHour, "underOneHour");
        Ratios.nonNegative(oneToEightHours, "oneToEightHours");
        Ratios.nonNegative(eightToTwentyFourHours, "eightToTwentyFourHours");
        Ratios.nonNegative(overTwentyFourHours, "overTwentyFourHours");
        Ratios.nonNegative(unanswered, "unanswered");
    }

    /**
     * Returns the bracket of a first response time: 0 for under an hour, 1 for 1 to 8 hours, 2 for
     * 8 to 24 hours, 3 for 24 hours or more.
     *
     * @param nanos the first response time in nanoseconds, {@code >= 0}
     * @return the bracket index, 0 to 3
     */
    public static int bracketOf(long nanos) {
        if (nanos < HOUR) {
            return 0;
        }
        if (nanos < 8 * HOUR) {
            return 1;
        }
        return nanos < 24 * HOUR ? 2 : 3;
    }

    /**
     * Counts the first response times of tickets ({@code firstResponseAt - createdAt}, calendar
     * time) into brackets; tickets without a first response are {@code unanswered}.
     *
     * @param tickets the tickets
     * @return the brackets
     * @throws IllegalArgumentException when a time exceeds about 292 years, naming the ticket
     */
    public static FirstResponseBrackets of(Iterable<Ticket> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        long[] counts = new long[5];
        for (Ticket ticket : tickets) {
            if (ticket.firstResponseAt() == null) {
                counts[4]++;
            } else {
                counts[bracketOf(Nanos.between(ticket.createdAt(), ticket.firstResponseAt(), "first response time",
                        ticket.id()))]++;
            }
        }
        return new FirstResponseBrackets(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /**
     * Returns the number of answered tickets over all four brackets.
     *
     * @return the sum of the four bracket counts
     */
    public long answered() {
        return underOneHour + oneToEightHours + eightToTwentyFourHours + overTwentyFourHours;
    }
}
