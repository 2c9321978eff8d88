package dev.cxmetrics.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxmetrics.Response;
import dev.cxmetrics.SurveyAnswer;
import dev.cxmetrics.SurveyKind;
import dev.cxmetrics.Ticket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stated distributions hold within tolerance on 100,000 tickets of the default settings.
 * Medians and shares are computed here by brute force, independently of the KPI calculators.
 */
class SampleDataStatisticsTest {
    private static final long SEED = 20_260_105L;
    private static final int TICKETS = 100_000;
    private static final double MINUTE = 60_000.0;
    private static final double HOUR = 60 * MINUTE;

    private static SampleData options;
    private static SampleDataset data;
    private static Map<String, Ticket> byId;

    @BeforeAll
    static void generate() {
        options = SampleData.builder().seed(SEED).tickets(TICKETS).build();
        data = options.generate();
        byId = new HashMap<>();
        for (Ticket t : data.tickets()) {
            byId.put(t.id(), t);
        }
    }

    private static double median(long[] values, int count) {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
    }

    private static double percent(long part, long whole) {
        return 100.0 * part / whole;
    }

    @Test
    void firstResponseMedianIsAboutFortyMinutesAndThreePercentAreUnanswered() {
        long[] frt = new long[TICKETS];
        int answered = 0;
        for (Ticket t : data.tickets()) {
            if (t.firstResponseAt() != null) {
                frt[answered++] = Duration.between(t.createdAt(), t.firstResponseAt()).toMillis();
            }
        }
        assertThat(median(frt, answered) / MINUTE).as("median FRT in minutes, seed %d", SEED)
                .isCloseTo(40, within(6.0));
        assertThat(percent(TICKETS - answered, TICKETS)).as("unanswered %%, seed %d", SEED)
                .isCloseTo(3, within(1.0));
    }

    @Test
    void resolutionMedianIsAboutTwentyHoursAndTenPercentAreUnresolved() {
        long[] resolution = new long[TICKETS];
        int resolved = 0;
        for (Ticket t : data.tickets()) {
            if (t.isResolved()) {
                resolution[resolved++] = Duration.between(t.createdAt(), t.resolvedAt()).toMillis();
            }
        }
        assertThat(median(resolution, resolved) / HOUR).as("median resolution in hours, seed %d", SEED)
                .isCloseTo(20, within(3.0));
        assertThat(percent(TICKETS - resolved, TICKETS)).as("unresolved %%, seed %d", SEED)
                .isCloseTo(10, within(2.0));
    }

    @Test
    void mostResolutionsAreOneTouchAFewAreZeroTouchOrReopened() {
        long eligible = 0;
        long oneTouch = 0;
        long zeroTouch = 0;
        long reopened = 0;
        long resolved = 0;
        for (Ticket t : data.tickets()) {
            if (!t.isResolved()) {
                continue;
            }
            resolved++;
            reopened += t.reopens() > 0 ? 1 : 0;
            if (t.agentReplies() == 0) {
                zeroTouch++;
            } else {
                eligible++;
                oneTouch += t.agentReplies() == 1 && t.reopens() == 0 ? 1 : 0;
            }
        }
        assertThat(percent(oneTouch, eligible)).as("one-touch %%, seed %d", SEED).isBetween(60.0, 70.0);
        assertThat(percent(zeroTouch, resolved)).as("zero-touch %%, seed %d", SEED).isBetween(0.5, 2.0);
        assertThat(percent(reopened, resolved)).as("reopened %%, seed %d", SEED).isCloseTo(5, within(1.0));
    }

    @Test
    void surveysCoverThirtyPercentOfResolvedTicketsForCsatAndTenForNpsAndCes() {
        long resolved = data.tickets().stream().filter(Ticket::isResolved).count();
        Map<SurveyKind, Long> counts = new HashMap<>();
        for (SurveyAnswer a : data.answers()) {
            counts.merge(a.kind(), 1L, Long::sum);
        }
        assertThat(percent(counts.get(SurveyKind.CSAT), resolved)).as("CSAT share").isCloseTo(30, within(2.0));
        assertThat(percent(counts.get(SurveyKind.NPS), resolved)).as("NPS share").isCloseTo(10, within(1.5));
        assertThat(percent(counts.get(SurveyKind.CES), resolved)).as("CES share").isCloseTo(10, within(1.5));
    }

    @Test
    void scoresAreSkewedPositiveAndHigherForFastResolutions() {
        long[] csat = new long[6];
        long fastSatisfied = 0;
        long fast = 0;
        long slowSatisfied = 0;
        long slow = 0;
        long promoters = 0;
        long detractors = 0;
        long nps = 0;
        long cesSum = 0;
        long ces = 0;
        for (SurveyAnswer a : data.answers()) {
            if (a.kind() == SurveyKind.CSAT) {
                csat[a.score()]++;
                Ticket t = byId.get(a.ticketId());
                double hours = Duration.between(t.createdAt(), t.resolvedAt()).toMillis() / HOUR;
                boolean satisfied = a.score() >= 4;
                if (hours < 4) {
                    fast++;
                    fastSatisfied += satisfied ? 1 : 0;
                } else if (hours > 72) {
                    slow++;
                    slowSatisfied += satisfied ? 1 : 0;
                }
            } else if (a.kind() == SurveyKind.NPS) {
                nps++;
                promoters += a.score() >= 9 ? 1 : 0;
                detractors += a.score() <= 6 ? 1 : 0;
            } else {
                ces++;
                cesSum += a.score();
            }
        }
        long csatTotal = csat[1] + csat[2] + csat[3] + csat[4] + csat[5];
        assertThat(percent(csat[4] + csat[5], csatTotal)).as("CSAT %%").isBetween(65.0, 85.0);
        assertThat(csat[5]).as("5 is the most common CSAT score").isGreaterThan(csat[4]).isGreaterThan(csat[1]);
        assertThat(percent(promoters - detractors, nps)).as("NPS").isBetween(0.0, 40.0);
        assertThat((double) cesSum / ces).as("CES mean").isBetween(4.5, 6.0);
        assertThat(percent(fastSatisfied, fast)).as("CSAT %% under 4 h versus over 72 h")
                .isGreaterThan(percent(slowSatisfied, slow) + 15);
    }

