package dev.cxmetrics.report;

import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeAxisTest {

    @Test
    void aMissingDayIsAnEmptySlotBetweenItsNeighbours() {
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 5)));
        assertThat(axis.first()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(axis.slots()).isEqualTo(3);
        assertThat(axis.slot(LocalDate.of(2026, 1, 7))).isEqualTo(2);
    }

    @Test
    void daylightSavingDaysAreOneSlotLikeAnyOther() {
        // Europe/Rome: 2026-03-29 has 23 hours, 2026-10-25 has 25; slots are calendar days.
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 10, 26)));
        assertThat(axis.slot(LocalDate.of(2026, 3, 30)) - axis.slot(LocalDate.of(2026, 3, 29))).isEqualTo(1);
        assertThat(axis.slot(LocalDate.of(2026, 10, 26)) - axis.slot(LocalDate.of(2026, 10, 25))).isEqualTo(1);
        assertThat(axis.slots()).isEqualTo(213);
    }

    @Test
    void leapDayIsASlot() {
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)));
        assertThat(axis.slots()).isEqualTo(3);
        assertThat(axis.date(1)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void noDataHasNoSlotsAndNoTicks() {
        TimeAxis axis = TimeAxis.of(TimeBucket.WEEK, List.of());
        assertThat(axis.slots()).isZero();
        assertThat(axis.ticks(10)).isEmpty();
    }

    @Test
    void oneBucketHasOneTickWithItsYear() {
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(LocalDate.of(2026, 1, 31)));
        assertThat(axis.ticks(10)).containsExactly(new TimeAxis.Tick(0, "31 Jan", "2026"));
    }

    @Test
    void ninetyDaysAreLabelledOnMondaysEveryTwoWeeks() {
        LocalDate first = LocalDate.of(2026, 1, 5);
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(first, first.plusDays(89)));
        List<TimeAxis.Tick> ticks = axis.ticks(9);
        assertThat(ticks).hasSizeLessThanOrEqualTo(9);
        assertThat(ticks.get(0)).isEqualTo(new TimeAxis.Tick(0, "5 Jan", "2026"));
        assertThat(ticks.get(1)).isEqualTo(new TimeAxis.Tick(14, "19 Jan", ""));
        for (TimeAxis.Tick tick : ticks) {
            assertThat(axis.date(tick.slot()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        }
        assertThat(axis.ticks(100)).hasSize(90);
    }

    @Test
    void theYearIsShownWhereItChanges() {
        TimeAxis axis = TimeAxis.of(TimeBucket.DAY, List.of(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 2)));
        List<String> years = new ArrayList<>();
        for (TimeAxis.Tick tick : axis.ticks(10)) {
            years.add(tick.year());
        }
        assertThat(years).containsExactly("2025", "", "2026", "");
    }

    @Test
    void longSpansAreLabelledOnMonthsAndYears() {
        TimeAxis days = TimeAxis.of(TimeBucket.DAY, List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 31)));
        List<TimeAxis.Tick> ticks = days.ticks(10);
        // Twelve months in at most ten ticks: every other month, on even month numbers counted from year 0.
        assertThat(ticks.get(0)).isEqualTo(new TimeAxis.Tick(days.slot(LocalDate.of(2026, 3, 1)), "Mar", "2026"));
        assertThat(ticks.get(1)).isEqualTo(new TimeAxis.Tick(days.slot(LocalDate.of(2026, 5, 1)), "May", ""));
        assertThat(ticks).hasSizeLessThanOrEqualTo(10);
        TimeAxis months = TimeAxis.of(TimeBucket.MONTH, List.of(LocalDate.of(2001, 1, 1), LocalDate.of(2026, 6, 1)));
        List<TimeAxis.Tick> yearly = months.ticks(10);
        assertThat(yearly).hasSizeLessThanOrEqualTo(10);
        assertThat(yearly.get(0)).isEqualTo(new TimeAxis.Tick(months.slot(LocalDate.of(2005, 1, 1)), "2005", ""));
    }

    @Test
    void weeksAreSlotsOfSevenDaysAndMonthTicksFallOnTheWeekHoldingThe1st() {
        TimeAxis weeks = TimeAxis.of(TimeBucket.WEEK, List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 28)));
        assertThat(weeks.slots()).isEqualTo(52);
        List<TimeAxis.Tick> ticks = weeks.ticks(12);
        assertThat(ticks).hasSizeLessThanOrEqualTo(12);
        // 2026-04-01 is a Wednesday: its week starts on Monday 2026-03-30.
        assertThat(ticks).contains(new TimeAxis.Tick(weeks.slot(LocalDate.of(2026, 3, 30)), "Apr", ""));
    }
}
