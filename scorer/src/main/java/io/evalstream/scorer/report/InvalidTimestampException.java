package io.evalstream.scorer.report;

public class InvalidTimestampException extends IllegalArgumentException {

    public InvalidTimestampException(String value) {
        super("timestamp must look like YYYYmmdd_HHMMSS, got '" + value + "'");
    }
}
