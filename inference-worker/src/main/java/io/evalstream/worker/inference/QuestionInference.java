package io.evalstream.worker.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.metrics.WorkerMetrics;
import io.evalstream.worker.triton.Generation;
import io.evalstream.worker.triton.ModelInterface;
import io.evalstream.worker.triton.TritonCallException;
import io.evalstream.worker.triton.TritonInference;
import io.evalstream.worker.triton.TritonRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Infers the questions of one batch concurrently, within the in-flight window; failures become error predictions. */
@ApplicationScoped
public class QuestionInference {

    private final TritonInference triton;
    private final InflightWindow window;
    private final WorkerConfig config;
    private final WorkerIdentity worker;
    private final WorkerMetrics metrics;

    QuestionInference(TritonInference triton, InflightWindow window, WorkerConfig config, WorkerIdentity worker,
            WorkerMetrics metrics) {
        this.triton = triton;
        this.window = window;
        this.config = config;
        this.worker = worker;
        this.metrics = metrics;
    }

    /** Predictions in the order of the questions. */
    public Uni<List<Prediction>> infer(RunInfo run, ModelInterface model, List<Question> questions) {
        if (questions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<List<Prediction>>> requests = partition(questions, model.promptsPerRequest(config.maxPromptsPerRequest()))
                .stream().map(group -> window.run(() -> request(run, model, group))).toList();
        return Uni.join().all(requests).andFailFast()
                .map(groups -> groups.stream().flatMap(List::stream).toList());
    }

    private Uni<List<Prediction>> request(RunInfo run, ModelInterface model, List<Question> group) {
        long start = System.nanoTime();
        String id = group.stream().map(Question::getQuestionId).collect(Collectors.joining(","));
        List<String> prompts = group.stream().map(Question::getPrompt).toList();
        return triton.infer(new TritonRequest(model, id, prompts, run.getGeneration()))
                .map(generations -> {
                    long micros = micros(start);
                    metrics.questionsInferred(model.name(), "OK", group.size());
                    List<Prediction> predictions = new ArrayList<>(group.size());
                    for (int i = 0; i < group.size(); i++) {
                        Generation generation = generations.get(i);
                        metrics.tokens(model.name(), generation.inputTokens(), generation.outputTokens());
                        predictions.add(Predictions.success(group.get(i), generation, micros, worker.id()));
                    }
                    return predictions;
                })
                .onFailure().recoverWithItem(failure -> {
                    TritonCallException error = TritonCallException.from(failure);
                    metrics.failure(model.name(), error.code());
                    metrics.questionsInferred(model.name(), error.code(), group.size());
                    return group.stream()
                            .map(question -> Predictions.failure(question, error, micros(start), worker.id())).toList();
                });
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }

    private static List<List<Question>> partition(List<Question> questions, int size) {
        List<List<Question>> groups = new ArrayList<>();
        for (int i = 0; i < questions.size(); i += size) {
            groups.add(questions.subList(i, Math.min(questions.size(), i + size)));
        }
        return groups;
    }
}
