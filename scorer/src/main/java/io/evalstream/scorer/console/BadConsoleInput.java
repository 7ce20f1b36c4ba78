package io.evalstream.scorer.console;

/** A console request whose parameters cannot be served; the message names the parameter. */
public class BadConsoleInput extends RuntimeException {

    public BadConsoleInput(String message) {
        super(message);
    }
}
