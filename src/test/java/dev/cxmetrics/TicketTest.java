package dev.cxmetrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TicketTest {
    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-01-05T08:59:59Z");
    private static final Instant LATER = Instant.parse("2026-01-05T10:00:00Z");

    private static Ticket ticket(String id, Instant createdAt, Instant firstResponseAt, Instant resolvedAt,
                                 int agentReplies, int reopens) {
        return new Ticket(id, "C-1", "A-1", "email", "billing", Priority.NORMAL, createdAt, firstResponseAt,
                resolvedAt, agentReplies, reopens);
    }

    @Test
    void keepsEveryComponentOfAValidTicket() {
        Ticket t = new Ticket("T-1", "C-1", "A-1", "chat", "refund", Priority.HIGH, CREATED, LATER, LATER, 2, 1);

        assertThat(t.id()).isEqualTo("T-1");
        assertThat(t.customerId()).isEqualTo("C-1");
        assertThat(t.agentId()).isEqualTo("A-1");
        assertThat(t.channel()).isEqualTo("chat");
        assertThat(t.type()).isEqualTo("refund");
        assertThat(t.priority()).isEqualTo(Priority.HIGH);
        assertThat(t.createdAt()).isEqualTo(CREATED);
        assertThat(t.firstResponseAt()).isEqualTo(LATER);
        assertThat(t.resolvedAt()).isEqualTo(LATER);
        assertThat(t.agentReplies()).isEqualTo(2);
        assertThat(t.reopens()).isEqualTo(1);
        assertThat(t.isResolved()).isTrue();
    }

    @Test
    void acceptsNullDimensionsAndAnOpenUnansweredTicket() {
        Ticket t = new Ticket("T-1", null, null, null, null, null, CREATED, null, null, 0, 0);

        assertThat(t.isResolved()).isFalse();
        assertThat(t.firstResponseAt()).isNull();
        assertThat(t.channel()).isNull();
    }

    @Test
    void acceptsResponseAndResolutionAtTheCreationInstant() {
        Ticket t = ticket("T-1", CREATED, CREATED, CREATED, 1, 0);

        assertThat(t.firstResponseAt()).isEqualTo(CREATED);
        assertThat(t.resolvedAt()).isEqualTo(CREATED);
    }

    @Test
    void absentKeyIsTheEmptyStringNotTheWordNull() {
        assertThat(Ticket.ABSENT).isEmpty();
    }

    @Test
    void rejectsMissingId() {
        assertThatNullPointerException()
                .isThrownBy(() -> ticket(null, CREATED, null, null, 0, 0))
                .withMessage("id is required");
    }

    @Test
    void rejectsBlankId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket(" ", CREATED, null, null, 0, 0))
                .withMessage("id must not be blank, was ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("", CREATED, null, null, 0, 0))
                .withMessage("id must not be blank, was ''");
    }

    @Test
    void rejectsMissingCreatedAtNamingTheTicket() {
        assertThatNullPointerException()
                .isThrownBy(() -> ticket("T-7", null, null, null, 0, 0))
                .withMessage("createdAt is required (ticket T-7)");
    }

    @Test
    void rejectsFirstResponseBeforeCreation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("T-42", CREATED, BEFORE, null, 1, 0))
                .withMessage("firstResponseAt 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z"
                        + " (ticket T-42)");
    }

    @Test
    void rejectsResolutionBeforeCreation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("T-42", CREATED, null, BEFORE, 0, 0))
                .withMessage("resolvedAt 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z"
                        + " (ticket T-42)");
    }

    @Test
    void rejectsResolutionOneNanosecondBeforeCreation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("T-1", CREATED, null, CREATED.minusNanos(1), 0, 0))
                .withMessageStartingWith("resolvedAt 2026-01-05T08:59:59.999999999Z is before createdAt");
    }

    @Test
    void rejectsNegativeAgentReplies() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("T-3", CREATED, null, null, -1, 0))
                .withMessage("agentReplies -1 is negative (ticket T-3)");
    }

    @Test
    void rejectsNegativeReopens() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("T-3", CREATED, null, LATER, 0, -2))
                .withMessage("reopens -2 is negative (ticket T-3)");
    }

    @Test
    void rejectsFirstResponseWithoutAgentReplies() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ticket("T-9", CREATED, LATER, null, 0, 0))
                .withMessage("agentReplies 0 but firstResponseAt 2026-01-05T10:00:00Z is set;"
                        + " the first response is an agent reply (ticket T-9)");
    }

    @Test
    void acceptsAgentRepliesWithoutFirstResponseTimestamp() {
        // The count may be known while the timestamp was not recorded.
        assertThat(ticket("T-1", CREATED, null, null, 3, 0).agentReplies()).isEqualTo(3);
    }

    @Test
    void rejectsBlankDimensionsNamingFieldValueAndTicket() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ticket("T-5", " ", null, null, null, null, CREATED, null, null, 0, 0))
                .withMessage("customerId must be null or non-blank, was ' ' (ticket T-5)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ticket("T-5", null, "", null, null, null, CREATED, null, null, 0, 0))
                .withMessage("agentId must be null or non-blank, was '' (ticket T-5)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ticket("T-5", null, null, "\t", null, null, CREATED, null, null, 0, 0))
                .withMessage("channel must be null or non-blank, was '\t' (ticket T-5)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ticket("T-5", null, null, null, "  ", null, CREATED, null, null, 0, 0))
                .withMessage("type must be null or non-blank, was '  ' (ticket T-5)");
    }

    @Test
    void builderDefaultsToNoRepliesWithoutFirstResponse() {
        Ticket t = Ticket.builder("T-1", CREATED).build();

        assertThat(t).isEqualTo(new Ticket("T-1", null, null, null, null, null, CREATED, null, null, 0, 0));
    }

    @Test
    void builderDefaultsToOneReplyWhenFirstResponseIsSet() {
        Ticket t = Ticket.builder("T-1", CREATED).firstResponseAt(LATER).build();

        assertThat(t.agentReplies()).isEqualTo(1);
    }

    @Test
    void builderKeepsExplicitAgentReplies() {
        assertThat(Ticket.builder("T-1", CREATED).firstResponseAt(LATER).agentReplies(4).build().agentReplies())
                .isEqualTo(4);
        assertThat(Ticket.builder("T-1", CREATED).agentReplies(2).build().agentReplies()).isEqualTo(2);
    }

    @Test
    void builderSetsEveryField() {
        Ticket t = Ticket.builder("T-1", CREATED)
                .customer("C-1").agent("A-1").channel("phone").type("outage").priority(Priority.URGENT)
                .firstResponseAt(LATER).resolvedAt(LATER).agentReplies(2).reopens(1)
                .build();

        assertThat(t).isEqualTo(
                new Ticket("T-1", "C-1", "A-1", "phone", "outage", Priority.URGENT, CREATED, LATER, LATER, 2, 1));
    }

    @Test
    void toBuilderRoundTripsEveryField() {
        Ticket t = new Ticket("T-1", "C-1", "A-1", "phone", "outage", Priority.LOW, CREATED, LATER, null, 3, 2);

        assertThat(t.toBuilder().build()).isEqualTo(t);
        assertThat(t.toBuilder().resolvedAt(LATER).build().resolvedAt()).isEqualTo(LATER);
    }

    @Test
    void builderRejectsExplicitZeroRepliesWithFirstResponse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ticket.builder("T-2", CREATED).firstResponseAt(LATER).agentReplies(0).build())
                .withMessage("agentReplies 0 but firstResponseAt 2026-01-05T10:00:00Z is set;"
                        + " the first response is an agent reply (ticket T-2)");
    }

    @Test
    void builderRejectsNegativeAgentRepliesAtTheSetter() {
        // -1 must not be mistaken for "not set"; the setter throws, as its javadoc says.
        Ticket.Builder builder = Ticket.builder("T-2", CREATED);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.agentReplies(-1))
                .withMessage("agentReplies -1 is negative (ticket T-2)");
    }

    @Test
    void builderRejectsNegativeReopensAtTheSetter() {
        Ticket.Builder builder = Ticket.builder("T-2", CREATED);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.reopens(-1))
                .withMessage("reopens -1 is negative (ticket T-2)");
    }

    @Test
    void builderRejectsMissingRequiredFields() {
        assertThatNullPointerException()
                .isThrownBy(() -> Ticket.builder(null, CREATED).build())
                .withMessage("id is required");
        assertThatNullPointerException()
                .isThrownBy(() -> Ticket.builder("T-2", null).build())
                .withMessage("createdAt is required (ticket T-2)");
    }

    @Test
    void builderValidatesTimestampsAndDimensions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ticket.builder("T-2", CREATED).resolvedAt(BEFORE).build())
                .withMessage("resolvedAt 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z (ticket T-2)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ticket.builder("T-2", CREATED).firstResponseAt(BEFORE).build())
                .withMessage("firstResponseAt 2026-01-05T08:59:59Z is before createdAt 2026-01-05T09:00:00Z"
                        + " (ticket T-2)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Ticket.builder("T-2", CREATED).channel("").build())
                .withMessage("channel must be null or non-blank, was '' (ticket T-2)");
    }

    @Test
    void builderIsReusableAndBuildsIndependentTickets() {
        Ticket.Builder builder = Ticket.builder("T-1", CREATED).channel("email");
        Ticket first = builder.build();
        Ticket second = builder.channel("chat").build();

        assertThat(first.channel()).isEqualTo("email");
        assertThat(second.channel()).isEqualTo("chat");
    }
}
