package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.Question;
import io.evalstream.benchmark.postprocess.Postprocessor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stored form of one prediction: the question it answers, the raw output and its score. */
record ResultRow(String questionId, String subject, int rowIndex, String promptHash, String prompt, String gold,
        String rawOutput, String prediction, boolean correct, String finishReason, Integer inputTokens,
        Integer outputTokens, long latencyMicros, String workerId, String errorCode, String errorMessage) {

    static ResultRow of(Prediction prediction, Postprocessor postprocessor) {
        Question question = prediction.getQuestion();
        String extracted = prediction.hasError() ? "" : postprocessor.extract(prediction.getOutput());
        return new ResultRow(question.getQuestionId(), question.getSubject(), question.getIndex(),
                question.getPromptHash().isEmpty() ? sha256(question.getPrompt()) : question.getPromptHash(),
                question.getPrompt(), question.getGold(), prediction.getOutput(), extracted,
                !question.getGold().isEmpty() && question.getGold().equals(extracted), prediction.getFinishReason(),
                prediction.hasInputTokens() ? prediction.getInputTokens() : null,
                prediction.hasOutputTokens() ? prediction.getOutputTokens() : null, prediction.getLatencyMicros(),
                prediction.getWorkerId(), prediction.hasError() ? prediction.getError().getCode() : null,
                prediction.hasError() ? prediction.getError().getMessage() : null);
    }

    boolean failed() {
        return errorCode != null;
    }

    /** The prompt hash as the orchestrator computes it, for a question that came without one. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
