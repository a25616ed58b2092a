package org.practicesearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Queries per second with as many clients as cores, each sending the next request as soon as it has an answer:
 * the machine under load. Used to check that letting one query use both cores (the searcher's executor) does not
 * lower what the machine serves when every core is busy anyway.
 */
final class Throughput {
  private Throughput() {}

  /**
   * Runs {@code rounds} rounds of each side, alternating, each round {@code queries} requests per client.
   *
   * @return the median queries per second of each side: {a, b}
   */
  static double[] compare(CorpusGenerator gen, String q, Bench.Search a, Bench.Search b, int clients, int queries,
      int rounds, long seed) throws Exception {
    double[][] qps = new double[2][rounds];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      run(gen, q, a, clients, Math.min(queries, 50), pool, seed); // warm-up
      run(gen, q, b, clients, Math.min(queries, 50), pool, seed);
      for (int round = 0; round < rounds; round++) {
        boolean aFirst = round % 2 == 0;
        for (int k = 0; k < 2; k++) {
          boolean doA = (k == 0) == aFirst;
          qps[doA ? 0 : 1][round] = run(gen, q, doA ? a : b, clients, queries, pool, seed + round);
        }
      }
    } finally {
      pool.shutdown();
    }
    return new double[] {Bench.median(qps[0]), Bench.median(qps[1])};
  }

  private static double run(CorpusGenerator gen, String q, Bench.Search side, int clients, int queries,
      ExecutorService pool, long seed) throws Exception {
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      SplittableRandom r = new SplittableRandom(seed * 31 + c);
      done.add(pool.submit(() -> {
        for (int i = 0; i < queries; i++) {
          side.search(q, Bench.text(gen, q, r), gen.country(r));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    return (double) clients * queries * 1e9 / (System.nanoTime() - start);
  }
}