    @Test
    void handleTimesFollowTheChannelMediansAndAFewAreUntracked() {
        Map<String, long[]> byChannel = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        long agentReplies = 0;
        long untracked = 0;
        for (Response r : data.responses()) {
            if (r.automated()) {
                continue;
            }
            agentReplies++;
            if (r.handleTime() == null) {
                untracked++;
                continue;
            }
            String channel = byId.get(r.ticketId()).channel();
            long[] values = byChannel.computeIfAbsent(channel, c -> new long[data.responses().size()]);
            int n = counts.merge(channel, 1, Integer::sum);
            values[n - 1] = r.handleTime().toMillis();
        }
        assertThat(median(byChannel.get("email"), counts.get("email")) / MINUTE).isCloseTo(6, within(1.0));
        assertThat(median(byChannel.get("chat"), counts.get("chat")) / MINUTE).isCloseTo(7, within(1.2));
        assertThat(median(byChannel.get("phone"), counts.get("phone")) / MINUTE).isCloseTo(9, within(1.5));
        assertThat(median(byChannel.get("social"), counts.get("social")) / MINUTE).isCloseTo(4, within(0.8));
        assertThat(percent(untracked, agentReplies)).as("untracked %%").isCloseTo(3, within(0.5));
    }

    @Test
    void channelsAndPrioritiesHaveTheirSharesAndEmailIsMostlyAcknowledged() {
        Map<String, Integer> channels = new HashMap<>();
        Map<Object, Integer> priorities = new HashMap<>();
        for (Ticket t : data.tickets()) {
            channels.merge(t.channel(), 1, Integer::sum);
            priorities.merge(t.priority(), 1, Integer::sum);
        }
        assertThat(percent(channels.get("email"), TICKETS)).isCloseTo(40, within(1.0));
        assertThat(percent(channels.get("chat"), TICKETS)).isCloseTo(30, within(1.0));
        assertThat(percent(channels.get("phone"), TICKETS)).isCloseTo(20, within(1.0));
        assertThat(percent(channels.get("social"), TICKETS)).isCloseTo(10, within(1.0));
        assertThat(percent(priorities.get(dev.cxmetrics.Priority.NORMAL), TICKETS)).isCloseTo(55, within(1.0));
        assertThat(percent(priorities.get(dev.cxmetrics.Priority.URGENT), TICKETS)).isCloseTo(5, within(0.5));
        Set<String> acknowledged = new HashSet<>();
        for (Response r : data.responses()) {
            if (r.automated()) {
                acknowledged.add(r.ticketId());
            }
        }
        long email = 0;
        long phone = 0;
        for (String id : acknowledged) {
            String channel = byId.get(id).channel();
            email += channel.equals("email") ? 1 : 0;
            phone += channel.equals("phone") ? 1 : 0;
        }
        assertThat(percent(email, channels.get("email"))).as("acknowledged email %%").isCloseTo(85, within(2.0));
        assertThat(phone).as("phone calls are not acknowledged").isZero();
    }

    @Test
    void arrivalsPeakOnWeekdaysDuringBusinessHours() {
        long weekday = 0;
        long weekend = 0;
        long businessHours = 0;
        for (Ticket t : data.tickets()) {
            ZonedDateTime local = t.createdAt().atZone(options.zone());
            DayOfWeek day = local.getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                weekend++;
            } else {
                weekday++;
            }
            if (local.getHour() >= 9 && local.getHour() < 18) {
                businessHours++;
            }
        }
        // The 90 days from Monday 2026-01-05 hold 65 weekdays and 25 weekend days.
        double perWeekday = weekday / 65.0;
        double perWeekendDay = weekend / 25.0;
        assertThat(perWeekday / perWeekendDay).as("weekday / weekend daily volume").isBetween(2.0, 2.8);
        assertThat(percent(businessHours, TICKETS)).as("created 09:00-18:00 %%").isBetween(55.0, 70.0);
        assertThat(data.tickets().get(0).createdAt().atZone(options.zone()).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aboutAThirdAsManyCustomersAsTicketsAndSomeReturnOften() {
        Map<String, Integer> perCustomer = new HashMap<>();
        for (Ticket t : data.tickets()) {
            perCustomer.merge(t.customerId(), 1, Integer::sum);
        }
        assertThat(perCustomer.size()).isCloseTo(TICKETS / 3, within(1_000));
        long returning = perCustomer.values().stream().filter(n -> n > 1).count();
        assertThat(percent(returning, perCustomer.size())).as("customers with several tickets %%")
                .isBetween(30.0, 80.0);
        assertThat(perCustomer.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyAgentGetsWorkAndSomeMoreThanOthers() {
        Map<String, Integer> perAgent = new HashMap<>();
        long unassigned = 0;
        for (Ticket t : data.tickets()) {
            if (t.agentId() == null) {
                unassigned++;
            } else {
                perAgent.merge(t.agentId(), 1, Integer::sum);
            }
        }
        assertThat(perAgent).hasSize(50);
        int min = perAgent.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = perAgent.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(max).isGreaterThan(min * 3 / 2);
        assertThat(percent(unassigned, TICKETS)).as("unassigned %%").isCloseTo(1, within(0.5));
    }
}
