package dev.cxmetrics.cli;

/** The {@code --help} text. */
final class Usage {
    static final String TEXT = String.join("\n",
            "Usage: java -jar cxmetrics.jar report [options]",
            "       java -jar cxmetrics.jar sample --sample N --out-dir DIR [--seed S] [--zone ZONE]",
            "       java -jar cxmetrics.jar --help | --version",
            "",
            "Customer-service KPIs (CSAT, NPS, CES, first response and resolution time, FCR, AHT, SLA)",
            "over helpdesk CSV exports, overall, per group and per day, week or month.",
            "",
            "Input (CSV, RFC 4180, header row, ISO-8601 instants, empty cell = null):",
            "  --tickets FILE        id,customer_id,agent_id,channel,type,priority,created_at,",
            "                        first_response_at,resolved_at,agent_replies,reopens",
            "  --responses FILE      ticket_id,agent_id,sent_at,handle_seconds,automated",
            "  --surveys FILE        ticket_id,customer_id,agent_id,kind,score,answered_at",
            "  --sample N            generate N realistic tickets (seeded) instead of reading files",
            "  --seed S              seed of --sample (default 42)",
            "  --skip-invalid        count bad rows and list the first 10 instead of stopping",
            "",
            "Report:",
            "  --zone ZONE           zone of the calendar buckets, e.g. Europe/Rome (default UTC;",
            "                        with --sample and for the sample command, Europe/Rome)",
            "  --bucket B            day, week (ISO, Monday first) or month (default day)",
            "  --by D[,D...]         group by agent, channel, type, priority",
            "  --format F            text, json, csv or html (default text)",
            "  --out FILE            write the report to FILE instead of standard output",
            "",
            "Business hours and SLA:",
            "  --business-hours S    weekly schedule in the zone, e.g. \"Mon-Fri 09:00-17:30; Sat 10:00-14:00\"",
            "                        or \"24/7\"; several intervals a day: \"Mon-Fri 08:00-12:00,13:00-17:00\"",
            "  --holidays LIST       dates off, \"2026-12-25,2026-12-26\", or @FILE with dates",
            "  --quantiles Q         exact (default) or approximate: medians and p90 within 1%,",
            "                        memory per group bounded whatever the number of rows",
            "  --measure M           calendar (default) or business: how response and resolution times count",
            "  --sla S               targets per priority, e.g.",
            "                        \"urgent: first 30m, resolution 4h; high+normal: first 4h business, resolution 3d business\"",
            "                        (durations like 30m, 4h, 1h30m, 2d, up to 100 years; 'business' counts",
            "                        business hours)",
            "  --as-of INSTANT       evaluate the SLA as of this ISO-8601 instant (default: now)",
            "",
            "Exit codes: 0 success, 2 bad arguments or bad input (reason on standard error).",
            "");

    private Usage() {
    }
}
