package dev.cxmetrics.sample;

import dev.cxmetrics.SurveyKind;

/**
 * Survey scores by an ordered-logit model: a latent satisfaction {@code effect + L}, with
 * {@code L} standard logistic, is cut at fixed points into the kind's scores. With
 * {@code effect = 0} the scores follow the base shares below, typical of B2C support: CSAT
 * mostly 5s (about 79% satisfied), NPS about +24, CES mean about 5.4. A positive effect (a
 * fast resolution, a good agent) shifts answers up, a negative one (slow, reopened) down.
 */
final class Scores {
    /** Base shares of CSAT 1..5. */
    static final double[] CSAT_SHARES = {0.07, 0.05, 0.09, 0.22, 0.57};
    /** Base shares of NPS 0..10: 24% detractors, 28% passives, 48% promoters. */
    static final double[] NPS_SHARES = {0.03, 0.02, 0.02, 0.03, 0.03, 0.05, 0.06, 0.12, 0.16, 0.18, 0.30};
    /** Base shares of CES 1..7. */
    static final double[] CES_SHARES = {0.04, 0.05, 0.07, 0.10, 0.18, 0.26, 0.30};

    private static final double[] CSAT_CUTS = cuts(CSAT_SHARES);
    private static final double[] NPS_CUTS = cuts(NPS_SHARES);
    private static final double[] CES_CUTS = cuts(CES_SHARES);

    private Scores() {
    }

    /** The score of a kind for a latent satisfaction (effect plus logistic noise). */
    static int score(SurveyKind kind, double latent) {
        double[] cuts = kind == SurveyKind.CSAT ? CSAT_CUTS : kind == SurveyKind.NPS ? NPS_CUTS : CES_CUTS;
        int index = 0;
        while (index < cuts.length && latent >= cuts[index]) {
            index++;
        }
        return kind.minScore() + index;
    }

    /** Cut points: the logits of the cumulative shares, so P(score <= min + i) is their i-th sum at effect 0. */
    private static double[] cuts(double[] shares) {
        double[] cumulative = Rng.cumulative(shares);
        double[] cuts = new double[shares.length - 1];
        for (int i = 0; i < cuts.length; i++) {
            double c = cumulative[i];
            cuts[i] = StrictMath.log(c / (1.0 - c));
        }
        return cuts;
    }
}
