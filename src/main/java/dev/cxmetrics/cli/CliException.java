package dev.cxmetrics.cli;

/** A bad argument or bad input: the command prints the message on one line and exits with 2. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
