package org.iommuatlas.cli;

/** The command line itself is wrong (unknown option, missing value): exit status 2, with usage. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
