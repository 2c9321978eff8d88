package dev.cxmetrics.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Column matching and value conversions, without a Spark session. */
class RowsAndColumnsTest {

    @Test
    void handleSecondsRoundHalfEvenToTheNanosecondFromTheShortestDecimal() {
        assertThat(Rows.seconds(0.1)).isEqualTo(Duration.ofMillis(100));
        assertThat(Rows.seconds(0)).isEqualTo(Duration.ZERO);
        assertThat(Rows.seconds(360.5)).isEqualTo(Duration.ofSeconds(360, 500_000_000));
        assertThat(Rows.seconds(1e-9)).isEqualTo(Duration.ofNanos(1));
        assertThat(Rows.seconds(0.5e-9)).isEqualTo(Duration.ZERO); // half to even
        assertThat(Rows.seconds(1.5e-9)).isEqualTo(Duration.ofNanos(2));
        assertThat(Rows.seconds(9.2e9)).isEqualTo(Duration.ofSeconds(9_200_000_000L));
        assertThat(Rows.seconds(-2.25)).isEqualTo(Duration.ofMillis(-2250)); // the model rejects it, naming it
    }

    @Test
    void nonFiniteOrHugeHandleSecondsAreRejectedNamingTheColumn() {
        assertThatThrownBy(() -> Rows.seconds(Double.NaN)).hasMessage("column handle_seconds NaN is not a finite number");
        assertThatThrownBy(() -> Rows.seconds(Double.POSITIVE_INFINITY)).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Rows.seconds(1e10)).hasMessageContaining("handle_seconds 1.0E10 is out of range");
    }

    @Test
    void columnsMatchIgnoringCaseAndOptionalOnesMayBeAbsent() {
        StructType schema = new StructType().add("Brand", DataTypes.StringType).add(" CREATED_AT ", DataTypes.TimestampType)
                .add("Id", DataTypes.StringType).add("reopens", DataTypes.IntegerType);
        int[] positions = Input.TICKETS.positions(schema);
        assertThat(positions).containsExactly(2, -1, -1, -1, -1, -1, 1, -1, -1, -1, 3, -1);
    }

    @Test
    void ambiguousAndMistypedColumnsAreRejectedNamingThem() {
        StructType twice = new StructType().add("id", DataTypes.StringType).add("ID", DataTypes.StringType)
                .add("created_at", DataTypes.TimestampType);
        assertThatThrownBy(() -> Input.TICKETS.positions(twice)).isInstanceOf(InvalidColumnException.class)
                .hasMessage("tickets column id: given twice, as id and ID");
        StructType intReplies = new StructType().add("ticket_id", DataTypes.StringType)
                .add("sent_at", DataTypes.TimestampType).add("handle_seconds", DataTypes.IntegerType);
        assertThatThrownBy(() -> Input.RESPONSES.positions(intReplies))
                .isInstanceOfSatisfying(InvalidColumnException.class, e -> {
                    assertThat(e.input()).isEqualTo("responses");
                    assertThat(e.column()).isEqualTo("handle_seconds");
                    assertThat(e.getMessage()).endsWith("has type int but must be double");
                });
        assertThatThrownBy(() -> Input.SURVEYS.positions(new StructType().add("kind", DataTypes.StringType)))
                .isInstanceOfSatisfying(InvalidColumnException.class, e -> assertThat(e.column()).isEqualTo("score"));
    }
}
