package io.evalstream.benchmark.prompt;

/** An in-context example: a rendered question block and its gold answer. */
public record Shot(String block, String answer) {
}
