/**
 * The command line: reading and writing the tickets, responses and survey CSV files
 * ({@link dev.cxmetrics.cli.CsvFormat}) with {@code file:line: column: reason} errors.
 * Not exported by the module: its types are for the command line, not for library users.
 */
package dev.cxmetrics.cli;
