package io.evalstream.sim.answer;

import java.util.Optional;

/**
 * One C-Eval question: its id {@code ceval/<split>/<subject>/<id>}, its subject, its row index in the subject's file,
 * the rendered question block, the gold letter.
 */
public record CevalQuestion(String id, String subject, int row, String block, Optional<String> gold) {
}
