package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.Question;
import io.evalstream.benchmark.postprocess.Postprocessor;
import io.evalstream.scorer.result.QuestionResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes one result per (run, question): a question seen before is overwritten, never counted twice. */
final class ResultRecorder {

    private ResultRecorder() {
    }

    static void upsert(String runId, List<Prediction> predictions, Postprocessor postprocessor) {
        Map<String, Prediction> latest = new LinkedHashMap<>();
        predictions.forEach(p -> latest.put(p.getQuestion().getQuestionId(), p));
        Map<String, QuestionResult> existing = QuestionResult.ofQuestions(runId, latest.keySet()).stream()
                .collect(Collectors.toMap(r -> r.questionId, Function.identity()));
        latest.forEach((questionId, prediction) -> {
            QuestionResult result = existing.get(questionId);
            if (result == null) {
                result = new QuestionResult();
                result.runId = runId;
                result.questionId = questionId;
            }
            fill(result, prediction, postprocessor);
            result.persist();
        });
    }

    private static void fill(QuestionResult result, Prediction prediction, Postprocessor postprocessor) {
        Question question = prediction.getQuestion();
        if (question.getQuestionId().isEmpty()) {
            throw new IllegalArgumentException("a prediction carries no question id");
        }
        result.subject = question.getSubject();
        result.rowIndex = question.getIndex();
        result.prompt = question.getPrompt();
        result.promptHash = question.getPromptHash();
        result.gold = question.getGold();
        result.rawOutput = prediction.getOutput();
        result.prediction = prediction.hasError() ? "" : postprocessor.extract(prediction.getOutput());
        result.correct = !result.gold.isEmpty() && result.gold.equals(result.prediction);
        result.finishReason = prediction.getFinishReason();
        result.inputTokens = prediction.hasInputTokens() ? prediction.getInputTokens() : null;
        result.outputTokens = prediction.hasOutputTokens() ? prediction.getOutputTokens() : null;
        result.latencyMicros = prediction.getLatencyMicros();
        result.workerId = prediction.getWorkerId();
        result.errorCode = prediction.hasError() ? prediction.getError().getCode() : null;
        result.errorMessage = prediction.hasError() ? prediction.getError().getMessage() : null;
        result.scoredAt = Instant.now();
    }
}
