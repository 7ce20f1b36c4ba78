package io.evalstream.sim.engine;

import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.inject.Singleton;

import io.evalstream.sim.config.SimConfig;

/** K execution slots with a FIFO wait queue (K = 0: unlimited); grants run the start callback, never block. */
@Singleton
public class SlotScheduler {

    private final int slots;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int busy;

    SlotScheduler(SimConfig config) {
        this.slots = config.capacity().slots();
    }

    public void acquire(Runnable start) {
        synchronized (this) {
            if (slots > 0 && busy >= slots) {
                waiting.add(start);
                return;
            }
            busy++;
        }
        start.run();
    }

    /** Withdraws a request that is still waiting; returns false when it already holds a slot. */
    public synchronized boolean withdraw(Runnable start) {
        return waiting.remove(start);
    }

    public void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                busy--;
            }
        }
        if (next != null) {
            next.run();
        }
    }

    /** Busy slots / K, or 1.0 while anything runs when unlimited. */
    public synchronized double utilization() {
        return slots > 0 ? (double) busy / slots : (busy > 0 ? 1.0 : 0.0);
    }
}
