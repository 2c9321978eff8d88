package dev.cxmetrics.report;

/** The page's inline style sheet: system fonts, a grid that folds to one column, print rules. */
final class HtmlStyle {
    static final String FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Helvetica Neue\",Arial,sans-serif";

    static final String CSS = String.join("\n",
            "*{box-sizing:border-box}",
            "body{font:14px/1.45 " + FONTS + ";margin:0 auto;max-width:1320px;padding:16px;color:#1a1a1a;background:#fff}",
            "h1{font-size:1.5em;margin:0 0 4px}",
            "h2{font-size:1.2em;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid #ccc}",
            "h3{font-size:1em;margin:18px 0 6px}",
            ".meta{color:#4a4a4a;margin:2px 0}",
            ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px;margin-top:14px}",
            ".tile{border:1px solid #d0d0d0;border-radius:6px;padding:8px 10px}",
            ".tile .k{font-size:12px;color:#4a4a4a}",
            ".tile .v{font-size:22px;font-weight:600}",
            ".tile .n{font-size:12px;color:#4a4a4a}",
            ".tile .v.none{color:#888;font-weight:400}",
            ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:18px}",
            "figure{margin:0;break-inside:avoid}",
            "figcaption{font-weight:600;margin-bottom:4px}",
            "svg.chart{width:100%;height:auto;display:block}",
            "svg text{font-family:" + FONTS + ";font-size:11px;fill:#333}",
            "svg .legend{font-size:12px}",
            "svg .unit{fill:#4a4a4a;font-style:italic}",
            "svg .grid{stroke:#e3e3e3}",
            "svg .zero,svg .axis{stroke:#777}",
            "svg .solid{fill:none;stroke-width:2}",
            "svg .dashed{fill:none;stroke-width:2;stroke-dasharray:6 3}",
            "svg .empty{fill:#777;font-style:italic}",
            "svg .n{fill:#4a4a4a}",
            ".scroll{overflow-x:auto}",
            "table{border-collapse:collapse;font-size:12px;font-variant-numeric:tabular-nums;margin-bottom:8px}",
            "th,td{padding:3px 7px;border-bottom:1px solid #e6e6e6;text-align:right;white-space:nowrap}",
            "th{background:#f4f4f4;font-weight:600}",
            "th:first-child,td:first-child{text-align:left}",
            "td.none{color:#888}",
            ".note{color:#4a4a4a;font-size:12px}",
            "@media (max-width:600px){body{padding:8px}.tile .v{font-size:18px}}",
            "@media print{body{max-width:none;padding:0;font-size:11px}"
                    + ".grid{grid-template-columns:1fr 1fr}.tile,table,tr{break-inside:avoid}"
                    + "h2,h3{break-after:avoid}.scroll{overflow:visible}th{background:none}}");

    private HtmlStyle() {
    }
}
