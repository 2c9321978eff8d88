package dev.cxmetrics.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A bad argument or bad input: the command prints the message on one line and exits with 2. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A file that cannot be read or written, as {@code "<context> <path>: <reason>"}, for example
     * {@code "option --tickets: cannot read t.csv: no such file or directory"}. The exception
     * messages of {@link java.nio.file} are often the bare path; this names what failed and why.
     * {@code path} may be null when no single file is at fault.
     */
    static CliException io(String context, Path path, IOException e) {
        return new CliException(context + (path == null ? "" : " " + path) + ": " + reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof CharacterCodingException) {
            // The decoder's own message ("Input length = 1") says nothing to a user.
            return "not UTF-8 text";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
