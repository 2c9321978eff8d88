/**
 * The one-pass grouped KPI report: {@link dev.cxmetrics.report.ReportSpec} describes it,
 * {@link dev.cxmetrics.report.ReportAccumulator} computes it incrementally and mergeably, and
 * {@link dev.cxmetrics.report.KpiReport} holds the immutable result and renders it as text,
 * JSON or CSV.
 *
 * <h2>Binary format of an accumulator</h2>
 *
 * <p>{@link dev.cxmetrics.report.ReportAccumulator#toByteArray()} writes, and
 * {@link dev.cxmetrics.report.ReportAccumulator#fromByteArray(ReportSpec, byte[])} reads, the
 * following layout, version 4 (version 3 had no compacted closed tickets and wrote a log's
 * event count as it is; version 2 hashed descriptions of the business hours and SLA policy that
 * were not stable; version 1 folded tickets into the groups; none is read). The spec itself is not encoded (its zone, calendars and policy are
 * the receiver's), only a fingerprint of it that the decoder checks; integers are unsigned LEB128
 * varints unless marked zig-zag; a <i>text</i> is a varint count of UTF-16 code units, then
 * each unit as a varint; a <i>ref</i> is a varint index into the string table, and a nullable
 * ref is 0 for null or index + 1:
 *
 * <pre>
 * magic, version  'C' 'X' 'R', 3
 * fingerprint     zone id (text), bucket ordinal, dimension count, dimension codes (0 agent,
 *                 1 channel, 2 type, 3 priority, 4 team, 5 a custom field followed by its name
 *                 as a text),
 *                 relative accuracy (8-byte IEEE 754 double, 0 for exact quantiles),
 *                 flags (1 = business hours, 2 = SLA, 4 = cross-tabs, 8 = compacted closed
 *                 tickets), then when flagged: the 64-bit FNV-1a hash (8 bytes, big-endian) of
 *                 the business calendar as the spec encoding writes it (zone, schedule,
 *                 holidays); the hash of the SLA policy as the spec encoding writes it (after its
 *                 as-of instant) and the as-of instant (zig-zag epoch seconds, nano-of-second);
 *                 the cross-tabs as the spec encoding writes them
 * string table    count, then the distinct strings in ascending order, front-coded: the
 *                 first as a text, each later one as a token, 2k-1 for "the previous one
 *                 with its trailing number plus k" or 2s for "its first s code units", then a
 *                 text with the rest
 * overall         group
 * per dimension   group count, then per group in key order: key ref, group
 * buckets         count, then per non-empty bucket in date order: its first day as epoch day
 *                 (zig-zag for the first bucket, the gap in days for later ones), group
 * tickets         when the spec groups by a dimension other than agent: the count of distinct
 *                 key tuples, then each tuple as one key ref per such dimension in spec
 *                 order (ascending); then the ticket count, then per ticket in id order: its
 *                 id front-coded as in the string table, its tuple index when tuples exist,
 *                 and its row: created-at instant, own first response and own resolution as
 *                 offsets (0 for none, else whole seconds after creation + 1, then
 *                 nanoseconds), own agent replies, own reopens, nullable agent ref, priority
 *                 ordinal + 1 (0 for none), then its log
 * responses       the pending ones (ticket not added yet): count, then each, sorted: ticket
 *                 ref, nullable agent ref, flags (1 = automated, 2 = handle time), sent-at
 *                 instant, handle time in ns when flagged
 * answers         the pending ones: count, then each, sorted: ticket ref, nullable customer
 *                 ref, nullable agent ref, kind ordinal &times; 16 + score, answered-at instant
 * waiting logs    the logs of tickets not added yet: count, then per ticket id (ascending): its
 *                 ref, then its log
 * cross-tabs      only when the spec has cross-tabs: per cross-tab in spec order, the count of
 *                 rows, then per row in key order its key ref, its cell count, and per cell in
 *                 column order the column key ref (by bucket: the date, as for buckets), group
 * log             human responses: count, then when not 0 the earliest sent-at instant; then
 *                 a form: twice the event count, then each event sorted by instant, type and
 *                 agent: instant, type ordinal, nullable agent ref; or 1 (only for an added
 *                 ticket of a spec that compacts closed tickets), then its closed lifecycle:
 *                 close instant, first reply (offset), agent replies, reopens, first solve
 *                 (offset), full resolution (offset), agent work, agent wait and on hold (ns
 *                 by the report's clock), running next-reply clock start (offset), then the
 *                 next-reply sample count and per sample in reply order: its reply in ns
 *                 after creation, its time in ns by the report's clock, nullable agent ref
 * group           (responses and answers only: tickets are folded in when a report is made,
 *                 so the ticket counts and first response and resolution times are 0) tickets, csatSatisfied, csatTotal, promoters, passives, detractors,
 *                 cesTotal, cesSum, cesEasy, unanswered, open, oneTouch, eligible, zeroTouch,
 *                 untracked; then first response, resolution and handle times, each: exact,
 *                 count, then when not 0: g, the greatest common divisor of the values (1 when
 *                 all are 0), and the sorted values as gaps from the previous one (from 0 for
 *                 the first) divided by g; approximate, a form: 0 for none, 1 for up to
 *                 1,000 values (then written as exact ones), 2 for more (then the length of
 *                 their sketch's {@link dev.cxmetrics.stats.DurationSketch#toByteArray()
 *                 encoding} and that encoding)
 * </pre>
 *
 */
package dev.cxmetrics.report;
