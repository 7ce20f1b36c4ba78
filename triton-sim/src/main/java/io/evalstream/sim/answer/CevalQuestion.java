package io.evalstream.sim.answer;

import java.util.Optional;

/** One C-Eval question: its id {@code ceval/<split>/<subject>/<id>}, the rendered question block, the gold letter. */
public record CevalQuestion(String id, String block, Optional<String> gold) {

    static String block(String chineseSubject, String question, String a, String b, String c, String d) {
        return "以下是中国关于" + chineseSubject + "考试的单项选择题，请选出其中的正确答案。\n" + question + "\nA. " + a + "\nB. " + b
                + "\nC. " + c + "\nD. " + d + "\n答案: ";
    }
}
