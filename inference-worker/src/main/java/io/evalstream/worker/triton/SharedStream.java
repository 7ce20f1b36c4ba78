package io.evalstream.worker.triton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.quarkus.logging.Log;

/**
 * One long-lived ModelStreamInfer call carrying many requests at once, their responses correlated by request id
 * (DESIGN §4). When the call ends, every request still pending on it fails with a transient error, so the retry policy
 * sends it again on a new stream. A retired stream takes no new requests and is cancelled once its last request ends,
 * which also stops work Triton may still hold for requests given up on (a stall past the deadline).
 */
final class SharedStream implements ClientResponseObserver<ModelInferRequest, ModelStreamInferResponse> {

    private final Map<String, PendingRequest> pending = new ConcurrentHashMap<>();
    private ClientCallStreamObserver<ModelInferRequest> call;
    private boolean ended;
    private boolean retired;

    @Override
    public void beforeStart(ClientCallStreamObserver<ModelInferRequest> requestStream) {
        this.call = requestStream;
    }

    /** @return false when this stream takes no more requests; the caller then opens a new one */
    synchronized boolean send(ModelInferRequest request, PendingRequest waiting) {
        if (ended || retired) {
            return false;
        }
        if (pending.putIfAbsent(request.getId(), waiting) != null) {
            // the same question dispatched twice at once; the retry's "#<attempt>" id is a different one
            waiting.fail(new TransientTritonException("ALREADY_EXISTS",
                    "request id " + request.getId() + " is already in flight on this stream"));
            return true;
        }
        call.onNext(request);
        return true;
    }

    /** Forgets a request that no longer waits (deadline, cancellation); a deadline also retires the stream. */
    void withdraw(String id, PendingRequest waiting, boolean expired) {
        pending.remove(id, waiting);
        synchronized (this) {
            retired |= expired;
        }
        cancelIfDrained();
    }

    @Override
    public void onNext(ModelStreamInferResponse response) {
        String id = response.getInferResponse().getId();
        boolean uncorrelated = id.isEmpty() && !response.getErrorMessage().isEmpty();
        PendingRequest waiting = uncorrelated ? sole() : pending.get(id);
        if (waiting == null && uncorrelated) {
            failAll(new TransientTritonException("UNAVAILABLE", "Triton reported an error no request can be "
                    + "matched to, so every request on its stream is sent again: " + response.getErrorMessage()));
            return;
        }
        if (waiting == null) {
            Log.debugf("Ignoring a stream response for request %s, which no longer waits", id);
            return;
        }
        try {
            if (!waiting.accept(response)) {
                return;
            }
            pending.remove(waiting.id(), waiting);
            waiting.finish();
        } catch (RuntimeException unreadable) {
            pending.remove(waiting.id(), waiting);
            waiting.fail(TritonCallException.from(unreadable));
        }
        cancelIfDrained();
    }

    @Override
    public void onError(Throwable failure) {
        end(TritonCallException.from(failure));
    }

    @Override
    public void onCompleted() {
        end(new TransientTritonException("UNAVAILABLE", "Triton ended the stream before the final response"));
    }

    /** Ends the call at shutdown: Triton finishes it once nothing is pending. */
    synchronized void close() {
        retired = true;
        if (!ended) {
            call.onCompleted();
        }
    }

    /** An uncorrelated error belongs to the only request pending, if there is one. */
    private PendingRequest sole() {
        return pending.size() == 1 ? pending.values().iterator().next() : null;
    }

    private void failAll(TritonCallException error) {
        synchronized (this) {
            retired = true;
        }
        drain(error);
        cancelIfDrained();
    }

    private void end(TritonCallException error) {
        synchronized (this) {
            ended = true;
        }
        drain(error);
    }

    private void drain(TritonCallException error) {
        List<PendingRequest> failed = new ArrayList<>(pending.values());
        failed.forEach(waiting -> pending.remove(waiting.id(), waiting));
        failed.forEach(waiting -> waiting.fail(error));
    }

    private void cancelIfDrained() {
        synchronized (this) {
            if (!retired || ended || !pending.isEmpty()) {
                return;
            }
            ended = true;
        }
        call.cancel("stream retired", null);
    }
}
