package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import io.evalstream.triton.proto.DataType;
import io.evalstream.triton.proto.ModelConfig;
import io.evalstream.triton.proto.ModelConfigRequest;
import io.evalstream.triton.proto.ModelMetadataRequest;
import io.evalstream.triton.proto.ModelMetadataResponse;
import io.evalstream.triton.proto.ModelReadyRequest;
import io.evalstream.triton.proto.RepositoryIndexRequest;
import io.evalstream.triton.proto.ServerLiveRequest;
import io.evalstream.triton.proto.ServerMetadataRequest;
import io.evalstream.triton.proto.ServerReadyRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServerInfoTest {

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void serverIsLiveReadyHealthyAndCallsItselfTriton() {
        assertTrue(triton.blocking().serverLive(ServerLiveRequest.getDefaultInstance()).getLive());
        assertTrue(triton.blocking().serverReady(ServerReadyRequest.getDefaultInstance()).getReady());
        var metadata = triton.blocking().serverMetadata(ServerMetadataRequest.getDefaultInstance());
        assertEquals("triton", metadata.getName());
        assertTrue(metadata.getExtensionsList().contains("binary_tensor_data"));
        assertEquals(HealthCheckResponse.ServingStatus.SERVING, HealthGrpc.newBlockingStub(triton.channel())
                .check(HealthCheckRequest.getDefaultInstance()).getStatus());
        assertEquals(List.of(Triton.VLLM, Triton.TRTLLM, Triton.TEXT_BATCH, Triton.TRTLLM_DECOUPLED).stream().sorted()
                .toList(), triton.blocking().repositoryIndex(RepositoryIndexRequest.getDefaultInstance())
                        .getModelsList().stream().map(m -> m.getName()).toList());
    }

    @Test
    void vllmModelIsDecoupledWithoutBatchDimension() {
        assertTrue(triton.blocking().modelReady(ModelReadyRequest.newBuilder().setName(Triton.VLLM).build()).getReady());
        ModelMetadataResponse metadata = metadata(Triton.VLLM);
        assertEquals("vllm", metadata.getPlatform());
        assertEquals(List.of("1"), metadata.getVersionsList());
        assertTensor(metadata.getInputsList(), "text_input", "BYTES", 1L);
        assertTensor(metadata.getInputsList(), "stream", "BOOL", 1L);
        assertTensor(metadata.getOutputsList(), "text_output", "BYTES", -1L);
        assertTensor(metadata.getOutputsList(), "num_input_tokens", "UINT32", 1L);
        ModelConfig config = config(Triton.VLLM);
        assertTrue(config.getModelTransactionPolicy().getDecoupled());
        assertEquals(0, config.getMaxBatchSize());
        assertEquals("vllm", config.getBackend());
        assertFalse(config.getInput(0).getOptional());
        assertTrue(config.getInputList().stream().filter(i -> i.getName().equals("sampling_parameters")).findFirst()
                .orElseThrow().getOptional());
    }

    @Test
    void trtllmEnsembleHasTheLeadingBatchDimension() {
        ModelMetadataResponse metadata = metadata(Triton.TRTLLM);
        assertEquals("ensemble", metadata.getPlatform());
        assertTensor(metadata.getInputsList(), "text_input", "BYTES", -1L, 1L);
        assertTensor(metadata.getInputsList(), "max_tokens", "INT32", -1L, 1L);
        assertTensor(metadata.getInputsList(), "stop_words", "BYTES", -1L, -1L);
        assertTensor(metadata.getInputsList(), "temperature", "FP32", -1L, 1L);
        assertTensor(metadata.getOutputsList(), "num_output_tokens", "INT32", -1L, 1L);
        ModelConfig config = config(Triton.TRTLLM);
        assertEquals(64, config.getMaxBatchSize());
        assertFalse(config.getModelTransactionPolicy().getDecoupled());
        assertEquals(DataType.TYPE_INT32, config.getInputList().stream()
                .filter(i -> i.getName().equals("max_tokens")).findFirst().orElseThrow().getDataType());
        assertTrue(config(Triton.TRTLLM_DECOUPLED).getModelTransactionPolicy().getDecoupled());
    }

    @Test
    void textBatchModelIsAPlainBatchedPythonModel() {
        ModelMetadataResponse metadata = metadata(Triton.TEXT_BATCH);
        assertEquals("python", metadata.getPlatform());
        assertTensor(metadata.getInputsList(), "PROMPT", "BYTES", -1L, 1L);
        assertTensor(metadata.getOutputsList(), "COMPLETION", "BYTES", -1L, 1L);
        assertEquals(32, config(Triton.TEXT_BATCH).getMaxBatchSize());
    }

    @Test
    void unknownModelsAreNotFoundEverywhere() {
        String message = "Request for unknown model: 'nope' is not found";
        assertNotFound(message, s -> triton.blocking().modelReady(ModelReadyRequest.newBuilder().setName(s).build()));
        assertNotFound(message, s -> triton.blocking().modelMetadata(ModelMetadataRequest.newBuilder().setName(s).build()));
        assertNotFound(message, s -> triton.blocking().modelConfig(ModelConfigRequest.newBuilder().setName(s).build()));
        assertNotFound(message, s -> triton.blocking().modelInfer(Triton.request(s, "x").build()));
    }

    private void assertNotFound(String message, Consumer<String> call) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> call.accept("nope"));
        assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
        assertEquals(message, e.getStatus().getDescription());
    }

    private ModelMetadataResponse metadata(String model) {
        return triton.blocking().modelMetadata(ModelMetadataRequest.newBuilder().setName(model).build());
    }

    private ModelConfig config(String model) {
        return triton.blocking().modelConfig(ModelConfigRequest.newBuilder().setName(model).build()).getConfig();
    }

    private static void assertTensor(List<ModelMetadataResponse.TensorMetadata> tensors, String name, String datatype,
            Long... shape) {
        var tensor = tensors.stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
        assertEquals(datatype, tensor.getDatatype(), name);
        assertEquals(List.of(shape), tensor.getShapeList(), name);
    }
}
