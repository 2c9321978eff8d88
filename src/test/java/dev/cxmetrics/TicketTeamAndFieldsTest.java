package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTeamAndFieldsTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void elevenArgumentConstructorHasNoTeamAndNoFields() {
        Ticket ticket = new Ticket("T-1", null, "ann", null, null, Priority.LOW, T0, null, null, 0, 0);
        assertThat(ticket.team()).isNull();
        assertThat(ticket.fields()).isEmpty();
        assertThat(ticket).isEqualTo(Ticket.builder("T-1", T0).agent("ann").priority(Priority.LOW).build());
    }

    @Test
    void fieldsAreSortedByNameImmutableAndCopied() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("product", "router");
        given.put("brand", "acme");
        Ticket ticket = new Ticket("T-1", null, null, null, null, null, T0, null, null, 0, 0, "billing", given);
        given.put("language", "it");
        assertThat(ticket.fields()).containsExactly(Map.entry("brand", "acme"), Map.entry("product", "router"));
        assertThat(List.copyOf(ticket.fields().keySet())).containsExactly("brand", "product");
        assertThat(ticket.field("brand")).isEqualTo("acme");
        assertThat(ticket.field("language")).isNull();
        assertThat(ticket.team()).isEqualTo("billing");
        assertThatThrownBy(() -> ticket.fields().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderSetsTeamAndFieldsAndToBuilderKeepsThem() {
        Ticket ticket = Ticket.builder("T-1", T0).team("tier-2").field("brand", "acme").field("language", "it")
                .field("language", null).build();
        assertThat(ticket.team()).isEqualTo("tier-2");
        assertThat(ticket.fields()).containsExactly(Map.entry("brand", "acme"));
        assertThat(ticket.toBuilder().build()).isEqualTo(ticket);
        assertThat(ticket.toBuilder().fields(null).build().fields()).isEmpty();
    }

    @Test
    void blankTeamIsRejectedNamingTheTicket() {
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).team(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("team must be null or non-blank, was ' ' (ticket T-1)");
    }

    @Test
    void badFieldNamesAreRejectedNamingNameAndTicket() {
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field("", "x"))
                .hasMessage("field name '' must be non-blank without surrounding blanks (ticket T-1)");
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field(" brand", "x"))
                .hasMessage("field name ' brand' must be non-blank without surrounding blanks (ticket T-1)");
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field("a/b", "x"))
                .hasMessage("field name 'a/b' must not contain '/' (ticket T-1)");
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field("a,b", "x"))
                .hasMessage("field name 'a,b' must not contain ',' (ticket T-1)");
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field("a\nb", "x"))
                .hasMessage("field name 'a\nb' must not contain control characters (ticket T-1)");
        for (String reserved : List.of("agent", "Channel", "TYPE", "priority", "team", "day", "week", "month")) {
            assertThatThrownBy(() -> Ticket.builder("T-1", T0).field(reserved, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("field name '" + reserved + "' is reserved for a built-in dimension or bucket (ticket T-1)");
        }
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("field name is required (ticket T-1)");
        assertThat(Ticket.checkFieldName("brand")).isEqualTo("brand");
    }

    @Test
    void nullOrBlankFieldValuesAreRejectedNamingFieldAndTicket() {
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).field("brand", " "))
                .hasMessage("field brand must have a non-blank value, was ' ' (ticket T-1)");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("brand", null);
        assertThatThrownBy(() -> new Ticket("T-1", null, null, null, null, null, T0, null, null, 0, 0, null, withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field brand must have a non-blank value, was null (ticket T-1)");
        assertThatThrownBy(() -> Ticket.builder("T-1", T0).fields(withNull))
                .hasMessage("field brand must have a non-blank value, was null (ticket T-1)");
    }
}
