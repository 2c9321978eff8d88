package dev.cxmetrics.report;

import dev.cxmetrics.time.TimeBucket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the calendar bucket group of an instant without allocating.
 *
 * <p>Bucket boundaries (local midnights are whole epoch seconds, since zone offsets are whole
 * seconds) are precomputed for a window of consecutive buckets; an instant inside the window is
 * placed in constant time: the window is cut into granules of a power of two seconds (about an
 * hour; longer only for windows of many years, so that the table stays under 64K entries), each
 * granule knows the bucket it starts in, and the instant's bucket is that one or, rarely, a later
 * one (a zone that skips a whole day only costs a step more). An instant outside
 * near the window grows it, at least doubling it so growth is amortised, up to
 * {@link #MAX_WINDOW} buckets; a far one (and any beyond that limit) takes the allocating path
 * through {@link java.time.LocalDate}, until far ones become common enough to grow for them.
 */
final class BucketIndex {
    static final int MAX_WINDOW = 1 << 16;
    private static final int INITIAL_BEFORE = 8;
    private static final int INITIAL_AFTER = 120;

    private final TimeBucket bucket;
    private final ZoneId zone;
    private final Map<LocalDate, GroupAccumulator> groups = new HashMap<>();
    /** Start of each window bucket in epoch seconds, plus the end of the last one. */
    private long[] bounds = new long[0];
    private LocalDate[] dates = new LocalDate[0];
    private GroupAccumulator[] window = new GroupAccumulator[0];
    /** log2 of the granule length in seconds. */
    private int granuleShift;
    private static final int MIN_GRANULE_SHIFT = 12;
    private static final int MAX_GRANULES = 1 << 16;
    /** The window bucket each granule starts in. */
    private int[] granuleStart = new int[0];
    /** Instants placed by the slow path since the window last grew. */
    private int outliers;
    private static final int OUTLIERS_BEFORE_GROWING = 1024;

    private final double relativeAccuracy;

    BucketIndex(TimeBucket bucket, ZoneId zone, double relativeAccuracy) {
        this.relativeAccuracy = relativeAccuracy;
        this.bucket = bucket;
        this.zone = zone;
    }

    GroupAccumulator groupOf(Instant instant) {
        return groupOf(instant.getEpochSecond(), instant);
    }

    /**
     * Fails as {@link #groupOfSecond} would for a second that cannot be placed in a bucket, without
     * looking up (or making) the group of one inside the window.
     */
    void check(long second) {
        int n = window.length;
        if (n == 0 || second < bounds[0] || second >= bounds[n]) {
            groupOfSecond(second);
        }
    }

    /**
     * The group of the instant at {@code second} (any nano-of-second: bucket bounds are whole
     * seconds); allocates only when the second is far outside the window.
     */
    GroupAccumulator groupOfSecond(long second) {
        return groupOf(second, null);
    }

    private GroupAccumulator groupOf(long second, Instant known) {
        int n = window.length;
        if (n > 0 && second >= bounds[0] && second < bounds[n]) {
            int i = granuleStart[(int) ((second - bounds[0]) >>> granuleShift)];
            while (second >= bounds[i + 1]) {
                i++;
            }
            GroupAccumulator group = window[i];
            if (group == null) {
                group = groupOf(dates[i]);
                window[i] = group;
            }
            return group;
        }
        return outsideWindow(known != null ? known : Instant.ofEpochSecond(second));
    }

    GroupAccumulator groupOf(LocalDate start) {
        return groups.computeIfAbsent(start, d -> new GroupAccumulator(relativeAccuracy));
    }

    /** Makes {@code group} the one of the bucket starting at {@code start}, which must have none yet. */
    void put(LocalDate start, GroupAccumulator group) {
        if (groups.putIfAbsent(start, group) != null) {
            throw new IllegalStateException("bucket " + start + " already has a group");
        }
    }

    Map<LocalDate, GroupAccumulator> groups() {
        return groups;
    }

    private GroupAccumulator outsideWindow(Instant instant) {
        LocalDate start = bucket.startOf(instant, zone);
        if (window.length == 0) {
            rebuild(minus(start, INITIAL_BEFORE), plus(start, INITIAL_AFTER));
        } else {
            LocalDate first = dates[0];
            LocalDate last = dates[dates.length - 1];
            int size = window.length;
            // Grow by at least the current size on the side of the instant.
            LocalDate from = start.isBefore(first) ? min(start, minus(first, size)) : first;
            LocalDate to = start.isAfter(last) ? max(start, plus(last, size)) : last;
            long wanted = bucketsBetween(from, to);
            // A far outlier takes the slow path rather than a huge window, until outliers are common.
            boolean near = wanted <= 4L * Math.max(size, 256);
            if (wanted <= MAX_WINDOW && (near || ++outliers > OUTLIERS_BEFORE_GROWING)) {
                outliers = 0;
                rebuild(from, to);
            } else {
                return groupOf(start);
            }
        }
        return groupOf(instant);
    }

    private void rebuild(LocalDate from, LocalDate to) {
        int size = (int) bucketsBetween(from, to);
        long[] newBounds = new long[size + 1];
        LocalDate[] newDates = new LocalDate[size];
        GroupAccumulator[] newWindow = new GroupAccumulator[size];
        LocalDate date = from;
        for (int i = 0; i < size; i++) {
            newDates[i] = date;
            newBounds[i] = TimeBucket.startInstant(date, zone).getEpochSecond();
            newWindow[i] = groups.get(date);
            date = bucket.next(date);
        }
        newBounds[size] = TimeBucket.startInstant(date, zone).getEpochSecond();
        long span = newBounds[size] - newBounds[0];
        // Granules of about an hour: an instant rarely needs a step past its granule's bucket.
        int shift = MIN_GRANULE_SHIFT;
        while ((span - 1) >>> shift >= MAX_GRANULES) {
            shift++;
        }
        int[] newGranuleStart = new int[(int) ((span - 1) >>> shift) + 1];
        int i = 0;
        for (int g = 0; g < newGranuleStart.length; g++) {
            long granule = newBounds[0] + ((long) g << shift);
            while (granule >= newBounds[i + 1]) {
                i++;
            }
            newGranuleStart[g] = i;
        }
        bounds = newBounds;
        dates = newDates;
        window = newWindow;
        granuleStart = newGranuleStart;
        granuleShift = shift;
    }

    private long bucketsBetween(LocalDate from, LocalDate to) {
        switch (bucket) {
            case DAY:
                return to.toEpochDay() - from.toEpochDay() + 1;
            case WEEK:
                return (to.toEpochDay() - from.toEpochDay()) / 7 + 1;
            default:
                return (to.getYear() * 12L + to.getMonthValue()) - (from.getYear() * 12L + from.getMonthValue()) + 1;
        }
    }

    private LocalDate plus(LocalDate date, long buckets) {
        try {
            switch (bucket) {
                case DAY:
                    return date.plusDays(buckets);
                case WEEK:
                    return date.plusWeeks(buckets);
                default:
                    return date.plusMonths(buckets);
            }
        } catch (java.time.DateTimeException e) {
            return date;
        }
    }

    private LocalDate minus(LocalDate date, long buckets) {
        try {
            return bucket.startOf(plus(date, -buckets));
        } catch (java.time.DateTimeException e) {
            return date;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
