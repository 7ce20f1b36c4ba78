package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.InferenceError;
import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunInfo;
import java.util.List;
import java.util.UUID;

/** Builds pipeline messages the way the orchestrator and the inference worker fill them. */
public final class TestRuns {

    public static final String ABBR = "internlm2-chat-1_8b";
    public static final String VERSION = "abc123";

    private TestRuns() {
    }

    public static RunInfo run(String split, int expected, String postprocessor, List<String> subjects) {
        return RunInfo.newBuilder()
                .setRunId(UUID.randomUUID().toString())
                .setBenchmark("ceval")
                .setSplit(split)
                .setModel("internlm2-chat-1_8b")
                .setModelAbbr(ABBR)
                .setTemplate("internlm2-chat")
                .setPromptVersion(VERSION)
                .setExpectedQuestions(expected)
                .addAllSubjects(subjects)
                .setPostprocessor(postprocessor)
                .setDatasetLabel("ceval")
                .build();
    }

    public static String prompt(RunInfo run, String subject, int index) {
        return "<|im_start|>user\n以下是中国关于" + subject + "考试的单项选择题，请选出其中的正确答案。\n题 " + index
                + "\nA. 甲\nB. 乙\nC. 丙\nD. 丁\n答案: <|im_end|>\n<|im_start|>assistant\n";
    }

    public static Prediction prediction(RunInfo run, String subject, int index, String gold, String output) {
        Question question = Question.newBuilder()
                .setQuestionId("ceval/" + run.getSplit() + "/" + subject + "/" + (100 + index))
                .setSubject(subject)
                .setIndex(index)
                .setPrompt(prompt(run, subject, index))
                .setPromptHash("hash-" + subject + "-" + index)
                .setGold(gold)
                .build();
        return Prediction.newBuilder().setQuestion(question).setOutput(output).setFinishReason("stop")
                .setInputTokens(812).setOutputTokens(3).setLatencyMicros(15_000).setWorkerId("worker-1").build();
    }

    public static Prediction failed(RunInfo run, String subject, int index, String gold, String code, String message) {
        return prediction(run, subject, index, gold, "").toBuilder().clearInputTokens().clearOutputTokens()
                .setFinishReason("error")
                .setError(InferenceError.newBuilder().setCode(code).setMessage(message)).build();
    }

    public static PredictionBatch batch(RunInfo run, int sequence, Prediction... predictions) {
        return PredictionBatch.newBuilder().setRun(run).setBatchId(run.getRunId() + "/" + sequence)
                .addAllPredictions(List.of(predictions)).build();
    }
}
