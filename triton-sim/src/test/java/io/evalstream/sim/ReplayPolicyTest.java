package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.evalstream.sim.answer.Answer;
import io.evalstream.sim.answer.CevalQuestion;
import io.evalstream.sim.answer.Policy;
import io.evalstream.sim.answer.PolicyParser;
import io.evalstream.sim.answer.ReplayPolicy;
import io.evalstream.sim.tensor.TritonException;
import io.grpc.Status;

class ReplayPolicyTest {

    // What a model without a chat template writes: the answer, then an invented next question and a stop string.
    private static final String RECORDED = "\nB\n以下是中国关于逻辑学考试的单项选择题<|im_end|>\n";
    private static final String LOGIC = """
            {
                "0": {
                    "origin_prompt": "p0",
                    "prediction": "A",
                    "gold": "A"
                },
                "1": {
                    "origin_prompt": "p1",
                    "prediction": "\\nB\\n以下是中国关于逻辑学考试的单项选择题<|im_end|>\\n",
                    "gold": "C"
                }
            }""";

    @TempDir
    Path dir;

    @Test
    void answersTheRecordedPredictionOfTheQuestionsSubjectAndRowVerbatim() throws IOException {
        write("predictions/internlm2-1.8b-hf/ceval-logic.json", LOGIC);
        Policy replay = PolicyParser.parse("replay:" + dir);
        assertInstanceOf(ReplayPolicy.class, replay);
        // The C-Eval id column and the row index are different keys: the row index finds the prediction.
        Answer answer = replay.answer(Optional.of(question("ceval/val/logic/12", 1)), "ceval/val/logic/12", "prompt");
        assertEquals(new Answer(RECORDED, true), answer);
    }

    @Test
    void aQuestionTheFolderLacksIsAnInvalidArgumentNamingIt() throws IOException {
        write("predictions/m/ceval-logic.json", LOGIC);
        Policy replay = PolicyParser.parse("replay:" + dir);
        TritonException missingRow = assertThrows(TritonException.class,
                () -> replay.answer(Optional.of(question("ceval/val/logic/2", 2)), "ceval/val/logic/2", "p"));
        assertEquals(Status.Code.INVALID_ARGUMENT, missingRow.code());
        assertTrue(missingRow.getMessage().contains("ceval/val/logic/2") && missingRow.getMessage().contains(dir.toString())
                && missingRow.getMessage().contains("ceval-logic.json"), missingRow.getMessage());
        TritonException missingSubject = assertThrows(TritonException.class,
                () -> replay.answer(Optional.of(question("ceval/val/law/0", 0)), "ceval/val/law/0", "p"));
        assertTrue(missingSubject.getMessage().contains("ceval/val/law/0"), missingSubject.getMessage());
        TritonException unknown = assertThrows(TritonException.class,
                () -> replay.answer(Optional.empty(), "req-7", "not a C-Eval prompt"));
        assertTrue(unknown.getMessage().contains("req-7"), unknown.getMessage());
    }

    @Test
    void severalModelsNeedTheModelFolderNamed() throws IOException {
        write("predictions/model-a/ceval-logic.json", LOGIC);
        write("predictions/model-b/ceval-logic.json", LOGIC.replace("\"A\"", "\"D\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyParser.parse("replay:" + dir));
        assertTrue(e.getMessage().contains("model-a") && e.getMessage().contains("model-b"), e.getMessage());
        Policy chosen = PolicyParser.parse("replay:" + dir.resolve("predictions/model-b"));
        assertEquals("D", chosen.answer(Optional.of(question("ceval/val/logic/0", 0)), "id", "p").text());
    }

    @Test
    void badFoldersFailWithTheReason() throws IOException {
        assertRejected("replay:" + dir.resolve("absent"), "does not exist");
        assertRejected("replay:" + dir, "no predictions/ folder");
        assertRejected("replay:", "needs the output folder");
        Files.createDirectories(dir.resolve("predictions/m"));
        assertRejected("replay:" + dir, "no C-Eval predictions");
        write("predictions/m/ceval-logic.json", "{\"0\": {\"prediction\": ");
        assertRejected("replay:" + dir, "ceval-logic.json");
        write("predictions/m/ceval-logic.json", "{\"0\": {\"origin_prompt\": \"p\"}}");
        assertRejected("replay:" + dir, "entry \"0\"");
    }

    private void assertRejected(String policy, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyParser.parse(policy));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    private static CevalQuestion question(String id, int row) {
        return new CevalQuestion(id, id.split("/")[2], row, "block", Optional.of("A"));
    }
}
