package dev.cxmetrics.report;

import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaReport;
import dev.cxmetrics.sla.SlaResult;
import dev.cxmetrics.stats.DurationStats;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks parsed JSON output (of {@link KpiReport#toJson()} or of the command line) value by value
 * against a report computed with the Java API: every key in its documented order, counts as integer literals, durations as exact
 * decimal seconds, ratios as the same double, empty metrics as {@code null}.
 */
public final class JsonReportCheck {
    private JsonReportCheck() {
    }

    /**
     * Checks {@code json} against {@code report}; the {@code "sla"} key must be present exactly when
     * {@code sla} is not null, and then hold its values.
     *
     * @param json the parsed JSON, as {@link TestJson#parse(String)} returns it
     * @param report the expected report
     * @param sla the expected SLA section, or null when there must be none
     * @param context names the case in failure messages
     */
    public static void assertMatches(Object json, KpiReport report, SlaReport sla, String context) {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (Dimension dimension : report.spec().dimensions()) {
            Map<String, Object> byKey = new LinkedHashMap<>();
            report.groups(dimension).forEach((key, set) -> byKey.put(key, expected(set)));
            groups.put(dimension.label(), byKey);
        }
        Map<String, Object> byBucket = new LinkedHashMap<>();
        report.buckets().forEach((date, set) -> byBucket.put(date.toString(), expected(set)));
        groups.put(report.spec().bucket().label(), byBucket);
        for (CrossTab tab : report.spec().crossTabs()) {
            Map<String, Object> rows = new LinkedHashMap<>();
            if (tab.isByBucket()) {
                report.crossTabByBucket(tab.rows()).forEach((row, cells) -> {
                    Map<String, Object> byDate = new LinkedHashMap<>();
                    cells.forEach((date, set) -> byDate.put(date.toString(), expected(set)));
                    rows.put(row, byDate);
                });
            } else {
                report.crossTab(tab.rows(), tab.columns().orElseThrow()).forEach((row, cells) -> {
                    Map<String, Object> byKey = new LinkedHashMap<>();
                    cells.forEach((key, set) -> byKey.put(key, expected(set)));
                    rows.put(row, byKey);
                });
            }
            groups.put(tab.label(report.spec().bucket()), rows);
        }
        Map<String, Object> root = object("overall", expected(report.overall()), "groups", groups);
        if (sla != null) {
            Map<String, Object> section = object("asOf", sla.asOf().toString(), "firstResponse",
                    expected(sla.firstResponse()), "resolution", expected(sla.resolution()));
            // The targets measured from events appear when the report's policy sets them.
            String[] keys = {"nextReply", "agentWork", "requesterWait"};
            SlaMetric[] metrics = {SlaMetric.NEXT_REPLY, SlaMetric.AGENT_WORK, SlaMetric.REQUESTER_WAIT};
            for (int i = 0; i < keys.length; i++) {
                if (report.spec().slaPolicy().orElseThrow().hasTargets(metrics[i])) {
                    section.put(keys[i], expected(sla.result(metrics[i])));
                }
            }
            root.put("sla", section);
        }
        match(json, root, context + ": $");
    }

    private static Map<String, Object> expected(KpiSet set) {
        DurationStats frt = set.firstResponse().stats();
        DurationStats resolution = set.resolution().stats();
        return object(
                "tickets", set.tickets(),
                "csat", object("satisfied", set.csat().satisfied(), "total", set.csat().total(),
                        "percent", set.csat().percent()),
                "nps", object("promoters", set.nps().promoters(), "passives", set.nps().passives(),
                        "detractors", set.nps().detractors(), "total", set.nps().total(), "score", set.nps().score()),
                "ces", object("total", set.ces().total(), "mean", set.ces().mean()),
                "frt", object("count", frt.count(), "unanswered", set.firstResponse().unanswered(),
                        "mean", frt.mean(), "median", frt.median(), "p90", frt.percentile(90)),
                "resolution", object("count", resolution.count(), "open", set.resolution().open(),
                        "mean", resolution.mean(), "median", resolution.median(), "p90", resolution.percentile(90)),
                "fcr", object("oneTouch", set.fcr().oneTouch(), "eligible", set.fcr().eligible(),
                        "percent", set.fcr().percent()),
                "aht", object("count", set.aht().stats().count(), "mean", set.aht().mean()),
                "firstResolution", durations(set.firstResolution()),
                "agentWork", durations(set.agentWork()),
                "agentWait", durations(set.agentWait()),
                "onHold", durations(set.onHold()),
                "requesterWait", durations(set.requesterWait()),
                "nextReply", object("count", set.nextReply().stats().count(), "awaiting", set.nextReply().awaiting(),
                        "mean", set.nextReply().stats().mean(), "median", set.nextReply().stats().median(),
                        "p90", set.nextReply().stats().percentile(90)),
                "frtBrackets", object("0-1h", set.frtBrackets().underOneHour(),
                        "1-8h", set.frtBrackets().oneToEightHours(), "8-24h", set.frtBrackets().eightToTwentyFourHours(),
                        "24h+", set.frtBrackets().overTwentyFourHours()),
                "conflicts", set.conflicts());
    }

    private static Map<String, Object> durations(DurationStats stats) {
        return object("count", stats.count(), "mean", stats.mean(), "median", stats.median(),
                "p90", stats.percentile(90));
    }

    private static Map<String, Object> expected(SlaResult result) {
        Map<String, Object> byAgent = new LinkedHashMap<>(result.breachesByAgent());
        Map<String, Object> byDeadline = new LinkedHashMap<>();
        result.breachesByDeadlineBucket().forEach((date, n) -> byDeadline.put(date.toString(), n));
        Map<String, Object> metByDeadline = new LinkedHashMap<>();
        result.metByDeadlineBucket().forEach((date, n) -> metByDeadline.put(date.toString(), n));
        Map<String, Object> counts = object("met", result.met(), "breached", result.breached(), "pending", result.pending(),
                "noTarget", result.noTarget());
        if (result.metric().fromEvents()) {
            counts.put("unmeasured", result.unmeasured());
        }
        counts.putAll(object("percent", result.percent(), "breachesByAgent", byAgent,
                "breachesByDeadline", byDeadline, "metByDeadline", metByDeadline));
        return counts;
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static void match(Object actual, Object expected, String path) {
        if (expected instanceof Map) {
            assertThat(actual).as(path).isInstanceOf(Map.class);
            Map<String, Object> want = (Map<String, Object>) expected;
            Map<String, Object> got = (Map<String, Object>) actual;
            assertThat(new ArrayList<>(got.keySet())).as(path + " keys").containsExactlyElementsOf(want.keySet());
            for (Map.Entry<String, Object> entry : want.entrySet()) {
                match(got.get(entry.getKey()), entry.getValue(), path + "[" + quote(entry.getKey()) + "]");
            }
        } else if (expected instanceof Long) {
            assertThat(actual).as(path).isInstanceOf(BigDecimal.class);
            BigDecimal number = (BigDecimal) actual;
            assertThat(number.scale()).as(path + " is an integer literal: " + number).isZero();
            assertThat(number.longValueExact()).as(path).isEqualTo((Long) expected);
        } else if (expected instanceof String) {
            assertThat(actual).as(path).isEqualTo(expected);
        } else if (expected instanceof OptionalDouble) {
            OptionalDouble want = (OptionalDouble) expected;
            if (want.isEmpty()) {
                assertThat(actual).as(path + " of an empty metric").isNull();
            } else {
                assertThat(actual).as(path).isInstanceOf(BigDecimal.class);
                assertThat(((BigDecimal) actual).doubleValue()).as(path).isEqualTo(want.getAsDouble());
            }
        } else if (expected instanceof Optional) {
            Optional<Duration> want = (Optional<Duration>) expected;
            if (want.isEmpty()) {
                assertThat(actual).as(path + " of an empty metric").isNull();
            } else {
                assertThat(actual).as(path).isInstanceOf(BigDecimal.class);
                Duration d = want.get();
                BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
                assertThat((BigDecimal) actual).as(path).isEqualByComparingTo(seconds);
            }
        } else {
            throw new AssertionError("unexpected expected value " + expected + " at " + path);
        }
    }

    private static String quote(String key) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : key.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
