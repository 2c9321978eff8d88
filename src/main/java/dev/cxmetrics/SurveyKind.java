package dev.cxmetrics;

/**
 * The kind of a survey question and the range of scores it accepts.
 */
public enum SurveyKind {
    /** Customer satisfaction: "How satisfied were you?", scored 1 (very unsatisfied) to 5 (very satisfied). */
    CSAT(1, 5),
    /** Net Promoter Score: "How likely are you to recommend us?", scored 0 to 10. */
    NPS(0, 10),
    /** Customer effort: "The company made it easy to handle my issue", scored 1 (strongly disagree) to 7 (strongly agree). */
    CES(1, 7);

    private final int minScore;
    private final int maxScore;

    SurveyKind(int minScore, int maxScore) {
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    /**
     * Returns the lowest valid score of this kind.
     *
     * @return the lowest valid score, inclusive
     */
    public int minScore() {
        return minScore;
    }

    /**
     * Returns the highest valid score of this kind.
     *
     * @return the highest valid score, inclusive
     */
    public int maxScore() {
        return maxScore;
    }

    /**
     * Tells whether a score lies in this kind's range.
     *
     * @param score the score to test
     * @return true when {@code minScore() <= score <= maxScore()}
     */
    public boolean accepts(int score) {
        return score >= minScore && score <= maxScore;
    }

    /**
     * Checks a score against this kind's range.
     *
     * @param score the score to check
     * @param ticketId the ticket the score belongs to, named in the message; may be null
     * @return the score, when valid
     * @throws IllegalArgumentException naming the score, the range, the kind and the ticket, when out of range
     */
    public int checkScore(int score, String ticketId) {
        if (!accepts(score)) {
            throw new InvalidRecordException("score", Integer.toString(score), ticketId,
                    score + " out of range " + minScore + ".." + maxScore + " for " + name());
        }
        return score;
    }
}
