package dev.cxmetrics.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFC 4180 cases one by one. Every case runs with tiny buffers too, so that each token also
 * straddles a buffer boundary.
 */
class CsvReaderTest {
    /** A record as read: its first line and its fields. */
    record Rec(long line, List<String> fields) {
        static Rec of(long line, String... fields) {
            return new Rec(line, List.of(fields));
        }
    }

    /** Reads the whole text: the header first, then every record. */
    static List<Rec> readAll(String text, int buffer) throws IOException {
        return readAll(text, buffer, CsvReader.DEFAULT_MAX_RECORD_CHARS);
    }

    static List<Rec> readAll(String text, int buffer, int maxRecordChars) throws IOException {
        CsvReader reader = CsvReader.open(new StringReader(text), "t.csv", maxRecordChars, buffer);
        List<Rec> out = new ArrayList<>();
        out.add(new Rec(reader.recordLine(), reader.header()));
        while (reader.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < Math.min(reader.fieldCount(), reader.header().size()); i++) {
                fields.add(reader.field(i));
            }
            out.add(new Rec(reader.recordLine(), fields));
        }
        return out;
    }

    static CsvException errorOf(String text, int buffer) {
        try {
            readAll(text, buffer);
        } catch (CsvException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + text);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 65536})
    void readsSimpleRecordsEndedByLf(int buffer) throws IOException {
        assertThat(readAll("a,b\n1,2\n3,4\n", buffer)).containsExactly(
                Rec.of(1, "a", "b"), Rec.of(2, "1", "2"), Rec.of(3, "3", "4"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 65536})
    void crlfLfAndLoneCrEachEndOneRecordAndOneLine(int buffer) throws IOException {
        assertThat(readAll("a,b\r\n1,2\r3,4\n5,6\r\n", buffer)).containsExactly(
                Rec.of(1, "a", "b"), Rec.of(2, "1", "2"), Rec.of(3, "3", "4"), Rec.of(4, "5", "6"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 65536})
    void quotedFieldHoldsCommasQuotesAndLineBreaksVerbatim(int buffer) throws IOException {
        String text = "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"l1\nl2\r\nl3\rl4\",\"\"\"\"\nlast,row\n";
        assertThat(readAll(text, buffer)).containsExactly(
                Rec.of(1, "a", "b"),
                Rec.of(2, "x,y", "say \"hi\""),
                Rec.of(3, "l1\nl2\r\nl3\rl4", "\""),
                Rec.of(7, "last", "row"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 65536})
    void emptyFieldsQuotedOrNotAndEmptyLastFieldAreEmptyStrings(int buffer) throws IOException {
        assertThat(readAll("a,b,c\n,,\n\"\",x,\n1,,\"\"", buffer)).containsExactly(
                Rec.of(1, "a", "b", "c"), Rec.of(2, "", "", ""), Rec.of(3, "", "x", ""), Rec.of(4, "1", "", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 65536})
    void lastRecordMayLackALineBreak(int buffer) throws IOException {
        assertThat(readAll("a,b\n1,2", buffer)).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "1", "2"));
        assertThat(readAll("a,b\n1,\"2\"", buffer)).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "1", "2"));
        assertThat(readAll("a,b\n1,2\r", buffer)).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "1", "2"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 65536})
    void blankLinesAreSkippedButCountedInLineNumbers(int buffer) throws IOException {
        assertThat(readAll("\n\r\na,b\n\n1,2\r\n\r\n\r3,4\n\n\n", buffer)).containsExactly(
                Rec.of(3, "a", "b"), Rec.of(5, "1", "2"), Rec.of(8, "3", "4"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 65536})
    void lineNumbersStayCorrectAfterMultiLineQuotedFields(int buffer) throws IOException {
        String text = "a,b\n\"1\n2\n3\",x\r\n\"\r\n\r\n\",y\nz,\"\n\"\nlast,1\n";
        assertThat(readAll(text, buffer)).extracting(Rec::line).containsExactly(1L, 2L, 5L, 8L, 10L);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 65536})
    void byteOrderMarkAtTheStartIsDroppedElsewhereKept(int buffer) throws IOException {
        assertThat(readAll("\uFEFFa,b\n1,\uFEFF\n", buffer)).containsExactly(
                Rec.of(1, "a", "b"), Rec.of(2, "1", "\uFEFF"));
    }

    @Test
    void spacesAreDataAndNotTrimmed() throws IOException {
        assertThat(readAll("a,b\n 1 ,2 \n", 65536)).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, " 1 ", "2 "));
    }

    @Test
    void headerNamesAreTrimmed() throws IOException {
        assertThat(readAll(" a ,\tb\n1,2\n", 65536).get(0)).isEqualTo(Rec.of(1, "a", "b"));
    }

    @Test
    void headerOnlyFileHasNoRecords() throws IOException {
        assertThat(readAll("a,b\r\n", 65536)).containsExactly(Rec.of(1, "a", "b"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 65536})
    void quoteInsideAnUnquotedFieldIsAnErrorNamingTheColumn(int buffer) {
        assertThat(errorOf("a,b\n1,2\n3,4\"5\n", buffer)).hasMessage(
                "t.csv:3: b: quote inside an unquoted field (quote the whole field and double the quotes inside it)");
        assertThat(errorOf("a,b\n 1\",2\n", buffer).getMessage()).startsWith("t.csv:2: a: quote inside");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 65536})
    void textAfterAClosingQuoteIsAnErrorWithItsPhysicalLine(int buffer) {
        assertThat(errorOf("a,b\n\"1\",\"x\"y\n", buffer))
                .hasMessage("t.csv:2: b: text after the closing quote of a quoted field");
        assertThat(errorOf("a,b\n\"1\n\n\"x,2\n", buffer))
                .hasMessage("t.csv:2: a: text after the closing quote of a quoted field, on line 4");
        assertThat(errorOf("a,b\n\"1\" ,2\n", buffer).line()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 65536})
    void quotedFieldOpenAtTheEndIsAnErrorAtItsRecord(int buffer) {
        assertThat(errorOf("a,b\n1,2\n3,\"4\n5,6\n", buffer))
                .hasMessage("t.csv:3: b: quoted field is not closed at the end of the input");
        assertThat(errorOf("a,b\nx,\"\"\"\n", buffer))
                .hasMessage("t.csv:2: b: quoted field is not closed at the end of the input");
        assertThat(errorOf("a,b\n\"1\n\",\"\n", buffer))
                .hasMessage("t.csv:2: b: quoted field opened on line 3 is not closed at the end of the input");
    }

    @Test
    void errorsPastTheHeaderWidthNameNoColumn() {
        assertThat(errorOf("a\n1,2,x\"\n", 65536))
                .hasMessage("t.csv:2: quote inside an unquoted field (quote the whole field and double the quotes"
                        + " inside it)");
    }

    @Test
    void emptyInputHasNoHeader() {
        assertThat(errorOf("", 65536)).hasMessage("t.csv:1: no header row: the file is empty");
        assertThat(errorOf("\uFEFF", 65536)).hasMessage("t.csv:1: no header row: the file is empty");
        assertThat(errorOf("\n\r\n\n", 65536)).hasMessage("t.csv:4: no header row: the file is empty");
    }

    @Test
    void emptyHeaderNameIsAnErrorExceptAfterATrailingComma() {
        assertThat(errorOf("\na,,c\n", 65536)).hasMessage("t.csv:2: header column 2 has an empty name");
        assertThat(errorOf(",a\n", 65536)).hasMessage("t.csv:1: header column 1 has an empty name");
        assertThat(errorOf("\"\"\n", 65536)).hasMessage("t.csv:1: header column 1 has an empty name");
        assertThat(errorOf("a,,\n", 65536)).hasMessage("t.csv:1: header column 2 has an empty name");
    }

    @Test
    void aTrailingCommaAfterTheHeaderLetsRecordsCarryOrOmitTheLastField() throws IOException {
        CsvReader reader = CsvReader.open(new StringReader("a,b, \n1,2,\n3,4\n5\n"), "t.csv");
        assertThat(reader.header()).containsExactly("a", "b", "");
        assertThat(reader.next()).isTrue();
        reader.checkWidth();
        assertThat(reader.next()).isTrue();
        reader.checkWidth();
        assertThat(reader.field(1)).isEqualTo("4");
        assertThat(reader.next()).isTrue();
        assertThatThrownBy(reader::checkWidth).hasMessage("t.csv:4: the record has 1 field but the header has 3");
    }

    @Test
    void duplicateHeaderNameIsAnErrorIgnoringCaseAndSpaces() {
        assertThat(errorOf("id,b,ID \n", 65536)).hasMessage("t.csv:1: header column 3 'ID' repeats column 1 'id'");
    }

    @Test
    void headerWiderThanTheCapIsAnError() {
        String header = "c0" + ",c".repeat(CsvReader.MAX_COLUMNS);
        assertThat(errorOf(header + "\n", 65536)).hasMessage("t.csv:1: the header has 1025 columns, more than 1024");
    }

    @Test
    void recordWithTheWrongNumberOfFieldsFailsTheWidthCheck() throws IOException {
        CsvReader reader = CsvReader.open(new StringReader("a,b\n1\n1,2,3,4\n1,2\n"), "t.csv");
        assertThat(reader.next()).isTrue();
        assertThatThrownBy(reader::checkWidth).isInstanceOf(CsvException.class)
                .hasMessage("t.csv:2: the record has 1 field but the header has 2");
        assertThat(reader.next()).isTrue();
        assertThat(reader.fieldCount()).isEqualTo(4);
        assertThatThrownBy(reader::checkWidth).hasMessage("t.csv:3: the record has 4 fields but the header has 2");
        assertThat(reader.next()).isTrue();
        reader.checkWidth();
        assertThat(reader.next()).isFalse();
        assertThat(reader.records()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 65536})
    void recordLongerThanTheCapIsAnErrorQuotedOrNot(int buffer) throws IOException {
        // 10 characters: each field counts its length plus one separator.
        assertThat(readAll("abcd,efgh\n", buffer, 10)).hasSize(1);
        assertThatThrownBy(() -> readAll("abcd,efghi\n", buffer, 10))
                .hasMessage("t.csv:1: the record is longer than 10 characters");
        assertThatThrownBy(() -> readAll("a\n\"" + "x".repeat(100) + "\"\n", buffer, 10))
                .hasMessage("t.csv:2: the record is longer than 10 characters");
        assertThatThrownBy(() -> readAll("a\n" + "y".repeat(100) + "\n", buffer, 10))
                .hasMessage("t.csv:2: the record is longer than 10 characters");
    }

    @Test
    void aFieldMuchLongerThanTheBufferIsReadWhole() throws IOException {
        String big = "é,\"\n".repeat(40_000);
        String text = "a,b\n\"" + big.replace("\"", "\"\"") + "\"," + "z".repeat(100_000) + "\n";
        List<Rec> records = readAll(text, 65536);
        assertThat(records.get(1).fields()).containsExactly(big, "z".repeat(100_000));
    }
}
