package dev.cxmetrics.kpi;

import dev.cxmetrics.Ticket;
import dev.cxmetrics.kpi.TicketVolume.Period;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares {@link TicketVolume} with a brute force that scans all tickets for every bucket. */
class TicketVolumeReferenceTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Rome"), ZoneOffset.UTC,
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Apia"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("America/St_Johns"));
    /** Periods holding DST changes, a skipped midnight (Sao Paulo 2018) and a skipped day (Apia 2011). */
    private static final List<Instant> ORIGINS = List.of(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2018-09-01T00:00:00Z"), Instant.parse("2011-10-01T00:00:00Z"));
    private static final String[] TYPES = {"billing", "bug", "refund"};
    private static final String[] CHANNELS = {"email", "chat"};

    /** The bucket start of a local date, computed without {@link TimeBucket#startOf}. */
    private static LocalDate referenceStart(TimeBucket bucket, LocalDate date) {
        return switch (bucket) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
            case MONTH -> LocalDate.of(date.getYear(), date.getMonth(), 1);
        };
    }

    private static LocalDate referenceNext(TimeBucket bucket, LocalDate start) {
        return switch (bucket) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusDays(7);
            case MONTH -> start.plusMonths(1);
        };
    }

    private static Instant midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Tickets in clusters a few days wide, far apart, so that many buckets in between are empty. */
    private static List<Ticket> clusteredTickets(SplittableRandom random, Instant origin, ZoneId zone) {
        int clusters = 1 + random.nextInt(4);
        long[] centres = new long[clusters];
        for (int c = 0; c < clusters; c++) {
            centres[c] = origin.getEpochSecond() + random.nextLong(200L * 86_400);
        }
        int n = RandomData.size(random, 80);
        List<Ticket> tickets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant created;
            if (random.nextInt(8) == 0) {
                // exactly at a local midnight: the first instant of a day bucket
                LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(centres[random.nextInt(clusters)]), zone);
                created = midnight(day.plusDays(random.nextInt(3)), zone);
            } else {
                created = Instant.ofEpochSecond(centres[random.nextInt(clusters)] + random.nextInt(3 * 86_400),
                        random.nextInt(1_000_000_000));
            }
            Instant resolved = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> created;
                case 2 -> midnight(LocalDate.ofInstant(created, zone).plusDays(1 + random.nextInt(40)), zone);
                default -> created.plusSeconds(random.nextInt(60 * 86_400));
            };
            tickets.add(Ticket.builder("T-" + i, created).resolvedAt(resolved)
                    .type(RandomData.pick(random, TYPES)).channel(RandomData.pick(random, CHANNELS)).build());
        }
        return tickets;
    }

    private static SortedMap<String, Long> countBy(List<Ticket> tickets, Function<Ticket, String> dimension) {
        return tickets.stream().collect(Collectors.groupingBy(t -> Objects.requireNonNullElse(dimension.apply(t), ""),
                TreeMap::new, Collectors.counting()));
    }

    private static SortedMap<LocalDate, Period> reference(List<Ticket> tickets, TimeBucket bucket, ZoneId zone) {
        SortedMap<LocalDate, Period> periods = new TreeMap<>();
        List<LocalDate> eventStarts = tickets.stream()
                .flatMap(t -> Stream.of(t.createdAt(), t.resolvedAt()))
                .filter(Objects::nonNull)
                .map(i -> referenceStart(bucket, i.atZone(zone).toLocalDate()))
                .sorted().collect(Collectors.toList());
        if (eventStarts.isEmpty()) {
            return periods;
        }
        LocalDate last = eventStarts.get(eventStarts.size() - 1);
        for (LocalDate start = eventStarts.get(0); !start.isAfter(last); start = referenceNext(bucket, start)) {
            Instant from = midnight(start, zone);
            Instant to = midnight(referenceNext(bucket, start), zone);
            Predicate<Instant> inside = i -> i != null && !i.isBefore(from) && i.isBefore(to);
            List<Ticket> created = tickets.stream().filter(t -> inside.test(t.createdAt())).collect(Collectors.toList());
            long resolved = tickets.stream().filter(t -> inside.test(t.resolvedAt())).count();
            long backlog = tickets.stream()
                    .filter(t -> t.createdAt().isBefore(to) && (t.resolvedAt() == null || !t.resolvedAt().isBefore(to)))
                    .count();
            periods.put(start, new Period(start, created.size(), resolved, backlog, countBy(created, Ticket::type),
                    countBy(created, Ticket::channel)));
        }
        return periods;
    }

    @Test
    void matchesABruteForceOnRandomTicketsInManyZonesAndBucketSizes() {
        for (long seed = 1; seed <= RandomData.CASES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            TimeBucket bucket = TimeBucket.values()[random.nextInt(TimeBucket.values().length)];
            List<Ticket> tickets = clusteredTickets(random, ORIGINS.get(random.nextInt(ORIGINS.size())), zone);

            TicketVolume actual = TicketVolume.of(tickets, bucket, zone);

            SortedMap<LocalDate, Period> expected = reference(tickets, bucket, zone);
            SortedMap<LocalDate, Period> active = new TreeMap<>(expected);
            active.values().removeIf(p -> p.created() == 0 && p.resolved() == 0);
            assertThat(actual.periods()).as("seed %d %s %s", seed, bucket, zone).isEqualTo(active);
            if (!expected.isEmpty()) {
                assertThat(actual.periodsBetween(expected.firstKey(), expected.lastKey()))
                        .as("seed %d %s %s", seed, bucket, zone).isEqualTo(expected);
            }
            assertThat(actual.created()).as("seed %d", seed).isEqualTo(tickets.size());
            assertThat(actual.resolved()).as("seed %d", seed)
                    .isEqualTo(tickets.stream().filter(Ticket::isResolved).count());
        }
    }
}
