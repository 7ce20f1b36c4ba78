package io.evalstream.orchestrator.run.dispatch;

import io.evalstream.orchestrator.run.state.RunEntity;
import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.pipeline.RunInfo;
import java.util.List;

/** The run description carried by every question batch. */
public final class RunInfos {

    private RunInfos() {
    }

    public static RunInfo of(RunEntity run) {
        return RunInfo.newBuilder()
                .setRunId(run.id)
                .setBenchmark(run.benchmark)
                .setSplit(run.split)
                .setModel(run.model)
                .setModelAbbr(run.modelAbbr)
                .setTemplate(run.template)
                .setPromptVersion(run.promptVersion)
                .setExpectedQuestions(run.total)
                .addAllSubjects(List.of(run.subjects))
                .setPostprocessor(run.postprocessor)
                .setGeneration(GenerationSettings.newBuilder()
                        .setMaxNewTokens(run.maxNewTokens)
                        .setTemperature(run.temperature)
                        .addAllStop(List.of(run.stopStrings))
                        .setSeed(run.seed))
                .setDatasetLabel(run.benchmark)
                .build();
    }
}
