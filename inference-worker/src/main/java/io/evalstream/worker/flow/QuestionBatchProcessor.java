package io.evalstream.worker.flow;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.worker.inference.QuestionInference;
import io.evalstream.worker.inference.WorkerConfig;
import io.evalstream.worker.metrics.WorkerMetrics;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * QuestionBatch in, PredictionBatch out. The outgoing message is the incoming one with a new payload, so the
 * incoming offset is committed only after Kafka acknowledged the predictions. Several batches run at once.
 */
@ApplicationScoped
public class QuestionBatchProcessor {

    private final RunAdmissions admissions;
    private final RunControls controls;
    private final QuestionInference inference;
    private final WorkerConfig config;
    private final WorkerMetrics metrics;

    QuestionBatchProcessor(RunAdmissions admissions, RunControls controls, QuestionInference inference,
            WorkerConfig config, WorkerMetrics metrics) {
        this.admissions = admissions;
        this.controls = controls;
        this.inference = inference;
        this.config = config;
        this.metrics = metrics;
    }

    @Incoming("questions")
    @Outgoing("predictions")
    public Multi<Message<PredictionBatch>> process(Multi<Message<QuestionBatch>> records) {
        return records.onItem().transformToMulti(record -> handle(record).toMulti())
                .merge(config.maxBatchesInFlight());
    }

    /**
     * The predictions message, or null when the record was acknowledged or dead-lettered without one. Records that
     * are not a usable QuestionBatch never get here: the deserializer sends them to the dead-letter topic.
     */
    private Uni<Message<PredictionBatch>> handle(Message<QuestionBatch> record) {
        QuestionBatch batch = record.getPayload();
        return Uni.createFrom().voidItem()
                .chain(() -> controls.cancelled(batch.getRun().getRunId())
                        ? skip(record, batch, "cancelled")
                        : admissions.admit(batch.getRun()).chain(admission -> admission.refused()
                                ? skip(record, batch, "refused")
                                : inference.infer(batch.getRun(), admission.model(), batch.getQuestionsList())
                                        .map(predictions -> predictions(record, batch, predictions))))
                .onFailure().recoverWithUni(failure -> {
                    Log.warnf("Dead-lettering a questions record: %s", failure.getMessage());
                    metrics.deadLetter(failure.getClass().getSimpleName());
                    return Uni.createFrom().completionStage(() -> record.nack(failure)).replaceWith((Message<PredictionBatch>) null);
                });
    }

    private Uni<Message<PredictionBatch>> skip(Message<QuestionBatch> record, QuestionBatch batch, String reason) {
        metrics.skipped(reason, batch.getQuestionsCount());
        return Uni.createFrom().completionStage(record::ack).replaceWith((Message<PredictionBatch>) null);
    }

    private static Message<PredictionBatch> predictions(Message<QuestionBatch> record, QuestionBatch batch,
            List<Prediction> predictions) {
        PredictionBatch out = PredictionBatch.newBuilder()
                .setRun(batch.getRun())
                .setBatchId(batch.getBatchId())
                .addAllPredictions(predictions)
                .build();
        return record.withPayload(out)
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(batch.getRun().getRunId()).build());
    }
}
