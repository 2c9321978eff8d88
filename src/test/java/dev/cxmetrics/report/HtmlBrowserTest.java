package dev.cxmetrics.report;

import dev.cxmetrics.Priority;
import dev.cxmetrics.sample.SampleData;
import dev.cxmetrics.sample.SampleDataset;
import dev.cxmetrics.sla.SlaMetric;
import dev.cxmetrics.sla.SlaPolicy;
import dev.cxmetrics.sla.SlaTarget;
import dev.cxmetrics.time.TimeBucket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The HTML report in a real browser, headless Chromium: the DOM has the charts and tables, the
 * page logs no error, fetches nothing, runs no script, fits a phone's width, and its screenshot
 * is not blank. Without Chromium the test is skipped, unless the environment variable {@code CI}
 * is set, where it fails.
 *
 * <p>{@code -Dcxmetrics.screenshot=FILE} also writes the screenshot of the sample report to FILE
 * (the README's picture).
 */
class HtmlBrowserTest {
    private static final int WIDTH = 1280;
    private static Chromium browser;
    @TempDir
    static Path dir;

    @BeforeAll
    static void startChromium() throws Exception {
        Optional<Path> executable = Chromium.find();
        if (executable.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("Chromium is not installed (apt-get install -y chromium); it is required when CI is set");
            }
            Assumptions.abort("Chromium is not installed; skipping the browser test");
        }
        browser = Chromium.start(executable.get());
        browser.send("Page.enable", "{}");
        browser.send("Runtime.enable", "{}");
        browser.send("Log.enable", "{}");
        browser.send("Network.enable", "{}");
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    static KpiReport sampleReport() {
        SampleDataset data = SampleData.generate(2026, 20_000);
        SlaPolicy.Builder policy = SlaPolicy.builder();
        for (Priority priority : Priority.values()) {
            policy.target(SlaMetric.FIRST_RESPONSE, priority, SlaTarget.calendar(priority == Priority.URGENT
                    ? Duration.ofMinutes(30) : Duration.ofHours(4)));
            policy.target(SlaMetric.RESOLUTION, priority, SlaTarget.calendar(Duration.ofDays(3)));
        }
        return ReportSpec.builder().zone(SampleData.DEFAULT_ZONE).bucket(TimeBucket.DAY)
                .by(Dimension.CHANNEL, Dimension.PRIORITY, Dimension.TYPE, Dimension.AGENT)
                .sla(policy.build(), SampleData.DEFAULT_START.plusDays(SampleData.DEFAULT_DAYS).atStartOfDay(SampleData.DEFAULT_ZONE).toInstant()).build()
                .compute(data.tickets(), data.responses(), data.answers());
    }

    /** Loads the page at the given viewport and returns the events it caused. */
    private static List<Map<String, Object>> load(String html, int width, boolean mobile) throws Exception {
        // A new file per load, so the browser never shows a cached page.
        Path file = Files.createTempFile(dir, "report-", ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        browser.send("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":900,"
                + "\"deviceScaleFactor\":1,\"mobile\":" + mobile + "}");
        int before = browser.events().size();
        browser.send("Page.navigate", "{\"url\":" + Chromium.quote(file.toUri().toString()) + "}");
        browser.awaitEvent("Page.loadEventFired", before);
        List<Map<String, Object>> events = browser.events();
        List<Map<String, Object>> caused = new ArrayList<>(events.subList(before, events.size()));
        for (Map<String, Object> event : caused) {
            Object method = event.get("method");
            Map<?, ?> params = (Map<?, ?>) event.get("params");
            if ("Runtime.exceptionThrown".equals(method) || "Page.javascriptDialogOpening".equals(method)) {
                fail("the page ran script: " + event);
            }
            if ("Runtime.consoleAPICalled".equals(method) && List.of("error", "assert", "warning").contains(params.get("type"))) {
                fail("console " + params.get("type") + ": " + event);
            }
            if ("Log.entryAdded".equals(method)) {
                Map<?, ?> entry = (Map<?, ?>) params.get("entry");
                if (List.of("error", "warning").contains(entry.get("level"))) {
                    fail("browser log: " + entry);
                }
            }
            if ("Network.requestWillBeSent".equals(method)) {
                String url = (String) ((Map<?, ?>) params.get("request")).get("url");
                assertThat(url).as("the page fetches nothing but itself").isEqualTo(file.toUri().toString());
            }
        }
        return caused;
    }

    @Test
    void theSampleReportHasItsChartsAndTablesAndAPictureThatIsNotBlank() throws Exception {
        KpiReport report = sampleReport();
        load(report.toHtml(), WIDTH, false);
        Map<?, ?> dom = (Map<?, ?>) browser.evaluate("{"
                + "charts: document.querySelectorAll('svg.chart').length,"
                + "described: Array.from(document.querySelectorAll('svg.chart')).filter(s => s.querySelector(':scope > title')"
                + "  && s.querySelector(':scope > desc') && s.querySelector(':scope > title').textContent.length > 0).length,"
                + "titles: Array.from(document.querySelectorAll('svg.chart > title')).map(t => t.textContent),"
                + "sections: Array.from(document.querySelectorAll('section[id]')).map(s => s.id),"
                + "tables: Array.from(document.querySelectorAll('table[id]')).map(t => t.id),"
                + "agentRows: document.querySelectorAll('#table-agent tbody tr').length,"
                + "dayRows: document.querySelectorAll('#table-day tbody tr').length,"
                + "tiles: document.querySelectorAll('.tile').length,"
                + "scripts: document.scripts.length,"
                + "height: document.documentElement.scrollHeight,"
                + "overflow: document.documentElement.scrollWidth > window.innerWidth,"
                + "chartWidth: document.querySelector('#trends svg.chart').getBoundingClientRect().width"
                + "}");
        int charts = 7 + 1 + 5 * 4;
        assertThat(((Number) dom.get("charts")).intValue()).isEqualTo(charts);
        assertThat(((Number) dom.get("described")).intValue()).isEqualTo(charts);
        assertThat(strings(dom.get("titles"))).contains("Tickets created per day", "First response time per day",
                "Resolution time per day", "CSAT per day", "NPS per day", "SLA breaches per day of the deadline",
                "SLA attainment per day of the deadline",
                "First response brackets", "Tickets by agent", "Median first response time by channel",
                "NPS by priority", "CSAT by type");
        assertThat(strings(dom.get("sections"))).containsExactly("kpis", "trends", "brackets", "by-channel",
                "by-priority", "by-type", "by-agent", "tables");
        assertThat(strings(dom.get("tables"))).containsExactly("table-overall", "table-channel", "table-priority",
                "table-type", "table-agent", "table-day", "table-sla", "table-sla-agent", "table-sla-deadline");
        assertThat(((Number) dom.get("agentRows")).intValue()).isEqualTo(report.groups(Dimension.AGENT).size());
        assertThat(((Number) dom.get("dayRows")).intValue()).isEqualTo(report.buckets().size());
        assertThat(((Number) dom.get("tiles")).intValue()).isEqualTo(10);
        assertThat(((Number) dom.get("scripts")).intValue()).isZero();
        assertThat(dom.get("overflow")).isEqualTo(false);
        assertThat(((Number) dom.get("chartWidth")).doubleValue()).isGreaterThan(400);

        int height = Math.min(((Number) dom.get("height")).intValue(), 2000);
        Map<String, Object> shot = browser.send("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true,"
                + "\"clip\":{\"x\":0,\"y\":0,\"width\":" + WIDTH + ",\"height\":" + height + ",\"scale\":1}}");
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(height);
        long ink = 0;
        long blue = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                ink += rgb != 0xFFFFFF ? 1 : 0;
                blue += near(rgb, 0x0072B2) ? 1 : 0;
                colours.add(rgb);
            }
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        assertThat(ink).as("pixels that are not background").isGreaterThan(pixels / 20);
        assertThat(blue).as("pixels of the charts' blue").isGreaterThan(2_000);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
        String target = System.getProperty("cxmetrics.screenshot");
        if (target != null && !target.isBlank()) {
            Files.write(Path.of(target), png);
        }
    }

    @Test
    void onAPhoneThePageFitsTheScreenWidth() throws Exception {
        load(sampleReport().toHtml(), 375, true);
        Map<?, ?> dom = (Map<?, ?>) browser.evaluate("{"
                + "overflow: document.documentElement.scrollWidth - window.innerWidth,"
                + "chartWidth: document.querySelector('#trends svg.chart').getBoundingClientRect().width,"
                + "tableScrolls: getComputedStyle(document.querySelector('#table-agent').parentElement).overflowX"
                + "}");
        assertThat(((Number) dom.get("overflow")).intValue()).isLessThanOrEqualTo(0);
        assertThat(((Number) dom.get("chartWidth")).doubleValue()).isBetween(300.0, 375.0);
        assertThat(dom.get("tableScrolls")).isEqualTo("auto");
    }

    @Test
    void hostileNamesShowAsTextAndRunNothing() throws Exception {
        load(RenderHtmlTest.hostileReport().toHtml(), WIDTH, false);
        Map<?, ?> dom = (Map<?, ?>) browser.evaluate("{"
                + "scripts: document.scripts.length,"
                + "images: document.images.length,"
                + "handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                + "  .some(a => a.name.startsWith('on'))).length,"
                + "agents: Array.from(document.querySelectorAll('#table-agent tbody th')).map(e => e.textContent),"
                + "charts: document.querySelectorAll('svg.chart').length"
                + "}");
        assertThat(((Number) dom.get("scripts")).intValue()).isZero();
        assertThat(((Number) dom.get("images")).intValue()).isZero();
        assertThat(((Number) dom.get("handlers")).intValue()).isZero();
        assertThat(((Number) dom.get("charts")).intValue()).isEqualTo(5 + 1 + 5 * Dimension.values().length);
        List<String> expected = new ArrayList<>();
        for (String name : RenderHtmlTest.HOSTILE) {
            expected.add(TextRenderer.printable(name));
        }
        assertThat(strings(dom.get("agents"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theChecksCatchAPageThatRunsScriptOrFetches() {
        String head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>";
        assertThatThrownBy(() -> load(head + "<script>console.error('boom')</script></body></html>", WIDTH, false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("boom");
        assertThatThrownBy(() -> load(head + "<img src=\"http://127.0.0.1:9/x.png\"></body></html>", WIDTH, false))
                .isInstanceOf(AssertionError.class);
        String policy = "<meta http-equiv=\"Content-Security-Policy\""
                + " content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
        assertThatThrownBy(() -> load(head.replace("<title>", policy + "<title>")
                + "<script>document.title='ran'</script></body></html>", WIDTH, false))
                .as("the policy refuses the script, and the refusal is logged")
                .isInstanceOf(AssertionError.class);
    }

    private static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        for (Object o : (List<?>) list) {
            strings.add((String) o);
        }
        return strings;
    }

    private static boolean near(int rgb, int target) {
        return Math.abs((rgb >> 16 & 0xFF) - (target >> 16 & 0xFF)) < 12
                && Math.abs((rgb >> 8 & 0xFF) - (target >> 8 & 0xFF)) < 12
                && Math.abs((rgb & 0xFF) - (target & 0xFF)) < 12;
    }
}
