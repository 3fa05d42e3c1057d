// The reference ladder's throughput beside a numba kernel and a plain C loop of the same Markov
// chain on two threads, the C loop compiled at run time with the machine's `cc`: what the general
// step costs against the kernels issue 24 names, and against the least a resident-month can cost.

import CareSimCore
import Foundation

/// The C source of the loop.
///
/// Per resident-month one SplitMix64 draw, a search of the level's cumulative row (staying is
/// what the row leaves), and the level's cost and utility added; two arms, the replications
/// split over two POSIX threads. Its arguments are the residents, months and replications; it
/// prints its seconds and a checksum.
private func cLoopSource(levels: [NeedLevel], transitions: [[Double]]) -> String {
  let (cumulative, costs) = chainTables(levels: levels, transitions: transitions)
  func list(_ values: [Double]) -> String {
    values.map { "\($0)" }.joined(separator: ", ")
  }
  return """
    #include <pthread.h>
    #include <stdint.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <time.h>
    enum { LEVELS = \(levels.count) };
    static const double cumulative[LEVELS][LEVELS] = { \(cumulative.map { "{ \(list($0)) }" }.joined(separator: ", ")) };
    static const double cost[LEVELS] = { \(list(costs)) };
    static const double utility[LEVELS] = { \(list(levels.map { $0.utility })) };
    static int residents, months, replications;
    typedef struct { int first; double sum; } Work;
    static inline double uniform(uint64_t *state) {
      uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      return (double)((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
    }
    static void *run(void *argument) {
      Work *work = argument;
      double sum = 0;
      for (int replication = work->first; replication < replications; replication += 2)
        for (int arm = 0; arm < 2; arm++)
          for (int resident = 0; resident < residents; resident++) {
            uint64_t state = ((uint64_t)replication << 32) ^ (uint64_t)resident ^ ((uint64_t)arm << 63);
            int level = 0;
            for (int month = 0; month < months; month++) {
              double u = uniform(&state);
              int next = 0;
              while (next < LEVELS - 1 && u >= cumulative[level][next]) next++;
              level = next;
              sum += cost[level] + utility[level];
            }
          }
      work->sum = sum;
      return NULL;
    }
    int main(int argc, char **argv) {
      if (argc != 4) return 2;
      residents = atoi(argv[1]); months = atoi(argv[2]); replications = atoi(argv[3]);
      struct timespec start, end;
      clock_gettime(CLOCK_MONOTONIC, &start);
      pthread_t threads[2];
      Work work[2] = { { 0, 0 }, { 1, 0 } };
      for (int t = 0; t < 2; t++) pthread_create(&threads[t], NULL, run, &work[t]);
      for (int t = 0; t < 2; t++) pthread_join(threads[t], NULL);
      clock_gettime(CLOCK_MONOTONIC, &end);
      printf("%.6f %.6g\\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9,
        work[0].sum + work[1].sum);
      return 0;
    }

    """
}

/// The numba source of the same loop: the kernel issue 24 measured CareSim against.
///
/// The same draws, search and sums, its replications spread over the threads by `prange` (run
/// with `NUMBA_NUM_THREADS=2`). It is compiled by a first call on a few replications, then timed;
/// its arguments and output are the C loop's.
private func numbaSource(levels: [NeedLevel], transitions: [[Double]]) -> String {
  let (cumulative, costs) = chainTables(levels: levels, transitions: transitions)
  func list(_ values: [Double]) -> String {
    "[" + values.map { "\($0)" }.joined(separator: ", ") + "]"
  }
  return """
    import sys, time
    import numpy as np
    from numba import njit, prange
    cumulative = np.array([\(cumulative.map(list).joined(separator: ", "))])
    cost = np.array(\(list(costs)))
    utility = np.array(\(list(levels.map { $0.utility })))

    @njit(parallel=True)
    def run(residents, months, replications, cumulative, cost, utility):
        levels = cumulative.shape[0]
        sums = np.zeros(replications)
        for replication in prange(replications):
            total = 0.0
            for arm in range(2):
                for resident in range(residents):
                    state = ((np.uint64(replication) << np.uint64(32)) ^ np.uint64(resident)
                             ^ (np.uint64(arm) << np.uint64(63)))
                    level = 0
                    for month in range(months):
                        state = state + np.uint64(0x9E3779B97F4A7C15)
                        z = state
                        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
                        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
                        u = np.float64((z ^ (z >> np.uint64(31))) >> np.uint64(11)) * 2.0 ** -53
                        step = 0
                        while step < levels - 1 and u >= cumulative[level, step]:
                            step += 1
                        level = step
                        total += cost[level] + utility[level]
            sums[replication] = total
        return sums.sum()

    residents, months, replications = (int(argument) for argument in sys.argv[1:4])
    run(residents, months, 4, cumulative, cost, utility)
    start = time.perf_counter()
    total = run(residents, months, replications, cumulative, cost, utility)
    print("%.6f %.6g" % (time.perf_counter() - start, total))

    """
}

