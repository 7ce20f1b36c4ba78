package io.evalstream.orchestrator.run.api;

import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunView;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Predicate;

/**
 * A run as a stream of views: the current one, each change, and the one it ends with, then the stream completes. The
 * replica serving the stream need not be the one applying the run's events (each holds some Kafka partitions), so
 * changes are read from the shared database, every few milliseconds inside the server rather than over HTTP.
 */
@ApplicationScoped
public class RunFeed {

    private final RunFeedConfig config;

    public RunFeed(RunFeedConfig config) {
        this.config = config;
    }

    /** Fails with {@link RunNotFoundException} before streaming when there is no such run. */
    public Multi<RunView> follow(String id) {
        RunView current = read(id);
        if (current.status().terminal()) {
            return Multi.createFrom().item(current);
        }
        // Ticks fire on an event-loop thread; the database is read on a worker thread.
        return Multi.createFrom().ticks().every(config.checkEvery()).onOverflow().drop()
                .emitOn(Infrastructure.getDefaultExecutor())
                .map(tick -> read(id))
                .select().where(new ChangedOrDue(config.heartbeat().toNanos()))
                .select().first(run -> !run.status().terminal())
                .onCompletion().switchTo(() -> Multi.createFrom().item(() -> read(id)));
    }

    private static RunView read(String id) {
        return QuarkusTransaction.requiringNew().call(() -> RunEntity.byId(id).map(RunView::of)
                .orElseThrow(() -> new RunNotFoundException(id)));
    }

    /** Lets a view through when it differs from the last one let through, or when the heartbeat is due. */
    private static final class ChangedOrDue implements Predicate<RunView> {

        private final long heartbeatNanos;
        private RunView last;
        private long lastAt;

        ChangedOrDue(long heartbeatNanos) {
            this.heartbeatNanos = heartbeatNanos;
        }

        @Override
        public boolean test(RunView run) {
            long now = System.nanoTime();
            if (run.equals(last) && now - lastAt < heartbeatNanos) {
                return false;
            }
            last = run;
            lastAt = now;
            return true;
        }
    }
}
