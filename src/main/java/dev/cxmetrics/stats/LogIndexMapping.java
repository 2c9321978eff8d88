package dev.cxmetrics.stats;

/**
 * Maps a positive number of nanoseconds to a bucket index such that one representative value per
 * bucket is within relative accuracy {@code alpha} of every value in the bucket, after rounding
 * to a whole nanosecond.
 *
 * <p>Two regions:
 * <ul>
 *   <li>{@code 1 <= x < linearLimit}: one bucket per nanosecond, index {@code x}, exact. At this
 *       scale a logarithmic bucket would hold two integers that no single integer represents
 *       within {@code alpha} (60 and 61 ns at 1 %, say).</li>
 *   <li>{@code x >= linearLimit}: logarithmic buckets, {@code m} per power of two, the bucket
 *       {@code j} of octave {@code e} holding {@code [2^e * 2^(j/m), 2^e * 2^((j+1)/m))}.
 *       {@code m} is the smallest count whose bucket width keeps the relative error of the
 *       bucket's harmonic-mean representative at most {@code alpha * 31/32}; the remaining
 *       {@code alpha/32} absorbs rounding the representative to a whole nanosecond, which is why
 *       {@code linearLimit = ceil(1 / (alpha - effectiveAccuracy))}.</li>
 * </ul>
 *
 * <p>The index is computed with integer arithmetic only (leading zeros, a table lookup and one
 * comparison against exact thresholds), so it is fast and identical on every JVM: sketches built
 * on different machines merge into exactly the sketch of the union. The thresholds are derived
 * with {@link StrictMath} and plain IEEE 754 arithmetic, both reproducible.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class LogIndexMapping {
    private static final long ONE = 1L << 62;
    private static final double TWO_POW_MINUS_62 = 0x1.0p-62;
    private static final double LN2 = 0.6931471805599453;

    static final LogIndexMapping DEFAULT = new LogIndexMapping(DurationSketch.DEFAULT_RELATIVE_ACCURACY);
    /**
     * Recently used mappings, replaced round-robin. Racy by design: instances are immutable with
     * final fields, so a thread sees either a complete mapping or a stale slot and builds its own.
     */
    private static final LogIndexMapping[] CACHE = new LogIndexMapping[8];
    private static int nextSlot;

    private final double alpha;
    private final double effectiveAccuracy;
    private final int perOctave;
    private final long linearLimit;
    private final int logOffset;
    private final int maxIndex;
    /** {@code thresholds[j] = 2^62 * (2^(j/m) - 1)}, j = 0..m, the mantissa offsets where buckets start. */
    private final long[] thresholds;
    /** For each cell of the top mantissa bits, the last bucket starting at or before the cell start. */
    private final int[] lookup;
    private final int lookupShift;

    private LogIndexMapping(double alpha) {
        this.alpha = alpha;
        double target = alpha * 31 / 32;
        double lnGamma = StrictMath.log((1 + target) / (1 - target));
        int m = (int) Math.ceil(LN2 / lnGamma);
        this.perOctave = Math.max(1, m);
        thresholds = new long[perOctave + 1];
        // Powers of 2^(1/m) by repeated multiplication: reproducible (IEEE 754 arithmetic), within
        // about m ulps of exact, and cheap even for m in the thousands. Bucket widths are measured
        // from the thresholds below, so the small drift is accounted for.
        double ratio = StrictMath.pow(2.0, 1.0 / perOctave);
        double power = 1.0;
        for (int j = 1; j < perOctave; j++) {
            power *= ratio;
            // power - 1 is exact (Sterbenz) and a multiple of 2^-52, so the scaling is exact too.
            thresholds[j] = (long) ((power - 1.0) * ONE);
        }
        thresholds[perOctave] = ONE;
        double worst = 0;
        for (int j = 0; j < perOctave; j++) {
            double lo = 1 + thresholds[j] * TWO_POW_MINUS_62;
            double hi = 1 + thresholds[j + 1] * TWO_POW_MINUS_62;
            worst = Math.max(worst, (hi - lo) / (hi + lo));
        }
        this.effectiveAccuracy = worst;
        this.linearLimit = (long) Math.ceil(1 / (alpha - effectiveAccuracy));
        // Cells no wider than the narrowest bucket: a cell holds at most one threshold.
        int bits = 1;
        while ((1 << bits) < 2 * perOctave) {
            bits++;
        }
        lookupShift = 62 - bits;
        lookup = new int[1 << bits];
        int j = 0;
        for (int cell = 0; cell < lookup.length; cell++) {
            long start = (long) cell << lookupShift;
            while (thresholds[j + 1] <= start) {
                j++;
            }
            lookup[cell] = j;
        }
        this.logOffset = (int) (linearLimit - logIndex(linearLimit));
        this.maxIndex = index(Long.MAX_VALUE);
    }

    /**
     * Returns the mapping for a relative accuracy, sharing instances for the default and the
     * recently used accuracies (building one costs O(1 / alpha)). The caller has validated
     * {@code alpha}.
     */
    static LogIndexMapping of(double alpha) {
        if (Double.compare(DEFAULT.alpha, alpha) == 0) {
            return DEFAULT;
        }
        for (int i = 0; i < CACHE.length; i++) {
            LogIndexMapping cached = CACHE[i];
            if (cached != null && Double.compare(cached.alpha, alpha) == 0) {
                return cached;
            }
        }
        LogIndexMapping created = new LogIndexMapping(alpha);
        int slot = nextSlot;
        CACHE[slot] = created;
        nextSlot = (slot + 1) % CACHE.length;
        return created;
    }

    double alpha() {
        return alpha;
    }

    /** The largest relative error of a logarithmic bucket's real-valued representative. */
    double effectiveAccuracy() {
        return effectiveAccuracy;
    }

    /** Values below this many nanoseconds have a bucket of their own. */
    long linearLimit() {
        return linearLimit;
    }

    int perOctave() {
        return perOctave;
    }

    /** The index of {@code Long.MAX_VALUE} ns, the largest index any value maps to. */
    int maxIndex() {
        return maxIndex;
    }

    /**
     * Returns the bucket index of {@code nanos}, from 1 to {@link #maxIndex()}.
     *
     * @param nanos a duration in nanoseconds, {@code >= 1}
     */
    int index(long nanos) {
        if (nanos < linearLimit) {
            return (int) nanos;
        }
        return logOffset + logIndex(nanos);
    }

    private int logIndex(long nanos) {
        int leadingZeros = Long.numberOfLeadingZeros(nanos);
        // Shift the leading one to bit 62; the bits below it are the mantissa, in units of 2^-62.
        long mantissa = (nanos << (leadingZeros - 1)) - ONE;
        int j = lookup[(int) (mantissa >>> lookupShift)];
        if (mantissa >= thresholds[j + 1]) {
            j++;
        }
        return (63 - leadingZeros) * perOctave + j;
    }

    /**
     * Returns the whole number of nanoseconds that represents a bucket: the value itself in the
     * linear region, else the harmonic mean of the bucket's bounds rounded to the nearest
     * nanosecond, which is within {@code alpha} of every value the bucket holds.
     *
     * @param index a bucket index from 1 to {@link #maxIndex()}
     */
    long representative(int index) {
        if (index < linearLimit) {
            return index;
        }
        int log = index - logOffset;
        int octave = log / perOctave;
        int j = log % perOctave;
        double scale = Math.scalb(1.0, octave);
        double lo = Math.max(linearLimit, scale * (1 + thresholds[j] * TWO_POW_MINUS_62));
        double hi = scale * (1 + thresholds[j + 1] * TWO_POW_MINUS_62);
        return Math.round(2 * lo * hi / (lo + hi));
    }
}
