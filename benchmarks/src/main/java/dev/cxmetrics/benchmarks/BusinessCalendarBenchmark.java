package dev.cxmetrics.benchmarks;

import dev.cxmetrics.time.BusinessCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Business time between two instants in Europe/Rome (Mon-Fri 09:00-17:30, Sat 10:00-14:00, the
 * Italian national holidays of 2020-2039) for spans of an hour, a week and five years:
 * {@link BusinessCalendar#between} should cost the same for all three, while the day-by-day loop
 * a user would write grows with the span. {@link BusinessCalendar#plus} computes the deadline for
 * the same amount of business time as a span of that length holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessCalendarBenchmark {
    private static final int STARTS = 1024;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Param({"1h", "1w", "5y"})
    String span;

    BusinessCalendar calendar;
    Set<LocalDate> holidays;
    Instant[] starts;
    Instant[] ends;
    Duration[] amounts;
    int next;

    @Setup
    public void setUp() {
        holidays = new HashSet<>();
        for (int year = 2020; year < 2040; year++) {
            for (String day : new String[] {"01-01", "01-06", "04-25", "05-01", "06-02", "08-15", "11-01", "12-08",
                "12-25", "12-26"}) {
                holidays.add(LocalDate.parse(year + "-" + day));
            }
        }
        calendar = BusinessCalendar.builder(ROME).schedule("Mon-Fri 09:00-17:30; Sat 10:00-14:00")
                .holidays(holidays).build();
        Duration length = span.equals("1h") ? Duration.ofHours(1)
                : span.equals("1w") ? Duration.ofDays(7) : Duration.ofDays(5 * 365 + 1);
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2034-01-01T00:00:00Z").getEpochSecond();
        starts = new Instant[STARTS];
        ends = new Instant[STARTS];
        amounts = new Duration[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            ends[i] = starts[i].plus(length);
            amounts[i] = calendar.between(starts[i], ends[i]).plusNanos(1);
        }
    }

    /** The library: a few binary searches whatever the span. */
    @Benchmark
    public long between() {
        int i = next++ & (STARTS - 1);
        return calendar.betweenNanos(starts[i], ends[i]);
    }

    /** The library's inverse: the deadline after as much business time as the span holds. */
    @Benchmark
    public Instant plus() {
        int i = next++ & (STARTS - 1);
        return calendar.plus(starts[i], amounts[i]);
    }

    /** Baseline: the loop over local days a user would write, clipping each day's intervals. */
    @Benchmark
    public long betweenDayByDay() {
        int i = next++ & (STARTS - 1);
        Instant a = starts[i];
        Instant b = ends[i];
        long total = 0;
        LocalDate last = LocalDate.ofInstant(b, ROME);
        for (LocalDate day = LocalDate.ofInstant(a, ROME); !day.isAfter(last); day = day.plusDays(1)) {
            if (holidays.contains(day) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean saturday = day.getDayOfWeek() == DayOfWeek.SATURDAY;
            Instant open = day.atTime(saturday ? LocalTime.of(10, 0) : LocalTime.of(9, 0)).atZone(ROME).toInstant();
            Instant close = day.atTime(saturday ? LocalTime.of(14, 0) : LocalTime.of(17, 30)).atZone(ROME).toInstant();
            Instant from = open.isAfter(a) ? open : a;
            Instant to = close.isBefore(b) ? close : b;
            if (from.isBefore(to)) {
                total += Duration.between(from, to).toNanos();
            }
        }
        return total;
    }
}
