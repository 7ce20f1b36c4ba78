package io.evalstream.sim.answer;

import java.util.Optional;

/** One C-Eval question: its id {@code ceval/<split>/<subject>/<id>}, the rendered question block, the gold letter. */
public record CevalQuestion(String id, String block, Optional<String> gold) {
}
