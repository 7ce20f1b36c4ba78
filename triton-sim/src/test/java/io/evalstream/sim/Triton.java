package io.evalstream.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;

import io.evalstream.triton.proto.GRPCInferenceServiceGrpc;
import io.evalstream.triton.proto.InferParameter;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferRequest.InferInputTensor;
import io.evalstream.triton.proto.ModelInferResponse;
import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;

/** A plain grpc-java client of the simulator's test port, with Triton's wire encodings written out by hand. */
final class Triton implements AutoCloseable {

    static final String VLLM = "internlm2-chat-1_8b";
    static final String TRTLLM = "internlm2-chat-1_8b-trtllm";
    static final String TRTLLM_DECOUPLED = "trtllm-decoupled";
    static final String TEXT_BATCH = "text-batch";

    private ManagedChannel channel;

    /** Opened on first use: the test framework may create test instances that never run a test. */
    synchronized ManagedChannel channel() {
        if (channel == null) {
            channel = ManagedChannelBuilder.forAddress("127.0.0.1", 18001).usePlaintext().build();
        }
        return channel;
    }

    GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub blocking() {
        return GRPCInferenceServiceGrpc.newBlockingStub(channel());
    }

    Stream stream(boolean closeOnError) {
        Metadata headers = new Metadata();
        if (closeOnError) {
            headers.put(Metadata.Key.of("triton_grpc_error", Metadata.ASCII_STRING_MARSHALLER), "true");
        }
        Stream stream = new Stream();
        stream.requests = GRPCInferenceServiceGrpc.newStub(channel())
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers)).modelStreamInfer(stream);
        return stream;
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Collects a stream's responses and its final status. */
    static final class Stream implements StreamObserver<ModelStreamInferResponse> {
        final LinkedBlockingQueue<ModelStreamInferResponse> responses = new LinkedBlockingQueue<>();
        final CompletableFuture<Status> status = new CompletableFuture<>();
        StreamObserver<ModelInferRequest> requests;

        void send(ModelInferRequest request) {
            requests.onNext(request);
        }

        ModelStreamInferResponse next() throws InterruptedException {
            ModelStreamInferResponse response = responses.poll(10, TimeUnit.SECONDS);
            if (response == null) {
                throw new AssertionError("no stream response within 10 s; status " + status.getNow(null));
            }
            return response;
        }

        Status finish() throws Exception {
            requests.onCompleted();
            return status.get(10, TimeUnit.SECONDS);
        }

        @Override
        public void onNext(ModelStreamInferResponse value) {
            responses.add(value);
        }

        @Override
        public void onError(Throwable t) {
            status.complete(Status.fromThrowable(t));
        }

        @Override
        public void onCompleted() {
            status.complete(Status.OK);
        }
    }

    static ModelInferRequest.Builder request(String model, String id) {
        return ModelInferRequest.newBuilder().setModelName(model).setId(id);
    }

    /** A vLLM request in the raw form the Python client sends. */
    static ModelInferRequest vllm(String id, String prompt, String sampling, Boolean exclude, boolean stream) {
        ModelInferRequest.Builder r = request(VLLM, id);
        r.addInputs(input("text_input", "BYTES", 1)).addRawInputContents(strings(prompt));
        r.addInputs(input("stream", "BOOL", 1)).addRawInputContents(bools(stream));
        if (sampling != null) {
            r.addInputs(input("sampling_parameters", "BYTES", 1)).addRawInputContents(strings(sampling));
        }
        if (exclude != null) {
            r.addInputs(input("exclude_input_in_output", "BOOL", 1)).addRawInputContents(bools(exclude));
        }
        return r.build();
    }

    static InferInputTensor input(String name, String datatype, long... shape) {
        InferInputTensor.Builder t = InferInputTensor.newBuilder().setName(name).setDatatype(datatype);
        for (long d : shape) {
            t.addShape(d);
        }
        return t.build();
    }

    static ByteString strings(String... values) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (String v : values) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            buffer.putInt(b.length).put(b);
        }
        return ByteString.copyFrom(buffer.array(), 0, buffer.position());
    }

    static ByteString bools(boolean... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) (values[i] ? 1 : 0);
        }
        return ByteString.copyFrom(b);
    }

    static ByteString int32s(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            buffer.putInt(v);
        }
        return ByteString.copyFrom(buffer.array());
    }

    static List<String> decodeStrings(ByteString raw) {
        ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        List<String> values = new ArrayList<>();
        while (buffer.hasRemaining()) {
            byte[] b = new byte[buffer.getInt()];
            buffer.get(b);
            values.add(new String(b, StandardCharsets.UTF_8));
        }
        return values;
    }

    static List<Integer> decodeInts(ByteString raw) {
        ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> values = new ArrayList<>();
        while (buffer.hasRemaining()) {
            values.add(buffer.getInt());
        }
        return values;
    }

    /** The raw output with the given name. */
    static ByteString output(ModelInferResponse response, String name) {
        for (int i = 0; i < response.getOutputsCount(); i++) {
            if (response.getOutputs(i).getName().equals(name)) {
                return response.getRawOutputContents(i);
            }
        }
        throw new AssertionError("no output " + name + " in " + response);
    }

    static String text(ModelInferResponse response) {
        return decodeStrings(output(response, "text_output")).get(0);
    }

    static boolean isFinal(ModelInferResponse response) {
        return response.getParametersOrDefault("triton_final_response", InferParameter.getDefaultInstance())
                .getBoolParam();
    }

    /** The C-Eval question block, written out as DESIGN §3 specifies. */
    static String block(String subjectZh, String question, String a, String b, String c, String d) {
        return "以下是中国关于" + subjectZh + "考试的单项选择题，请选出其中的正确答案。\n" + question + "\nA. " + a + "\nB. " + b + "\nC. "
                + c + "\nD. " + d + "\n答案: ";
    }

    static final String ECON_5_54 = block("大学经济学", "兰德只买激光唱片和棒棒糖，他有固定收入，不能借钱，当他沿着预算约束移动时____",
            "激光唱片的价格在改变，而其收入和棒棒糖的价格不变", "棒棒糖的价格在改变，而其收入和激光唱片的价格不变",
            "激光唱片和棒棒糖的价格在改变，而其收入不变", "激光唱片和棒棒糖的价格及其收入都不变");
}
