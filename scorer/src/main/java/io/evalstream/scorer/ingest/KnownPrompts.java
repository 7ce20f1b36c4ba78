package io.evalstream.scorer.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hashes of prompts committed to the {@code prompt} table, which only grows: a poll whose prompts are all known asks
 * the database nothing about them. Holds at most {@code known-prompts} hashes and forgets the oldest first.
 */
@ApplicationScoped
public class KnownPrompts {

    private final Map<String, Boolean> known;
    private final TransactionSynchronizationRegistry transactions;

    public KnownPrompts(ScorerConfig config, TransactionSynchronizationRegistry transactions) {
        int limit = config.knownPrompts();
        this.known = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > limit;
            }
        };
        this.transactions = transactions;
    }

    /** The hashes not known to be stored. */
    synchronized List<String> unknown(Collection<String> hashes) {
        return hashes.stream().filter(hash -> known.get(hash) == null).toList();
    }

    /** Remembers the hashes once the current transaction has committed. */
    void rememberOnCommit(Collection<String> hashes) {
        List<String> stored = List.copyOf(hashes);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    remember(stored);
                }
            }
        });
    }

    private synchronized void remember(List<String> hashes) {
        hashes.forEach(hash -> known.put(hash, Boolean.TRUE));
    }
}
