package dev.cxmetrics.benchmarks;

import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.Ticket;
import dev.cxmetrics.report.Dimension;
import dev.cxmetrics.report.KpiReport;
import dev.cxmetrics.report.ReportAccumulator;
import dev.cxmetrics.report.ReportSpec;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.time.TimeBucket;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Counts the objects the core workload allocates, by class: while its records are added (the hot
 * path), and while the report is made from them. {@code -prof gc} counts bytes; this counts
 * objects. It needs a JVM that allocates every object through the runtime, where JFR records an
 * {@code ObjectAllocationOutsideTLAB} event for each: G1 without thread-local allocation buffers.
 * A calibration of a known number of allocations is printed first, to show that every one is seen.
 *
 * <pre>
 * java -XX:+UseG1GC -XX:-UseTLAB -Xmx6g -cp benchmarks/target/benchmarks.jar dev.cxmetrics.benchmarks.AllocationCount
 * </pre>
 */
public final class AllocationCount {
    private static final String EVENT = "jdk.ObjectAllocationOutsideTLAB";
    private static final int CALIBRATION = 10_000;

    private AllocationCount() {
    }

    /**
     * Prints the calibration, then the objects of each phase by class.
     *
     * @param args optionally the number of sample tickets, 1,000,000 by default
     * @throws Exception when the recording cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        SampleDataset data = SampleData.generate(2026, size);
        List<Ticket> tickets = data.tickets();
        List<SurveyAnswer> answers = data.answers();
        ColumnarInput columns = new ColumnarInput(tickets, data.responses(), answers);
        ReportSpec spec = ReportSpec.builder().zone(ZoneOffset.UTC).bucket(TimeBucket.DAY).by(Dimension.AGENT).build();
        for (int round = 0; round < 3; round++) {
            addRecords(spec, tickets, answers).snapshot();
            spec.accumulator().add(columns.tickets).add(columns.answers).snapshot();
        }

        long[][] kept = new long[CALIBRATION][];
        Map<String, Long> calibration = count(() -> {
            for (int i = 0; i < CALIBRATION; i++) {
                kept[i] = new long[1 + (i & 7)];
            }
            return kept;
        });
        System.out.printf("calibration: %,d arrays allocated, %,d long[] events%n", CALIBRATION,
                calibration.getOrDefault("long[]", 0L));

        ReportAccumulator[] accumulator = new ReportAccumulator[1];
        report("adding records (Ticket, SurveyAnswer)", size, count(() -> {
            accumulator[0] = addRecords(spec, tickets, answers);
            return accumulator[0];
        }));
        KpiReport[] made = new KpiReport[1];
        report("making the report", size, count(() -> made[0] = accumulator[0].snapshot()));
        report("reading median and p90 of every group", size, count(() -> LibraryWorkload.figures(made[0])));
        report("adding columnar batches", size, count(() -> {
            accumulator[0] = spec.accumulator().add(columns.tickets).add(columns.answers);
            return accumulator[0];
        }));
    }

    private static ReportAccumulator addRecords(ReportSpec spec, List<Ticket> tickets, List<SurveyAnswer> answers) {
        ReportAccumulator accumulator = spec.accumulator();
        for (int i = 0, n = tickets.size(); i < n; i++) {
            accumulator.add(tickets.get(i));
        }
        for (int i = 0, n = answers.size(); i < n; i++) {
            accumulator.add(answers.get(i));
        }
        return accumulator;
    }

    /** Runs {@code work} on this thread under a recording; returns its allocations by class. */
    private static Map<String, Long> count(Callable<?> work) throws Exception {
        Path file = Files.createTempFile("allocations", ".jfr");
        Object kept;
        try (Recording recording = new Recording()) {
            recording.enable(EVENT).withoutStackTrace();
            recording.start();
            kept = work.call();
            recording.stop();
            recording.dump(file);
        }
        Map<String, Long> byClass = new HashMap<>();
        long thread = Thread.currentThread().getId();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().equals(EVENT) && event.getThread() != null
                    && event.getThread().getJavaThreadId() == thread) {
                byClass.merge(javaName(event.getClass("objectClass").getName()), 1L, Long::sum);
            }
        }
        Files.delete(file);
        // Kept alive until counted, so no allocation is optimised away as unused.
        if (kept == null) {
            throw new IllegalStateException("nothing made");
        }
        return byClass;
    }

    /** {@code [J} as {@code long[]}, {@code [Ljava.lang.String;} as {@code java.lang.String[]}. */
    static String javaName(String name) {
        int dimensions = 0;
        while (name.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions == 0) {
            return name;
        }
        String element = name.substring(dimensions);
        String base = switch (element) {
            case "J" -> "long";
            case "I" -> "int";
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "Z" -> "boolean";
            case "D" -> "double";
            case "F" -> "float";
            default -> element.substring(1, element.length() - 1);
        };
        return base + "[]".repeat(dimensions);
    }

    private static void report(String phase, int size, Map<String, Long> byClass) {
        long total = byClass.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n%s: %,d objects, %.3f per 1,000 tickets%n", phase, total, total * 1000.0 / size);
        byClass.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("  %,10d  %s%n", e.getValue(), e.getKey()));
    }
}
