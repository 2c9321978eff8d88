package dev.cxmetrics.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Locale;

/**
 * The columns of one input, as the command line's CSV files name them, with their Spark types;
 * checks a schema against them and projects a DataFrame onto a fixed column order.
 */
enum Input {
    TICKETS("tickets",
            column("id", DataTypes.StringType, true),
            column("customer_id", DataTypes.StringType, false),
            column("agent_id", DataTypes.StringType, false),
            column("channel", DataTypes.StringType, false),
            column("type", DataTypes.StringType, false),
            column("priority", DataTypes.StringType, false),
            column("created_at", DataTypes.TimestampType, true),
            column("first_response_at", DataTypes.TimestampType, false),
            column("resolved_at", DataTypes.TimestampType, false),
            column("agent_replies", DataTypes.IntegerType, false),
            column("reopens", DataTypes.IntegerType, false),
            column("team", DataTypes.StringType, false)),
    RESPONSES("responses",
            column("ticket_id", DataTypes.StringType, true),
            column("agent_id", DataTypes.StringType, false),
            column("sent_at", DataTypes.TimestampType, true),
            column("handle_seconds", DataTypes.DoubleType, false),
            column("automated", DataTypes.BooleanType, false)),
    SURVEYS("surveys",
            column("ticket_id", DataTypes.StringType, false),
            column("customer_id", DataTypes.StringType, false),
            column("agent_id", DataTypes.StringType, false),
            column("kind", DataTypes.StringType, true),
            column("score", DataTypes.IntegerType, true),
            column("answered_at", DataTypes.TimestampType, true));

    /** One expected column. */
    record Spec(String name, DataType type, boolean required) {
    }

    private final String label;
    private final Spec[] columns;

    Input(String label, Spec... columns) {
        this.label = label;
        this.columns = columns;
    }

    private static Spec column(String name, DataType type, boolean required) {
        return new Spec(name, type, required);
    }

    String label() {
        return label;
    }

    /**
     * For each of this input's columns, in declaration order, its position in {@code schema}, or -1
     * when the (optional) column is absent. Names match ignoring case, as Spark resolves them.
     *
     * @throws InvalidColumnException when a required column is missing, a column has another type,
     *     or two columns differ only in case
     */
    int[] positions(StructType schema) {
        int[] positions = new int[columns.length];
        StructField[] fields = schema.fields();
        for (int c = 0; c < columns.length; c++) {
            Spec spec = columns[c];
            positions[c] = -1;
            for (int f = 0; f < fields.length; f++) {
                if (!fields[f].name().trim().toLowerCase(Locale.ROOT).equals(spec.name())) {
                    continue;
                }
                if (positions[c] >= 0) {
                    throw new InvalidColumnException(label, spec.name(), "given twice, as " + fields[positions[c]].name()
                            + " and " + fields[f].name());
                }
                positions[c] = f;
            }
            if (positions[c] < 0) {
                if (spec.required()) {
                    throw new InvalidColumnException(label, spec.name(), "is required but the DataFrame has only "
                            + String.join(", ", schema.fieldNames()));
                }
                continue;
            }
            DataType actual = fields[positions[c]].dataType();
            if (!actual.equals(spec.type())) {
                throw new InvalidColumnException(label, spec.name(), "has type " + actual.simpleString()
                        + " but must be " + spec.type().simpleString()
                        + (actual.equals(DataTypes.TimestampNTZType) ? " (an instant; timestamp_ntz has no zone)" : ""));
            }
        }
        return positions;
    }

    /**
     * Selects {@code layout} from {@code frame} after checking its schema: this input's own columns
     * where present, typed nulls for the others (absent optional columns, and columns of other inputs).
     */
    Column[] project(Dataset<Row> frame, Spec... layout) {
        int[] positions = positions(frame.schema());
        String[] names = frame.schema().fieldNames();
        Column[] projected = new Column[layout.length];
        for (int i = 0; i < layout.length; i++) {
            Spec wanted = layout[i];
            int own = indexOf(wanted.name());
            Column value = own >= 0 && positions[own] >= 0 ? frame.col("`" + names[positions[own]] + "`")
                    : functions.lit(null).cast(wanted.type());
            projected[i] = value.as(wanted.name());
        }
        return projected;
    }

    Spec[] columns() {
        return columns.clone();
    }

    Spec column(String name) {
        return columns[indexOf(name)];
    }

    private int indexOf(String name) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].name().equals(name)) {
                return c;
            }
        }
        return -1;
    }
}
