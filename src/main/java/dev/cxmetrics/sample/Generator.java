package dev.cxmetrics.sample;

import dev.cxmetrics.Priority;
import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One generation run: draws each ticket's life, cuts it at the end of the period and hands the
 * records to the sinks. {@link SampleData}'s javadoc states the same numbers in words; keep the
 * two in step. Not thread-safe; one instance per run.
 */
final class Generator {
    static final String[] CHANNELS = {"email", "chat", "phone", "social"};
    private static final double[] CHANNEL_CUM = Rng.cumulative(0.40, 0.30, 0.20, 0.10);
    static final String[] TYPES = {
        "billing", "shipping", "returns", "account", "technical", "product", "order", "other",
    };
    private static final double[] TYPE_CUM = Rng.cumulative(0.17, 0.15, 0.12, 0.11, 0.14, 0.10, 0.15, 0.06);
    private static final Priority[] PRIORITIES = Priority.values();
    private static final double[] PRIORITY_CUM = Rng.cumulative(0.20, 0.55, 0.20, 0.05);

    private static final double MINUTE = 60_000.0;
    private static final double HOUR = 60 * MINUTE;

    // First reply: lognormal, scaled by channel (email slow, phone and chat fast), priority and agent.
    private static final double FRT_MEDIAN = 66 * MINUTE;
    private static final double[] FRT_BY_CHANNEL = {1.6, 0.35, 0.25, 1.0};
    private static final double[] FRT_BY_PRIORITY = {1.5, 1.0, 0.6, 0.3};
    private static final double FRT_SIGMA = 1.0;
    private static final long MIN_FRT = 30_000;

    // Ticket classes.
    private static final double UNANSWERED = 0.03;
    private static final double ZERO_TOUCH_OF_UNANSWERED = 1.0 / 3;
    private static final double UNASSIGNED_OF_UNANSWERED = 0.5;
    private static final double STUCK = 0.07;
    private static final double REOPENED = 0.05;
    private static final double REOPENED_ONCE = 0.8;
    private static final double[] ONE_TOUCH_BY_CHANNEL = {0.64, 0.72, 0.80, 0.62};
    private static final double ANOTHER_REPLY = 0.4;
    private static final int MAX_REPLIES = 40;

    // Resolution: first reply plus a lognormal wait, longer with each further reply.
    private static final double RESOLUTION_MEDIAN = 15 * HOUR;
    private static final double[] RESOLUTION_BY_TYPE = {1.0, 1.2, 1.4, 0.8, 1.6, 1.0, 0.9, 0.7};
    private static final double[] RESOLUTION_BY_PRIORITY = {1.4, 1.0, 0.7, 0.4};
    private static final double RESOLUTION_PER_EXTRA_REPLY = 0.6;
    private static final double RESOLUTION_SIGMA = 1.0;
    private static final long MIN_RESOLUTION = 60_000;
    private static final double ZERO_TOUCH_MEDIAN = 3 * HOUR;
    private static final double ZERO_TOUCH_SIGMA = 1.2;

    // Responses.
    private static final double[] ACK_BY_CHANNEL = {0.85, 0.30, 0.0, 0.40};
    private static final double HANDOFF = 0.07;
    private static final double[] HANDLE_MEDIAN_BY_CHANNEL = {6 * MINUTE, 7 * MINUTE, 9 * MINUTE, 4 * MINUTE};
    private static final double HANDLE_SIGMA = 0.55;
    private static final double UNTRACKED = 0.03;
    private static final long MIN_HANDLE_SECONDS = 10;

    // Surveys, answered in one form some time after the resolution.
    private static final double CSAT_RATE = 0.30;
    private static final double NPS_RATE = 0.10;
    private static final double CES_RATE = 0.10;
    private static final double SURVEY_DELAY_MEDIAN = 90 * MINUTE;
    private static final double SURVEY_DELAY_SIGMA = 1.3;
    private static final double SPEED_EFFECT = 0.5;
    private static final double MAX_SPEED_EFFECT = 2.0;
    private static final double REOPEN_EFFECT = -0.9;
    private static final double EXTRA_REPLY_EFFECT = -0.15;
    private static final double ZERO_TOUCH_EFFECT = -0.4;

    // Agents: how much work they get, how fast they reply and handle, how well customers rate them.
    private static final double AGENT_SPEED_SIGMA = 0.3;
    private static final double AGENT_HANDLE_SIGMA = 0.2;
    private static final double AGENT_SKILL_SIGMA = 0.35;

