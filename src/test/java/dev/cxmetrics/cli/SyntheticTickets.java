package dev.cxmetrics.cli;

import java.io.Reader;

/**
 * A tickets CSV of any length, made up while it is read: memory stays constant however many
 * rows it holds. Row {@code i} (from 0) has id {@code T-i}; every third row is still open.
 */
final class SyntheticTickets extends Reader {
    private static final String HEADER = String.join(",", CsvFormat.TICKETS.columns().subList(0, 11)) + "\r\n";

    private final long rows;
    private long next = -1;
    private String pending = "";
    private int offset;

    SyntheticTickets(long rows) {
        this.rows = rows;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len) {
            if (offset == pending.length()) {
                if (next >= rows) {
                    break;
                }
                pending = next < 0 ? HEADER : row(next);
                offset = 0;
                next++;
            }
            int n = Math.min(len - written, pending.length() - offset);
            pending.getChars(offset, offset + n, cbuf, off + written);
            offset += n;
            written += n;
        }
        return written == 0 ? -1 : written;
    }

    private static String row(long i) {
        String resolved = i % 3 == 0 ? "" : "2026-01-02T08:00:00Z";
        return "T-" + i + ",C-" + (i % 10_000) + ",agent-" + (i % 50) + ",email,\"billing, refunds\",normal,"
                + "2026-01-01T00:00:00Z,2026-01-01T00:05:30.250Z," + resolved + ",2,0\r\n";
    }

    @Override
    public void close() {
    }
}
