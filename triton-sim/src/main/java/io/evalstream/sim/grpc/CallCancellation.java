package io.evalstream.sim.grpc;

import io.grpc.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/** Stops a unary call's work when the client cancels it or its deadline expires (the gRPC context is cancelled). */
final class CallCancellation {

    private CallCancellation() {
    }

    static <T> Uni<T> boundToCall(Uni<T> work) {
        Context call = Context.current();
        return Uni.createFrom().emitter(emitter -> {
            Cancellable running = work.subscribe().with(emitter::complete, emitter::fail);
            call.addListener(cancelled -> running.cancel(), Runnable::run);
            emitter.onTermination(running::cancel);
        });
    }
}
