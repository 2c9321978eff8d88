package dev.cxmetrics.cli;

import java.util.Locale;

/**
 * Helpdesk exports read as they are, without renaming a column: {@code --preset NAME} on the
 * command line. Each preset reads one file of tickets (and the satisfaction answers the same
 * rows carry). Thread-safe.
 */
public enum Preset {
    /**
     * A Zendesk Support ticket CSV export (Admin Center, Reports, Export), its 41 standard columns in
     * any order plus any custom-field columns (ignored, and listed): {@code Id} (ticket id),
     * {@code Requester id} (customer), {@code Assignee} (agent), {@code Group} (team), {@code Priority}, {@code Via}
     * (channel), {@code Ticket type}, {@code Created at}, {@code Solved at} (the resolution, when
     * {@code Status} is solved or closed), {@code Replies}, {@code Reopens},
     * {@code First reply time in minutes} (first response = created + that) and
     * {@code Satisfaction Score} as a CSAT answer: {@code Good} = 5, {@code Bad} = 1, any other
     * value no answer; given to the assignee, answered at {@code Solved at}, else
     * {@code Updated at}. A row with a first reply time but 0 replies counts 1 reply
     * ({@link ExportedTicket#repliesAssumed()}). Required columns: {@code Id}, {@code Created at},
     * {@code Status}.
     */
    ZENDESK(new CsvFormat<>(new ZendeskCsv()));

    private final CsvFormat<ExportedTicket> tickets;

    Preset(CsvFormat<ExportedTicket> tickets) {
        this.tickets = tickets;
    }

    /**
     * Returns the format of this helpdesk's ticket export; it reads, but does not write.
     *
     * @return the format
     */
    public CsvFormat<ExportedTicket> tickets() {
        return tickets;
    }

    /**
     * Finds a preset by name, ignoring case.
     *
     * @param name the name, such as {@code zendesk}
     * @return the preset
     * @throws IllegalArgumentException when no preset has that name
     */
    public static Preset parse(String name) {
        for (Preset preset : values()) {
            if (preset.name().equalsIgnoreCase(name.strip())) {
                return preset;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a preset (" + Cells.names(values()) + ")");
    }

    /**
     * Returns the name as the command line writes it.
     *
     * @return the lower-case name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