    private final Rng rng;
    private final Arrivals arrivals;
    private final int count;
    private final long end;
    private final int idWidth;
    private final double newCustomerRate;
    private final String[] agentIds;
    private final double[] agentCum;
    private final double[] agentSpeed;
    private final double[] agentHandle;
    private final double[] agentSkill;
    private final long[] replyTimes = new long[MAX_REPLIES];
    private int customers;

    Generator(SampleData options) {
        Rng root = new Rng(options.seed());
        Rng setup = root.split();
        this.rng = root;
        this.count = options.tickets();
        this.end = options.endInstant().toEpochMilli();
        this.idWidth = Math.max(6, Ids.digits(count));
        this.newCustomerRate = count == 0 ? 1.0 : Math.min(1.0, (double) options.customers() / count);
        int agents = options.agents();
        this.agentIds = new String[agents];
        double[] workload = new double[agents];
        this.agentSpeed = new double[agents];
        this.agentHandle = new double[agents];
        this.agentSkill = new double[agents];
        int agentWidth = Math.max(2, Ids.digits(agents));
        for (int a = 0; a < agents; a++) {
            agentIds[a] = Ids.padded("agent-", a + 1, agentWidth);
            workload[a] = 0.6 + 0.8 * setup.uniform();
            agentSpeed[a] = setup.lognormal(1.0, AGENT_SPEED_SIGMA);
            agentHandle[a] = setup.lognormal(1.0, AGENT_HANDLE_SIGMA);
            agentSkill[a] = AGENT_SKILL_SIGMA * setup.normal();
        }
        this.agentCum = Rng.cumulative(workload);
        this.arrivals = Arrivals.over(options.start(), options.days(), options.zone(), count, setup);
    }

    void run(Consumer<? super Ticket> tickets, Consumer<? super Response> responses,
             Consumer<? super SurveyAnswer> answers) {
        for (int i = 0; i < count; i++) {
            next(i, tickets, responses, answers);
        }
    }

    private void next(int index, Consumer<? super Ticket> tickets, Consumer<? super Response> responses,
                      Consumer<? super SurveyAnswer> answers) {
        long created = arrivals.next(rng);
        int channel = rng.pick(CHANNEL_CUM);
        int type = rng.pick(TYPE_CUM);
        int priority = rng.pick(PRIORITY_CUM);
        int agent = rng.pick(agentCum);
        String customer = customer();
        boolean ack = rng.chance(ACK_BY_CHANNEL[channel]);

        long first = Long.MAX_VALUE;
        long resolved = Long.MAX_VALUE;
        int replies = 0;
        int reopens = 0;
        boolean zeroTouch = false;
        if (rng.chance(UNANSWERED)) {
            if (rng.chance(ZERO_TOUCH_OF_UNANSWERED)) {
                zeroTouch = true;
                resolved = created + Math.max(MIN_RESOLUTION,
                        Math.round(rng.lognormal(ZERO_TOUCH_MEDIAN, ZERO_TOUCH_SIGMA)));
            } else if (rng.chance(UNASSIGNED_OF_UNANSWERED)) {
                agent = -1;
            }
        } else {
            double frtMedian = FRT_MEDIAN * FRT_BY_CHANNEL[channel] * FRT_BY_PRIORITY[priority] * agentSpeed[agent];
            first = created + Math.max(MIN_FRT, Math.round(rng.lognormal(frtMedian, FRT_SIGMA)));
            boolean stuck = rng.chance(STUCK);
            if (!stuck && rng.chance(REOPENED)) {
                reopens = rng.chance(REOPENED_ONCE) ? 1 : 2;
                replies = 1 + reopens + geometric();
            } else {
                replies = rng.chance(ONE_TOUCH_BY_CHANNEL[channel]) ? 1 : 2 + geometric();
            }
            double waitMedian = RESOLUTION_MEDIAN * RESOLUTION_BY_TYPE[type] * RESOLUTION_BY_PRIORITY[priority]
                    * (1 + RESOLUTION_PER_EXTRA_REPLY * (replies - 1));
            long last = first + Math.max(MIN_RESOLUTION, Math.round(rng.lognormal(waitMedian, RESOLUTION_SIGMA)));
            if (!stuck) {
                resolved = last;
            }
            replyTimes[0] = first;
            for (int r = 1; r < replies; r++) {
                replyTimes[r] = first + 1 + (long) (rng.uniform() * (last - first));
            }
            sortTail(replies);
        }

        // The data is a snapshot at the end of the period: what would happen later has not happened.
        int sent = 0;
        while (sent < replies && replyTimes[sent] < end) {
            sent++;
        }
        if (resolved >= end) {
            resolved = Long.MAX_VALUE;
            reopens = 0;
        }

        String id = Ids.padded("T-", index + 1, idWidth);
        String agentId = agent < 0 ? null : agentIds[agent];
        Instant createdAt = Instant.ofEpochMilli(created);
        Instant firstAt = sent > 0 ? Instant.ofEpochMilli(first) : null;
        Instant resolvedAt = resolved == Long.MAX_VALUE ? null : Instant.ofEpochMilli(resolved);
        tickets.accept(new Ticket(id, customer, agentId, CHANNELS[channel], TYPES[type], PRIORITIES[priority],
                createdAt, firstAt, resolvedAt, sent, reopens));

        if (ack) {
            responses.accept(new Response(id, null, createdAt, null, true));
        }
        for (int r = 0; r < sent; r++) {
            int by = r > 0 && rng.chance(HANDOFF) ? rng.pick(agentCum) : agent;
            Instant at = r == 0 ? firstAt : Instant.ofEpochMilli(replyTimes[r]);
            responses.accept(new Response(id, agentIds[by], at, handleTime(channel, by), false));
        }

        if (resolvedAt != null) {
            survey(id, customer, agentId, agent, resolved, resolved - created, replies, reopens, zeroTouch, answers);
        }
    }

