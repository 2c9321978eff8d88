/**
 * The model: {@link dev.cxmetrics.Ticket}, {@link dev.cxmetrics.Response},
 * {@link dev.cxmetrics.SurveyAnswer} and their enums. Records validate in their constructors
 * and reject invalid values with messages that name the field, the value and the ticket.
 *
 * <p>The same data as columns, for input that already sits in arrays:
 * {@link dev.cxmetrics.TicketColumns}, {@link dev.cxmetrics.ResponseColumns} and
 * {@link dev.cxmetrics.SurveyAnswerColumns} apply the records' rules to every row and reject a
 * bad one with a {@link dev.cxmetrics.ColumnValueException} naming the row and the column.
 */
package dev.cxmetrics;
