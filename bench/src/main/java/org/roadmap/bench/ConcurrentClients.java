package org.roadmap.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Closed-loop load: {@code total} calls spread over {@code clients} threads, each making its calls one after another. */
final class ConcurrentClients {

    /** One call of one client; {@code i} counts that client's calls. */
    interface Call {
        void make(int client, int i) throws Exception;
    }

    private ConcurrentClients() {
    }

    /** @return how long each call took, in nanoseconds */
    static long[] run(int clients, int total, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                int share = total / clients + (c < total % clients ? 1 : 0);
                parts.add(pool.submit(() -> {
                    long[] mine = new long[share];
                    for (int i = 0; i < share; i++) {
                        long sent = System.nanoTime();
                        call.make(client, i);
                        mine[i] = System.nanoTime() - sent;
                    }
                    return mine;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> part : parts) {
                long[] mine = part.get();
                long[] merged = Arrays.copyOf(all, all.length + mine.length);
                System.arraycopy(mine, 0, merged, all.length, mine.length);
                all = merged;
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
