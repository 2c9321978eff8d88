package dev.cxmetrics.sample;

import java.util.SplittableRandom;

/**
 * The random draws the generator needs, on top of {@link SplittableRandom}.
 *
 * <p>Uses {@link StrictMath} and its own normal sampler (not {@code nextGaussian}, whose algorithm
 * is a JDK detail) so that a seed gives the same data on every JVM and platform. Not thread-safe.
 */
final class Rng {
    private final SplittableRandom random;
    private double spareNormal;
    private boolean hasSpare;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent generator, for draws whose number must not shift the main sequence. */
    Rng split() {
        return new Rng(random.split());
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in (0, 1): safe to take the logarithm of. */
    double openUniform() {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0.0);
        return u;
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Standard normal, by Marsaglia's polar method. */
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double x;
        double y;
        double s;
        do {
            x = 2.0 * random.nextDouble() - 1.0;
            y = 2.0 * random.nextDouble() - 1.0;
            s = x * x + y * y;
        } while (s >= 1.0 || s == 0.0);
        double f = StrictMath.sqrt(-2.0 * StrictMath.log(s) / s);
        spareNormal = y * f;
        hasSpare = true;
        return x * f;
    }

    /** Lognormal with the given median and shape: {@code median * exp(sigma * N(0, 1))}. */
    double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * normal());
    }

    /** Standard logistic: the noise of an ordered-logit score. */
    double logistic() {
        double u = openUniform();
        return StrictMath.log(u / (1.0 - u));
    }

    /**
     * An index drawn with the probabilities whose running sums are {@code cumulative}: index
     * {@code i} has probability {@code cumulative[i] - cumulative[i - 1]}; the last sum is 1.
     */
    int pick(double[] cumulative) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Running sums of {@code weights}, scaled so the last is exactly 1, for {@link #pick}. */
    static double[] cumulative(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] sums = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            sums[i] = running / total;
        }
        sums[weights.length - 1] = 1.0;
        return sums;
    }
}
