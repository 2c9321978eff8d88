/**
 * The model: {@link dev.cxmetrics.Ticket}, {@link dev.cxmetrics.Response},
 * {@link dev.cxmetrics.SurveyAnswer} and their enums. Records validate in their constructors
 * and reject invalid values with messages that name the field, the value and the ticket.
 */
package dev.cxmetrics;
