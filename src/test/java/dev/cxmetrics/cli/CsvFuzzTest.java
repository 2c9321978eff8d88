package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * 100,000 random and mutated inputs. Each must read cleanly (values, or a {@link CsvException}
 * with a {@code file:line:} message and nothing else), agree record by record with
 * {@link ReferenceCsv}, and under {@link ErrorPolicy#SKIP_INVALID} account for every record:
 * accepted + rejected equals the reference's record count.
 */
class CsvFuzzTest {
    private static final long SEED = 0x5EED_C5F0L;
    private static final int CHAR_MUTATIONS = 70_000;
    private static final int BYTE_MUTATIONS = 15_000;
    private static final int RANDOM_TEXTS = 10_000;
    private static final int RANDOM_BYTES = 5_000;
    private static final String NAME = "fuzz.csv";
    private static final Pattern CLEAN = Pattern.compile("\\Q" + NAME + "\\E:[1-9][0-9]*: \\S.*", Pattern.DOTALL);
    private static final String ALPHABET = "\"\",,\n\r\n\r a1-:Z.T\uFEFFé😀";
    private static final int[] BUFFERS = {1, 2, 3, 7, 64, 8192};
    /** Tickets whose export renames two columns and writes local times. */
    private static final CsvOptions RENAMED = new CsvOptions(ZoneId.of("America/New_York"),
            Map.of("id", "Ticket_ID", "created_at", "Created Date"), false);
    /** Events whose export names the time column Timestamp and writes local times. */
    private static final CsvOptions RENAMED_EVENTS = new CsvOptions(ZoneId.of("America/New_York"),
            Map.of("at", "Timestamp"), false);
    /** A format and the options it is read with: our four files, renamed exports with local times, Zendesk. */
    private record Kind(CsvFormat<?> format, CsvOptions options) {
    }

    private static final List<Kind> FORMATS = List.of(new Kind(CsvFormat.TICKETS, CsvOptions.defaults()),
            new Kind(CsvFormat.RESPONSES, CsvOptions.defaults()), new Kind(CsvFormat.SURVEYS, CsvOptions.defaults()),
            new Kind(CsvFormat.TICKETS, RENAMED),
            new Kind(Preset.ZENDESK.tickets(), CsvOptions.defaults().withInputZone(ZoneId.of("Europe/Rome"))),
            new Kind(CsvFormat.EVENTS, CsvOptions.defaults()), new Kind(CsvFormat.EVENTS, RENAMED_EVENTS));

    private long inputs;
    private long rowsAccepted;
    private long rowsRejected;
    private long structuralErrors;

    @Test
    void everyInputReadsCleanlyAndEveryRecordIsAccounted() throws IOException {
        SplittableRandom master = new SplittableRandom(SEED);
        List<List<String>> bases = bases(master);
        for (int i = 0; i < CHAR_MUTATIONS; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            int f = random.nextInt(FORMATS.size());
            String base = bases.get(f).get(random.nextInt(bases.get(f).size()));
            String text = mutate(random, base);
            checkText(FORMATS.get(f), text, BUFFERS[random.nextInt(BUFFERS.length)], "char mutation seed " + seed);
        }
        for (int i = 0; i < BYTE_MUTATIONS; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            int f = random.nextInt(FORMATS.size());
            byte[] bytes = bases.get(f).get(random.nextInt(bases.get(f).size())).getBytes(StandardCharsets.UTF_8);
            for (int k = 1 + random.nextInt(3); k > 0 && bytes.length > 0; k--) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            checkBytes(FORMATS.get(f), bytes, "byte mutation seed " + seed);
        }
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            Kind format = FORMATS.get(random.nextInt(FORMATS.size()));
            StringBuilder text = new StringBuilder(String.join(",", header(format))).append('\n');
            for (int n = random.nextInt(200); n > 0; n--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            checkText(format, text.toString(), BUFFERS[random.nextInt(BUFFERS.length)], "random text seed " + seed);
        }
        for (int i = 0; i < RANDOM_BYTES; i++) {
            long seed = master.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            checkBytes(FORMATS.get(random.nextInt(FORMATS.size())), bytes, "random bytes seed " + seed);
        }
        assertThat(inputs).isEqualTo(100_000);
        // The mutations must reach every outcome, or the test proves little.
        assertThat(rowsAccepted).isGreaterThan(150_000);
        assertThat(rowsRejected).isGreaterThan(50_000);
        assertThat(structuralErrors).isGreaterThan(30_000);
    }

    /** Valid files of each kind: a few rows, LF or CRLF, sometimes a BOM, shuffled or fewer columns. */
    private static List<List<String>> bases(SplittableRandom random) throws IOException {
        List<List<String>> bases = new ArrayList<>();
        for (int f = 0; f < FORMATS.size(); f++) {
            bases.add(new ArrayList<>());
            for (int b = 0; b < 40; b++) {
                int rows = 1 + random.nextInt(8);
                StringWriter out = new StringWriter();
                if (f == 0 || f == 3) {
                    CsvFormat.TICKETS.write(Samples.tickets(random, rows), out);
                } else if (f == 1) {
                    CsvFormat.RESPONSES.write(Samples.responses(random, rows), out);
                } else if (f == 2) {
                    CsvFormat.SURVEYS.write(Samples.answers(random, rows), out);
                } else if (f >= 5) {
                    CsvFormat.EVENTS.write(Samples.events(random, rows), out);
                } else {
                    out.write(ZendeskExport.random(random, rows, ZoneId.of("Europe/Rome"),
                            random.nextBoolean() ? List.of() : List.of("Ticket Category [list]")).csv());
                }
                String text = out.toString();
                if (f == 3) {
                    text = localized(random, text);
                } else if (f == 6) {
                    text = localizedEvents(random, text);
                }
                if (random.nextInt(4) == 0) {
                    // A trailing comma after the last header name, as spreadsheets write it.
                    text = text.replaceFirst("\r?\n", ",$0");
                }
                if (random.nextBoolean()) {
                    text = text.replace("\r\n", "\n");
                }
                if (random.nextInt(5) == 0) {
                    text = "\uFEFF" + text;
                }
                bases.get(f).add(text);
            }
        }
        return bases;
    }

    /** Renames id and created_at as {@link #RENAMED} says and rewrites instants as local times or dates. */
    private static String localized(SplittableRandom random, String text) {
        int end = text.indexOf('\n');
        String header = "Ticket_ID" + text.substring(2, end).replace("created_at", "Created Date");
        return header + "\n" + localTimes(random, text.substring(end + 1));
    }

    /** Renames at as {@link #RENAMED_EVENTS} says and rewrites instants as local times or dates. */
    private static String localizedEvents(SplittableRandom random, String text) {
        int end = text.indexOf('\n');
        String header = text.substring(0, end).replace(",at,", ",Timestamp,");
        return header + "\n" + localTimes(random, text.substring(end + 1));
    }

    private static String localTimes(SplittableRandom random, String body) {
        return switch (random.nextInt(3)) {
            case 0 -> body.replaceAll("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?)Z", "$1 $2");
            case 1 -> body.replaceAll("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d):\\d\\d(\\.\\d+)?Z", "$1T$2");
            default -> body.replaceAll("(\\d{4}-\\d\\d-\\d\\d)T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "$1");
        };
    }

    /** The header a valid file of the kind has: the format's columns under the names the options give. */
    private static List<String> header(Kind kind) {
        if (kind.format() == Preset.ZENDESK.tickets()) {
            return ZendeskExport.HEADER;
        }
        List<String> names = new ArrayList<>();
        for (String column : kind.format().columns()) {
            names.add(kind.options().headers().getOrDefault(column, column));
        }
        return names;
    }

    private static String mutate(SplittableRandom random, String base) {
        StringBuilder s = new StringBuilder(base);
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int n = s.length();
            int at = n == 0 ? 0 : random.nextInt(n);
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(8)) {
                case 0 -> {
                    if (n > 0) {
                        s.setCharAt(at, c);
                    }
                }
                case 1 -> {
                    if (n > 0) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> s.insert(at, c);
                case 3 -> s.delete(at, Math.min(n, at + random.nextInt(20)));
                case 4 -> s.insert(at, s.substring(at, Math.min(n, at + random.nextInt(40))));
                case 5 -> s.setLength(at);
                case 6 -> {
                    if (n > 0 && Character.isDigit(s.charAt(at))) {
                        s.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    } else {
                        s.insert(at, random.nextBoolean() ? "\"" : ",");
                    }
                }
                default -> s.insert(at, random.nextBoolean() ? "\n" : "\r\n");
            }
        }
        return s.toString();
    }

    private void checkBytes(Kind format, byte[] bytes, String what) throws IOException {
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            decoded = null;
        }
        if (decoded != null) {
            checkText(format, decoded, 8192, what);
            // And the same text through the byte path.
            checkFormat(format, new Utf8Reader(new ByteArrayInputStream(bytes), 16), ReferenceCsv.parse(decoded),
                    decoded, what + " (bytes)");
            return;
        }
        inputs++;
        try {
            CsvRecords<?> records = format.format().open(new ByteArrayInputStream(bytes), NAME,
                    ErrorPolicy.SKIP_INVALID, format.options());
            while (records.advance()) {
                records.current();
            }
            fail("malformed UTF-8 was read without error: " + what);
        } catch (CsvException e) {
            assertClean(e, what);
            structuralErrors++;
        }
    }

    private void checkText(Kind format, String text, int buffer, String what) throws IOException {
        inputs++;
        ReferenceCsv.Parsed expected = ReferenceCsv.parse(text);
        try {
            checkRaw(text, expected, buffer, what);
            checkFormat(format, new StringReader(text), expected, text, what);
        } catch (AssertionError e) {
            throw e;
        } catch (CsvException e) {
            throw new AssertionError("unexpected error for " + what + ": " + e.getMessage() + "\ninput: "
                    + Cells.quote(text.length() > 400 ? text.substring(0, 400) : text), e);
        } catch (RuntimeException e) {
            throw new AssertionError("not a clean error for " + what + ", input " + Cells.quote(text), e);
        }
    }

    /** The raw reader returns exactly the reference's records, then fails where it fails. */
    private static void checkRaw(String text, ReferenceCsv.Parsed expected, int buffer, String what)
            throws IOException {
        List<ReferenceCsv.Rec> records = expected.records();
        CsvReader reader;
        try {
            reader = CsvReader.open(new StringReader(text), NAME, CsvReader.DEFAULT_MAX_RECORD_CHARS, buffer);
        } catch (CsvException e) {
            assertClean(e, what);
            assertThat(records.isEmpty() || expected.headerInvalid()).as("header error for %s: %s", what, e).isTrue();
            if (!records.isEmpty()) {
                assertThat(e.line()).as(what).isEqualTo(records.get(0).line());
            } else if (expected.failed()) {
                assertThat(e.line()).as(what).isEqualTo(expected.errorLine());
            }
            return;
        }
        assertThat(expected.headerInvalid()).as("header accepted for %s", what).isFalse();
        List<String> header = reader.header();
        int r = 1;
        try {
            while (reader.next()) {
                assertThat(r).as("extra record for %s", what).isLessThan(records.size());
                ReferenceCsv.Rec want = records.get(r++);
                if (reader.recordLine() != want.line() || reader.fieldCount() != want.fields().size()) {
                    fail("record " + r + " of " + what + ": line " + reader.recordLine() + " fields "
                            + reader.fieldCount() + ", expected " + want);
                }
                for (int i = 0; i < Math.min(header.size(), want.fields().size()); i++) {
                    if (!reader.field(i).equals(want.fields().get(i))) {
                        fail("field " + i + " of record " + r + " of " + what + ": " + Cells.quote(reader.field(i))
                                + ", expected " + Cells.quote(want.fields().get(i)));
                    }
                }
            }
        } catch (CsvException e) {
            assertClean(e, what);
            assertThat(expected.failed()).as("unexpected %s for %s", e.getMessage(), what).isTrue();
            assertThat(r).as("records before the error in %s", what).isEqualTo(records.size());
            assertThat(e.line()).as(what).isEqualTo(expected.errorLine());
            int field = expected.errorField();
            assertThat(e.column().orElse(null)).as(what).isEqualTo(field < header.size() ? header.get(field) : null);
            return;
        }
        assertThat(expected.failed()).as("no error for %s", what).isFalse();
        assertThat(r).as("records of %s", what).isEqualTo(records.size());
    }

    /** Under both policies, every data record is accepted or rejected; none vanishes. */
    private void checkFormat(Kind format, Reader in, ReferenceCsv.Parsed expected, String text, String what)
            throws IOException {
        boolean headerFits = !expected.headerInvalid() && headerFits(format, expected.records().get(0).fields());
        long dataRecords = Math.max(0, expected.records().size() - 1);
        CsvRecords<?> records;
        try {
            records = format.format().open(in, NAME, ErrorPolicy.SKIP_INVALID, format.options());
        } catch (CsvException e) {
            assertClean(e, what);
            assertThat(headerFits).as("header rejected for %s: %s", what, e).isFalse();
            structuralErrors++;
            return;
        }
        assertThat(headerFits).as("header accepted for %s", what).isTrue();
        long accepted = 0;
        CsvException structural = null;
        try {
            while (records.advance()) {
                accepted++;
            }
        } catch (CsvException e) {
            assertClean(e, what);
            structural = e;
            structuralErrors++;
        }
        ReadResult result = records.result();
        assertThat(result.accepted()).as(what).isEqualTo(accepted);
        assertThat(result.records()).as("records accounted for in %s", what).isEqualTo(dataRecords);
        assertThat(structural != null).as("structural error in %s", what).isEqualTo(expected.failed());
        for (String message : result.firstErrors()) {
            assertThat(message).as(what).matches(CLEAN);
        }
        rowsAccepted += result.accepted();
        rowsRejected += result.rejected();

        // Fail-fast agrees: the same rows until the first bad one, whose message comes first.
        long[] delivered = {0};
        try {
            ReadResult strict = read(format, text, v -> delivered[0]++);
            assertThat(structural).as(what).isNull();
            assertThat(result.rejected()).as(what).isZero();
            assertThat(strict.accepted()).as(what).isEqualTo(result.accepted()).isEqualTo(delivered[0]);
        } catch (CsvException e) {
            assertClean(e, what);
            if (result.rejected() > 0) {
                assertThat(e.getMessage()).as(what).isEqualTo(result.firstErrors().get(0));
            } else {
                assertThat(e.getMessage()).as(what).isEqualTo(structural.getMessage());
            }
        }
    }

    private static ReadResult read(Kind kind, String text, java.util.function.Consumer<Object> sink)
            throws IOException {
        CsvRecords<?> records = kind.format().open(new StringReader(text), NAME, ErrorPolicy.FAIL_FAST,
                kind.options());
        while (records.advance()) {
            sink.accept(records.current());
        }
        return records.result();
    }

    /** Unused columns are ignored: a header fits when it has every column the options require. */
    private static boolean headerFits(Kind kind, List<String> names) {
        Set<String> present = new HashSet<>();
        for (String name : names) {
            present.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return present.containsAll(kind.format().rows().requiredHeaders(kind.options()));
    }

    private static void assertClean(CsvException e, String what) {
        if (!CLEAN.matcher(e.getMessage()).matches() || e.line() < 1) {
            fail("unclean message for " + what + ": " + e.getMessage());
        }
    }
}
