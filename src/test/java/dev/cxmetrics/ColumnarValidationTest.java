package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Columnar batches accept exactly the rows the records accept, and reject the others naming the
 * row, the column (the record's field) and the ticket, with the record's own reason.
 */
class ColumnarValidationTest {
    private static final long T0 = ColumnsOf.nanos(Instant.parse("2026-03-29T00:00:00Z"));
    private static final long ABSENT = Long.MIN_VALUE;
    private static final String[] NAMES = {"ann", " ", "", "bob", null};

    @Test
    void randomTicketRowsAreAcceptedOrRejectedLikeTheRecord() {
        int accepted = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            String id = pick(random, new String[] {"T-1", "T-2", "T-3", "T-4", " ", "", null});
            long created = random.nextInt(8) == 0 ? ABSENT : instant(random);
            long first = random.nextBoolean() ? ABSENT : instant(random) + 2;
            long resolved = random.nextBoolean() ? ABSENT : instant(random) + 2;
            int replies = random.nextInt(10) == 0 ? -1 : random.nextInt(3);
            int reopens = random.nextInt(10) == 0 ? -1 : random.nextInt(2);
            int agent = code(random);
            int channel = code(random);
            int team = code(random);
            int brand = code(random);
            int priority = random.nextInt(-1, 4);
            Throwable columns = catchThrowable(() -> TicketColumns.builder(1).ids(new String[] {id})
                    .createdAt(new long[] {created}).firstResponseAt(new long[] {first})
                    .resolvedAt(new long[] {resolved}).agentReplies(new int[] {replies}).reopens(new int[] {reopens})
                    .agent(new int[] {agent}, NAMES).channel(new int[] {channel}, NAMES).team(new int[] {team}, NAMES)
                    .field("brand", new int[] {brand}, NAMES)
                    .priority(new int[] {priority}, Priority.values()).build());
            Map<String, String> fields = new TreeMap<>();
            if (brand >= 0 && NAMES[brand] != null) {
                fields.put("brand", NAMES[brand]);
            }
            Throwable record = catchThrowable(() -> new Ticket(id, null, name(agent), name(channel), null,
                    priority < 0 ? null : Priority.values()[priority], instantOf(created), instantOf(first),
                    instantOf(resolved), replies, reopens, name(team), fields));
            accepted += assertSameVerdict(seed, columns, record, id) ? 1 : 0;
        }
        // Both verdicts occur often enough for the comparison to mean something.
        assertThat(accepted).isBetween(100, 1900);
    }

    @Test
    void randomResponseRowsAreAcceptedOrRejectedLikeTheRecord() {
        int accepted = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            String id = pick(random, new String[] {"T-1", " ", null});
            long sent = random.nextInt(8) == 0 ? ABSENT : instant(random);
            long handle = random.nextInt(4) == 0 ? ABSENT : random.nextLong(-5, 5);
            int agent = random.nextInt(-1, NAMES.length);
            Throwable columns = catchThrowable(() -> ResponseColumns.builder(1).ticketIds(new String[] {id})
                    .sentAt(new long[] {sent}).handleNanos(new long[] {handle}).agent(new int[] {agent}, NAMES)
                    .automated(new boolean[] {random.nextBoolean()}).build());
            Throwable record = catchThrowable(() -> new Response(id, name(agent), instantOf(sent),
                    handle == ABSENT ? null : Duration.ofNanos(handle), false));
            accepted += assertSameVerdict(seed, columns, record, id) ? 1 : 0;
        }
        // Both verdicts occur often enough for the comparison to mean something.
        assertThat(accepted).isBetween(100, 1900);
    }

    @Test
    void randomAnswerRowsAreAcceptedOrRejectedLikeTheRecord() {
        int accepted = 0;
        for (long seed = 1; seed <= 2000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            String id = pick(random, new String[] {"T-1", " ", null});
            int customer = random.nextInt(-1, NAMES.length);
            int agent = random.nextInt(-1, NAMES.length);
            SurveyKind[] kinds = {SurveyKind.CSAT, null, SurveyKind.NPS, SurveyKind.CES};
            int kind = random.nextInt(-1, kinds.length);
            int score = random.nextInt(-1, 12);
            long at = random.nextInt(8) == 0 ? ABSENT : instant(random);
            Throwable columns = catchThrowable(() -> SurveyAnswerColumns.builder(1).ticketIds(new String[] {id})
                    .customer(new int[] {customer}, NAMES).agent(new int[] {agent}, NAMES)
                    .kind(new int[] {kind}, kinds).scores(new int[] {score}).answeredAt(new long[] {at}).build());
            Throwable record = catchThrowable(() -> new SurveyAnswer(id, name(customer), name(agent),
                    kind < 0 ? null : kinds[kind], score, instantOf(at)));
            accepted += assertSameVerdict(seed, columns, record, id) ? 1 : 0;
        }
        // Both verdicts occur often enough for the comparison to mean something.
        assertThat(accepted).isBetween(100, 1900);
    }

    @Test
    void aBadRowIsNamedWithItsColumnAndTicket() {
        long[] created = {T0, T0, T0};
        ColumnValueException e = (ColumnValueException) catchThrowable(() -> TicketColumns.builder(3)
                .ids(new String[] {"A", "B", "C"}).createdAt(created).agentReplies(new int[] {0, 0, -2}).build());
        assertThat(e.row()).hasValue(2);
        assertThat(e.column()).isEqualTo("agentReplies");
        assertThat(e.ticketId()).contains("C");
        assertThat(e).hasMessage("row 2, column agentReplies: agentReplies -2 is negative (ticket C)");
    }

    @Test
    void aCodeOutsideTheDictionaryIsNamed() {
        for (int code : new int[] {-2, 2, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            ColumnValueException e = (ColumnValueException) catchThrowable(() -> TicketColumns.builder(2)
                    .ids(new String[] {"A", "B"}).createdAt(new long[] {T0, T0})
                    .channel(new int[] {0, code}, new String[] {"chat", "email"}).build());
            assertThat(e.row()).hasValue(1);
            assertThat(e.column()).isEqualTo("channel");
            assertThat(e).hasMessageContaining("code " + code);
        }
        ColumnValueException e = (ColumnValueException) catchThrowable(() -> SurveyAnswerColumns.builder(1)
                .kind(new int[] {3}, SurveyKind.values()).scores(new int[] {1}).answeredAt(new long[] {T0}).build());
        assertThat(e.column()).isEqualTo("kind");
    }

    @Test
    void aColumnOfAnotherLengthIsRejectedNamingIt() {
        ColumnValueException e = (ColumnValueException) catchThrowable(() -> TicketColumns.builder(2)
                .ids(new String[] {"A", "B"}).createdAt(new long[] {T0, T0}).resolvedAt(new long[] {T0}).build());
        assertThat(e.row()).isEmpty();
        assertThat(e.column()).isEqualTo("resolvedAt");
        assertThat(e).hasMessageContaining("1 values for a batch of 2 rows");
        e = (ColumnValueException) catchThrowable(() -> ResponseColumns.builder(1).ticketIds(new String[] {"A"})
                .sentAt(new long[] {T0}).agent(new int[] {0, 0}, new String[] {"ann"}).build());
        assertThat(e.column()).isEqualTo("agentId");
        e = (ColumnValueException) catchThrowable(() -> TicketColumns.builder(1).ids(new String[] {"A"}).build());
        assertThat(e.column()).isEqualTo("createdAt");
        assertThatThrownBy(() -> TicketColumns.builder(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rows -1");
    }

    @Test
    void handleSecondsAreNanosecondsWithNanForUntracked() {
        ResponseColumns columns = ResponseColumns.builder(3).ticketIds(new String[] {"A", "B", "C"})
                .sentAt(new long[] {T0, T0, T0}).handleSeconds(new double[] {Double.NaN, 0.5, -0.0}).build();
        assertThat(columns.response(0).handleTime()).isNull();
        assertThat(columns.response(1).handleTime()).isEqualTo(Duration.ofMillis(500));
        assertThat(columns.response(2).handleTime()).isEqualTo(Duration.ZERO);
        for (double bad : new double[] {-1, -1e-9, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300}) {
            ColumnValueException e = (ColumnValueException) catchThrowable(() -> ResponseColumns.builder(2)
                    .ticketIds(new String[] {"A", "B"}).sentAt(new long[] {T0, T0})
                    .handleSeconds(new double[] {1, bad}).build());
            assertThat(e.row()).as("%s", bad).hasValue(1);
            assertThat(e.column()).isEqualTo("handleTime");
            assertThat(e.ticketId()).contains("B");
        }
    }

    @Test
    void theBatchOwnsCopiesOfItsArrays() {
        String[] ids = {"A"};
        long[] created = {T0};
        String[] agents = {"ann"};
        TicketColumns columns = TicketColumns.builder(1).ids(ids).createdAt(created).agent(new int[] {0}, agents)
                .build();
        ids[0] = " ";
        created[0] = ABSENT;
        agents[0] = " ";
        assertThat(columns.ticket(0)).isEqualTo(Ticket.builder("A", instantOf(T0)).agent("ann").build());
    }

    @Test
    void omittedColumnsReadAsTheBuilderDefaults() {
        TicketColumns columns = TicketColumns.builder(2).ids(new String[] {"A", "B"}).createdAt(new long[] {T0, T0})
                .firstResponseAt(new long[] {T0 + 5, ABSENT}).build();
        assertThat(columns.ticket(0)).isEqualTo(Ticket.builder("A", instantOf(T0)).firstResponseAt(instantOf(T0 + 5))
                .build());
        assertThat(columns.ticket(1)).isEqualTo(Ticket.builder("B", instantOf(T0)).build());
        assertThat(columns.agentReplies(0)).isEqualTo(1);
        assertThat(columns.fieldNames()).isEmpty();
        assertThatThrownBy(() -> columns.agentId(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theEpochNanosecondRangeRoundTrips() {
        long[] created = {Long.MIN_VALUE + 1, -1, 0, Long.MAX_VALUE};
        TicketColumns columns = TicketColumns.builder(4).ids(new String[] {"a", "b", "c", "d"}).createdAt(created)
                .build();
        assertThat(columns.ticket(0).createdAt()).isEqualTo(Instant.parse("1677-09-21T00:12:43.145224193Z"));
        assertThat(columns.ticket(1).createdAt()).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999999Z"));
        assertThat(columns.ticket(3).createdAt()).isEqualTo(Instant.parse("2262-04-11T23:47:16.854775807Z"));
        for (int row = 0; row < 4; row++) {
            assertThat(ColumnsOf.nanos(columns.ticket(row).createdAt())).isEqualTo(created[row]);
        }
    }

    @Test
    void randomRecordsRoundTripThroughColumns() {
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Ticket> tickets = dev.cxmetrics.sample.SampleData.generate(seed, 1 + random.nextInt(200)).tickets();
            TicketColumns columns = ColumnsOf.tickets(tickets, random);
            for (int row = 0; row < tickets.size(); row++) {
                assertThat(columns.ticket(row)).as("seed %d row %d", seed, row).isEqualTo(tickets.get(row));
            }
        }
    }

    /** Both accept, or both reject naming the same field first; the column error names the row and ticket. */
    private static boolean assertSameVerdict(long seed, Throwable columns, Throwable record, String id) {
        if (record == null) {
            assertThat(columns).as("seed %d", seed).isNull();
            return true;
        }
        assertThat(columns).as("seed %d: record rejected with %s", seed, record).isInstanceOf(ColumnValueException.class);
        ColumnValueException e = (ColumnValueException) columns;
        assertThat(e.row()).as("seed %d", seed).hasValue(0);
        // The record's message starts with the field it rejects; the column is named after that field.
        String field = e.column().equals("fields") ? "field" : e.column();
        assertThat(record.getMessage()).as("seed %d: %s", seed, e.getMessage()).startsWith(field);
        assertThat(e.getMessage()).as("seed %d", seed).endsWith(record.getMessage());
        if (id != null && !id.isBlank()) {
            assertThat(e.ticketId()).as("seed %d", seed).contains(id);
        }
        return false;
    }

    private static long instant(SplittableRandom random) {
        return T0 + random.nextLong(-3, 4);
    }

    private static Instant instantOf(long nanos) {
        return nanos == ABSENT ? null : Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Mostly a valid code (absent, a name, a null entry), sometimes any code including blank names. */
    private static int code(SplittableRandom random) {
        return random.nextInt(5) == 0 ? random.nextInt(-1, NAMES.length) : new int[] {-1, 0, 3, 4}[random.nextInt(4)];
    }

    private static String name(int code) {
        return code < 0 ? null : NAMES[code];
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
