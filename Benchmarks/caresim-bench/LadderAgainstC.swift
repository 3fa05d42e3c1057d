// The reference ladder's throughput beside a plain C loop of the same Markov chain on two
// threads, compiled at run time with the machine's `cc`: what the general step costs against
// the least a resident-month can cost.

import CareSimCore
import Foundation

/// The C source of the loop.
///
/// Per resident-month one SplitMix64 draw, a search of the level's cumulative row (staying is
/// what the row leaves), and the level's cost and utility added; two arms, the replications
/// split over two POSIX threads. Its arguments are the residents, months and replications; it
/// prints its seconds and a checksum.
private func cLoopSource(levels: [NeedLevel], transitions: [[Double]]) -> String {
  let count = levels.count
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
  func list(_ values: [Double]) -> String {
    values.map { "\($0)" }.joined(separator: ", ")
  }
  let costs = levels.map { level in
    Funder.allCases.reduce(0) { $0 + level.annualCareCost[$1] } / 12
  }
  return """
    #include <pthread.h>
    #include <stdint.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <time.h>
    enum { LEVELS = \(count) };
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

/// Runs a program and returns its standard output and exit status; nil when it cannot start.
func output(of executable: String, _ arguments: [String]) -> (text: String, status: Int32)? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  do { try process.run() } catch { return nil }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (String(decoding: data, as: UTF8.self), process.terminationStatus)
}

/// The reference ladder through CareSim's production path on every core, beside the C loop on
/// two threads, both in this process run; the ratio is what issue 24's goal compares.
func printLadderAgainstC(quick: Bool, cores: Int) {
  let parameters = load("reference-ladder").parameters
  let replications = quick ? 100 : 1_000
  let residentMonths = Double(parameters.residents * parameters.months * 2 * replications)
  print("")
  print(
    "Reference ladder: \(parameters.residents) residents x \(replications) replications x "
      + "\(parameters.months) months, both arms, against a C loop of the same chain on 2 threads")
  _ = measure(parameters, replications: 20, threads: cores)  // warm-up
  let caresim = measure(parameters, replications: replications, threads: cores)
  print(
    String(format: "CareSim, %d threads: %.2f s, ", cores, caresim.seconds)
      + millions(caresim.residentMonthsPerSecond) + " resident-months/s")
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "caresim-bench-c-\(ProcessInfo.processInfo.processIdentifier)")
  defer { try? FileManager.default.removeItem(at: folder) }
  let source = folder.appendingPathComponent("ladder.c")
  let program = folder.appendingPathComponent("ladder").path
  do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(
      cLoopSource(levels: parameters.needLevels, transitions: parameters.transitions).utf8
    ).write(to: source)
  } catch {
    print("C loop skipped: cannot write its source: \(error)")
    return
  }
  guard
    let compiled = output(
      of: "/usr/bin/env", ["cc", "-O2", "-pthread", "-o", program, source.path]),
    compiled.status == 0
  else {
    print("C loop skipped: no C compiler ('cc') on this machine, or it failed")
    return
  }
  guard
    let run = output(
      of: program, ["\(parameters.residents)", "\(parameters.months)", "\(replications)"]),
    run.status == 0, let seconds = Double(run.text.split(separator: " ").first ?? ""), seconds > 0
  else {
    print("C loop skipped: it did not run")
    return
  }
  let rate = residentMonths / seconds
  // Issue 24 measured numba at 0.70 of this C loop's rate; its goal, half of numba, is 0.35.
  let ratio = caresim.residentMonthsPerSecond / rate
  print(
    String(format: "C loop, 2 threads: %.2f s, ", seconds) + millions(rate) + " resident-months/s")
  print(
    String(
      format: "CareSim at %.2f of the C loop's rate (goal: 0.35, half of numba's 0.70);", ratio)
      + (ratio >= 0.35 ? " met" : " MISSED"))
}
