package io.evalstream.sim.answer;

import java.util.Optional;

/**
 * One C-Eval question: its id {@code ceval/<split>/<subject>/<id>}, its row index in the subject's file, the rendered
 * question block, the gold letter.
 */
public record CevalQuestion(String id, int row, String block, Optional<String> gold) {

    public String subject() {
        return id.split("/")[2];
    }

    static String block(String chineseSubject, String question, String a, String b, String c, String d) {
        return "以下是中国关于" + chineseSubject + "考试的单项选择题，请选出其中的正确答案。\n" + question + "\nA. " + a + "\nB. " + b
                + "\nC. " + c + "\nD. " + d + "\n答案: ";
    }
}