/// The chain both kernels run: each level's cumulative row (staying is what the row leaves) and
/// its monthly care cost.
private func chainTables(levels: [NeedLevel], transitions: [[Double]]) -> (
  cumulative: [[Double]], costs: [Double]
) {
  let cumulative = transitions.enumerated().map { from, row -> [Double] in
    let leaving = row.indices.filter { $0 != from }.reduce(0) { $0 + row[$1] }
    var rowWithStay = row
    rowWithStay[from] = max(0, 1 - leaving)
    var sum = 0.0
    return rowWithStay.map {
      sum += $0
      return sum
    }
  }
  let costs = levels.map { level in
    Funder.allCases.reduce(0) { $0 + level.annualCareCost[$1] } / 12
  }
  return (cumulative, costs)
}

/// Runs a program and returns its standard output and exit status; nil when it cannot start.
///
/// `environment` adds to this process's.
func output(of executable: String, _ arguments: [String], environment: [String: String] = [:])
  -> (text: String, status: Int32)?
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (String(decoding: data, as: UTF8.self), process.terminationStatus)
}

/// The reference ladder through CareSim's production path on every core, beside the numba kernel
/// and the C loop on two threads, all in this process run; the ratios are what issue 24's goal
/// compares (at least half of numba's rate).
func printLadderAgainstC(quick: Bool, cores: Int) {
  let parameters = load("reference-ladder").parameters
  let replications = quick ? 100 : 1_000
  let residentMonths = Double(parameters.residents * parameters.months * 2 * replications)
  print("")
  print(
    "Reference ladder: \(parameters.residents) residents x \(replications) replications x "
      + "\(parameters.months) months, both arms, against a numba kernel and a C loop of the same "
      + "chain on 2 threads")
  _ = measure(parameters, replications: 20, threads: cores)  // warm-up
  let engine = measure(parameters, replications: replications, threads: cores)
  print(
    String(format: "CareSim's engine, %d threads: %.2f s, ", cores, engine.seconds)
      + millions(engine.residentMonthsPerSecond) + " resident-months/s")
  // The goal is set for the whole command: the process, reading, summaries, files and report.
  let whole = timeCaresim([
    "run", "Scenarios/reference-ladder.json", "--replications", "\(replications)", "--threads",
    "\(cores)",
  ])
  let caresimRate = residentMonths / whole
  print(
    String(format: "CareSim's whole caresim run, %d threads: %.2f s, ", cores, whole)
      + millions(caresimRate) + " resident-months/s")
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "caresim-bench-kernels-\(ProcessInfo.processInfo.processIdentifier)")
  defer { try? FileManager.default.removeItem(at: folder) }
  let arguments = ["\(parameters.residents)", "\(parameters.months)", "\(replications)"]
  let sources = [
    "ladder.c": cLoopSource(levels: parameters.needLevels, transitions: parameters.transitions),
    "ladder.py": numbaSource(levels: parameters.needLevels, transitions: parameters.transitions),
  ]
  do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, source) in sources {
      try Data(source.utf8).write(to: folder.appendingPathComponent(name))
    }
  } catch {
    print("kernels skipped: cannot write their sources: \(error)")
    return
  }
  /// A kernel's seconds from its first word of output; nil when it did not run.
  func seconds(_ run: (text: String, status: Int32)?) -> Double? {
    guard let run, run.status == 0,
      let seconds = Double(run.text.split(whereSeparator: \.isWhitespace).first ?? ""), seconds > 0
    else { return nil }
    return seconds
  }
  /// A kernel's rate and the whole `caresim run`'s share of it, against `goal` where one applies.
  func report(_ name: String, _ seconds: Double, goal: Double?) {
    let rate = residentMonths / seconds
    let ratio = caresimRate / rate
    let verdict = goal.map {
      String(format: " (goal: %.2f)", $0) + (ratio >= $0 ? " met" : " MISSED")
    }
    print(
      name + String(format: ", 2 threads: %.2f s, ", seconds) + millions(rate)
        + String(format: " resident-months/s; caresim run at %.2f of its rate", ratio)
        + (verdict ?? ""))
  }
  let numba = seconds(
    output(
      of: "/usr/bin/env", ["python3", folder.appendingPathComponent("ladder.py").path] + arguments,
      environment: ["NUMBA_NUM_THREADS": "2"]))
  if let numba {
    report("numba kernel", numba, goal: 0.5)
  } else {
    print("numba kernel skipped: python3 with numba not found (pip install numba)")
  }
  let program = folder.appendingPathComponent("ladder").path
  guard
    let compiled = output(
      of: "/usr/bin/env",
      ["cc", "-O2", "-pthread", "-o", program, folder.appendingPathComponent("ladder.c").path]),
    compiled.status == 0
  else {
    print("C loop skipped: no C compiler ('cc') on this machine, or it failed")
    return
  }
  guard let loop = seconds(output(of: program, arguments)) else {
    print("C loop skipped: it did not run")
    return
  }
  // Without numba, issue 24's measure of numba at 0.70 of this loop's rate gives the goal: 0.35.
  report("C loop", loop, goal: numba == nil ? 0.35 : nil)
}