    /** Customers arrive as new with a fixed probability; a returning one is any earlier customer. */
    private String customer() {
        int index = customers == 0 || rng.chance(newCustomerRate) ? customers++ : rng.below(customers);
        return Ids.padded("C-", index + 1, idWidth);
    }

    /** A geometric number of further replies: each next one with probability 0.4, mean 0.67. */
    private int geometric() {
        int extra = 0;
        while (extra < MAX_REPLIES - 4 && rng.chance(ANOTHER_REPLY)) {
            extra++;
        }
        return extra;
    }

    /** Insertion sort of replyTimes[1..replies): a handful of values. */
    private void sortTail(int replies) {
        for (int i = 2; i < replies; i++) {
            long value = replyTimes[i];
            int j = i - 1;
            while (j >= 1 && replyTimes[j] > value) {
                replyTimes[j + 1] = replyTimes[j];
                j--;
            }
            replyTimes[j + 1] = value;
        }
    }

    private Duration handleTime(int channel, int agent) {
        if (rng.chance(UNTRACKED)) {
            return null;
        }
        double millis = rng.lognormal(HANDLE_MEDIAN_BY_CHANNEL[channel] * agentHandle[agent], HANDLE_SIGMA);
        return Duration.ofSeconds(Math.max(MIN_HANDLE_SECONDS, Math.round(millis / 1000)));
    }

    private void survey(String id, String customer, String agentId, int agent, long resolved, long resolution,
                        int replies, int reopens, boolean zeroTouch, Consumer<? super SurveyAnswer> answers) {
        boolean csat = rng.chance(CSAT_RATE);
        boolean nps = rng.chance(NPS_RATE);
        boolean ces = rng.chance(CES_RATE);
        if (!csat && !nps && !ces) {
            return;
        }
        long delay = Math.round(rng.lognormal(SURVEY_DELAY_MEDIAN, SURVEY_DELAY_SIGMA));
        long answered = resolved + Math.max(1_000, delay);
        if (answered >= end) {
            return;
        }
        // Faster than the typical 20 hours raises satisfaction, slower lowers it, on a log scale.
        double speed = -SPEED_EFFECT * StrictMath.log(resolution / (20 * HOUR));
        double effect = Math.max(-MAX_SPEED_EFFECT, Math.min(MAX_SPEED_EFFECT, speed))
                + (agent < 0 ? 0.0 : agentSkill[agent])
                + REOPEN_EFFECT * reopens
                + EXTRA_REPLY_EFFECT * Math.max(0, replies - 2)
                + (zeroTouch ? ZERO_TOUCH_EFFECT : 0.0);
        Instant answeredAt = Instant.ofEpochMilli(answered);
        if (csat) {
            int score = Scores.score(SurveyKind.CSAT, effect + rng.logistic());
            answers.accept(new SurveyAnswer(id, customer, agentId, SurveyKind.CSAT, score, answeredAt));
        }
        if (nps) {
            int score = Scores.score(SurveyKind.NPS, effect + rng.logistic());
            answers.accept(new SurveyAnswer(id, customer, agentId, SurveyKind.NPS, score, answeredAt));
        }
        if (ces) {
            int score = Scores.score(SurveyKind.CES, effect + rng.logistic());
            answers.accept(new SurveyAnswer(id, customer, agentId, SurveyKind.CES, score, answeredAt));
        }
    }
}
