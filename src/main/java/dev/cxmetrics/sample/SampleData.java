package dev.cxmetrics.sample;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A seeded generator of realistic helpdesk data: tickets, agent and automated responses, and
 * CSAT, NPS and CES answers, internally consistent and identical for the same settings.
 *
 * <p>Use {@link #generate(long, int)} for the defaults, {@link #builder()} to change them, and
 * {@link #stream(Consumer, Consumer, Consumer)} to hand the records to sinks one at a time
 * without holding them (a million tickets take a few hundred megabytes as lists).
 *
 * <h2>The data</h2>
 * The period is {@code days} days (default 90) from the start of {@code start} (default
 * 2026-01-05, a Monday) in {@code zone} (default Europe/Rome). The data is a snapshot taken at
 * the end of the period: every instant lies in [{@link #startInstant()}, {@link #endInstant()}),
 * and what would have happened later has not happened (a ticket whose resolution falls after
 * the end is open, a reply after the end is absent). Instants have millisecond resolution.
 * <ul>
 *   <li><b>Arrivals.</b> Tickets are created in ascending order with an intensity constant
 *     within each local clock hour: highest 09:00-12:00 and 14:00-17:00, about 3% of the peak
 *     at night; Monday 1.18, Tuesday 1.10, Wednesday 1.04, Thursday 1.00, Friday 0.92,
 *     Saturday 0.48, Sunday 0.40; and a per-day factor, lognormal with shape 0.1. Daylight
 *     saving changes are followed (a missing hour gets no tickets).</li>
 *   <li><b>Dimensions.</b> Ids {@code T-000001}, ... in creation order. Channel: email 40%,
 *     chat 30%, phone 20%, social 10%. Type: billing 17%, shipping 15%, returns 12%, account
 *     11%, technical 14%, product 10%, order 15%, other 6%. Priority: LOW 20%, NORMAL 55%,
 *     HIGH 20%, URGENT 5%. Agents {@code agent-01} .. {@code agent-50} (by default), each with
 *     a workload drawn uniformly from 0.6 .. 1.4 (relative). Customers {@code C-000001}, ...:
 *     each ticket comes from a new customer with probability {@code customers / tickets}
 *     (default one third), otherwise from a uniformly chosen earlier customer, so early
 *     customers return more often.</li>
 *   <li><b>First reply.</b> 3% of tickets never get an agent reply: a third of those are
 *     resolved anyway (zero-touch, after a lognormal delay with median 3 h, shape 1.2) and half
 *     of the others are unassigned (no agent). The others get their first agent reply after a
 *     lognormal delay of shape 1.0 whose median is 66 min times a channel factor (email 1.6,
 *     chat 0.35, phone 0.25, social 1.0), a priority factor (LOW 1.5, NORMAL 1.0, HIGH 0.6,
 *     URGENT 0.3) and the agent's speed factor (lognormal, shape 0.3), at least 30 s: a median
 *     of about 40 min over all tickets.</li>
 *   <li><b>Replies and resolution.</b> 7% of the answered tickets are never resolved; 5% of
 *     the others are reopened (once, or twice in one case out of five). A ticket gets one agent
 *     reply with probability 64% (email), 72% (chat), 80% (phone) or 62% (social), otherwise 2
 *     plus a geometric number (mean 0.67); a reopened one 1 + reopens + that number. It is
 *     resolved after its first reply plus a lognormal wait of shape 1.0 whose median is 15 h
 *     times a type factor (billing 1.0, shipping 1.2, returns 1.4, account 0.8, technical 1.6,
 *     product 1.0, order 0.9, other 0.7), a priority factor (LOW 1.4, NORMAL 1.0, HIGH 0.7,
 *     URGENT 0.4) and {@code 1 + 0.6 (replies - 1)}, at least 1 min: a median resolution time
 *     of about 20 h, about 65% one-touch resolutions and about 10% of tickets unresolved at the
 *     end of a 90-day period.</li>
 *   <li><b>Responses.</b> An automated acknowledgement at the creation instant for 85% of
 *     email, 30% of chat and 40% of social tickets. The first agent reply is sent exactly at
 *     {@code firstResponseAt}; later replies uniformly between it and the resolution (or the
 *     planned last activity of an open ticket), 7% of them by another agent. Handle time is
 *     lognormal with shape 0.55 and median 6 min (email), 7 min (chat), 9 min (phone) or 4 min
 *     (social), times the agent's factor (lognormal, shape 0.2), in whole seconds, at least
 *     10 s; 3% of agent replies have it untracked ({@code null}). A ticket's
 *     {@code firstResponseAt} and {@code agentReplies} are exactly what
 *     {@link dev.cxmetrics.Tickets#fromResponses(Iterable, Iterable)} derives from its
 *     responses.</li>
 *   <li><b>Surveys.</b> Each resolved ticket is surveyed for CSAT with probability 30%, NPS
 *     10% and CES 10%, independently; the questions asked are answered together after a
 *     lognormal delay (median 90 min, shape 1.3) from the resolution. Scores follow an ordered
 *     logit whose base shares are CSAT 1..5: 7, 5, 9, 22, 57%; NPS 0..10: 3, 2, 2, 3, 3, 5, 6,
 *     12, 16, 18, 30%; CES 1..7: 4, 5, 7, 10, 18, 26, 30%; shifted by
 *     {@code -0.5 ln(resolution time / 20 h)} (capped at &plusmn;2), the agent's skill
 *     (normal, deviation 0.35), -0.9 per reopen, -0.15 per reply beyond two and -0.4 for a
 *     zero-touch ticket: quick resolutions are rated higher.</li>
 * </ul>
 *
 * <p>The same settings give the same data on every JVM (the generator uses
 * {@link java.util.SplittableRandom} and {@link StrictMath}); the distributions may be refined
 * between library versions. Generation is linear in the number of tickets, with memory
 * independent of it when streaming.
 *
 * <p>Instances are immutable and thread-safe; each call generates afresh.
 */
public final class SampleData {
    /** The default first day of the period: Monday 2026-01-05. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);
    /** The default length of the period in days: 90. */
    public static final int DEFAULT_DAYS = 90;
    /** The default zone of the period and of the daily pattern: Europe/Rome. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Rome");
    /** The default number of agents: 50. */
    public static final int DEFAULT_AGENTS = 50;
    /** The default number of tickets of {@link #builder()}: 10,000. */
    public static final int DEFAULT_TICKETS = 10_000;
    /** The most days a period may span: 36,525 (about a century). */
    public static final int MAX_DAYS = 36_525;
    /** The most agents: 10,000. */
    public static final int MAX_AGENTS = 10_000;
    /** The channels, in decreasing share: email, chat, phone, social. */
    public static final List<String> CHANNELS = List.of(Generator.CHANNELS);
    /** The ticket types: billing, shipping, returns, account, technical, product, order, other. */
    public static final List<String> TYPES = List.of(Generator.TYPES);

    private final long seed;
    private final int tickets;
    private final LocalDate start;
    private final int days;
    private final ZoneId zone;
    private final int agents;
    private final int customers;

    private SampleData(Builder builder) {
        this.seed = builder.seed;
        this.tickets = builder.tickets;
        this.start = builder.start;
        this.days = builder.days;
        this.zone = builder.zone;
        this.agents = builder.agents;
        this.customers = builder.customers > 0 ? builder.customers : Math.max(1, tickets / 3);
    }

    /**
     * Starts a builder with the defaults: seed 0, {@value #DEFAULT_TICKETS} tickets over
     * {@value #DEFAULT_DAYS} days from {@link #DEFAULT_START} in {@link #DEFAULT_ZONE},
     * {@value #DEFAULT_AGENTS} agents, a third as many customers as tickets.
     *
     * @return a new builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Generates a data set with the default settings, the given seed and number of tickets.
     *
     * @param seed the seed; the same seed gives the same data
     * @param tickets the number of tickets, {@code >= 0}
     * @return the data set, held in memory
     * @throws IllegalArgumentException when {@code tickets} is negative
     */
    public static SampleDataset generate(long seed, int tickets) {
        return builder().seed(seed).tickets(tickets).build().generate();
    }

    /**
     * Generates a data set with the default settings and hands each record to a sink as it is
     * made, holding none of them; see {@link #stream(Consumer, Consumer, Consumer)}.
     *
     * @param seed the seed; the same seed gives the same data
     * @param tickets the number of tickets, {@code >= 0}
     * @param ticketSink receives the tickets
     * @param responseSink receives the responses
     * @param answerSink receives the survey answers
     * @throws IllegalArgumentException when {@code tickets} is negative
     * @throws NullPointerException when a sink is null
     */
    public static void stream(long seed, int tickets, Consumer<? super Ticket> ticketSink,
                              Consumer<? super Response> responseSink, Consumer<? super SurveyAnswer> answerSink) {
        builder().seed(seed).tickets(tickets).build().stream(ticketSink, responseSink, answerSink);
    }

    /**
     * Generates the data set in memory: the records {@link #stream(Consumer, Consumer, Consumer)}
     * produces, in the same order.
     *
     * @return the data set
     */
    public SampleDataset generate() {
        List<Ticket> ticketList = new ArrayList<>(tickets);
        List<Response> responseList = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, 2L * tickets));
        List<SurveyAnswer> answerList = new ArrayList<>(tickets / 2);
        stream(ticketList::add, responseList::add, answerList::add);
        return new SampleDataset(ticketList, responseList, answerList);
    }

    /**
     * Generates the data set and hands each record to a sink as soon as it is made, holding
     * none of them: memory does not grow with the number of tickets.
     *
     * <p>For each ticket, in order of {@code createdAt}: the ticket goes to {@code ticketSink},
     * then its responses in order of {@code sentAt} to {@code responseSink}, then its survey
     * answers to {@code answerSink}. Responses and answers are therefore not globally ordered by
     * time. The sinks run on the calling thread; an exception from a sink stops the generation
     * and propagates.
     *
     * @param ticketSink receives the tickets
     * @param responseSink receives the responses
     * @param answerSink receives the survey answers
     * @throws NullPointerException when a sink is null
     */
    public void stream(Consumer<? super Ticket> ticketSink, Consumer<? super Response> responseSink,
                       Consumer<? super SurveyAnswer> answerSink) {
        Objects.requireNonNull(ticketSink, "ticketSink");
        Objects.requireNonNull(responseSink, "responseSink");
        Objects.requireNonNull(answerSink, "answerSink");
        new Generator(this).run(ticketSink, responseSink, answerSink);
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the number of tickets generated.
     *
     * @return the number of tickets, {@code >= 0}
     */
    public int tickets() {
        return tickets;
    }

    /**
     * Returns the first day of the period.
     *
     * @return the local date the period starts on, in {@link #zone()}
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the length of the period.
     *
     * @return the number of days, 1 .. {@value #MAX_DAYS}
     */
    public int days() {
        return days;
    }

    /**
     * Returns the zone of the period and of the daily arrival pattern.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the number of agents, named {@code agent-01} and so on (more digits beyond 99).
     *
     * @return the number of agents, 1 .. {@value #MAX_AGENTS}
     */
    public int agents() {
        return agents;
    }

    /**
     * Returns the expected number of distinct customers.
     *
     * @return the expected number of customers, {@code >= 1}
     */
    public int customers() {
        return customers;
    }

    /**
     * Returns the first instant of the period: the start of {@link #start()} in {@link #zone()}.
     *
     * @return the earliest possible instant of any record
     */
    public Instant startInstant() {
        return start.atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the end of the period, exclusive: the start of the day after the last one. The
     * data is a snapshot at this instant.
     *
     * @return the instant every record's instants are before
     */
    public Instant endInstant() {
        return start.plusDays(days).atStartOfDay(zone).toInstant();
    }

    /**
     * Describes the settings.
     *
     * @return the settings, for logs
     */
    @Override
    public String toString() {
        return "SampleData[seed=" + seed + ", tickets=" + tickets + ", start=" + start + ", days=" + days
                + ", zone=" + zone + ", agents=" + agents + ", customers=" + customers + "]";
    }

    /**
     * A builder of {@link SampleData}. Each setter checks its value at once and names it in the
     * exception; {@link #build()} checks the values against each other. Not thread-safe.
     */
    public static final class Builder {
        private long seed;
        private int tickets = DEFAULT_TICKETS;
        private LocalDate start = DEFAULT_START;
        private int days = DEFAULT_DAYS;
        private ZoneId zone = DEFAULT_ZONE;
        private int agents = DEFAULT_AGENTS;
        private int customers;

        private Builder() {
        }

        /**
         * Sets the seed; the same settings with the same seed give the same data.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the number of tickets.
         *
         * @param tickets the number of tickets, {@code >= 0}
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder tickets(int tickets) {
            if (tickets < 0) {
                throw new IllegalArgumentException("tickets " + tickets + " is negative");
            }
            this.tickets = tickets;
            return this;
        }

        /**
         * Sets the first day of the period.
         *
         * @param start a date in the years 1 .. 9999
         * @return this builder
         * @throws NullPointerException when null
         * @throws IllegalArgumentException when its year is outside 1 .. 9999
         */
        public Builder start(LocalDate start) {
            Objects.requireNonNull(start, "start");
            if (start.getYear() < 1 || start.getYear() > 9999) {
                throw new IllegalArgumentException("start " + start + " is outside the years 1..9999");
            }
            this.start = start;
            return this;
        }

        /**
         * Sets the length of the period.
         *
         * @param days the number of days, 1 .. {@value SampleData#MAX_DAYS}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder days(int days) {
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days " + days + " is not in 1.." + MAX_DAYS);
            }
            this.days = days;
            return this;
        }

        /**
         * Sets the zone of the period and of the daily arrival pattern.
         *
         * @param zone the zone
         * @return this builder
         * @throws NullPointerException when null
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the number of agents.
         *
         * @param agents the number of agents, 1 .. {@value SampleData#MAX_AGENTS}
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder agents(int agents) {
            if (agents < 1 || agents > MAX_AGENTS) {
                throw new IllegalArgumentException("agents " + agents + " is not in 1.." + MAX_AGENTS);
            }
            this.agents = agents;
            return this;
        }

        /**
         * Sets the expected number of distinct customers; by default a third of the tickets (at
         * least 1). Each ticket comes from a new customer with probability
         * {@code customers / tickets}.
         *
         * @param customers the expected number of customers, {@code >= 1} and at most the
         *     number of tickets (checked by {@link #build()})
         * @return this builder
         * @throws IllegalArgumentException when less than 1
         */
        public Builder customers(int customers) {
            if (customers < 1) {
                throw new IllegalArgumentException("customers " + customers + " is less than 1");
            }
            this.customers = customers;
            return this;
        }

        /**
         * Checks the settings against each other and builds the generator.
         *
         * @return the generator
         * @throws IllegalArgumentException when more customers than tickets were asked for
         */
        public SampleData build() {
            if (customers > Math.max(1, tickets)) {
                throw new IllegalArgumentException("customers " + customers + " exceeds tickets " + tickets);
            }
            return new SampleData(this);
        }
    }
}
