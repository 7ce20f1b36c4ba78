package io.evalstream.cli;

/** The exit codes of every command, as the README lists them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run ended FAILED or CANCELLED, or stopped making progress. */
    public static final int RUN_FAILED = 1;
    /** A bad command line: unknown option, bad value, missing value. Nothing was started or changed. */
    public static final int USAGE = 2;
    /** The orchestrator rejected the run request (HTTP 4xx); its reason is printed. */
    public static final int REJECTED = 3;
    /** The stack could not be built, started, stopped or reached. */
    public static final int STACK = 4;

    private ExitCodes() {
    }
}
