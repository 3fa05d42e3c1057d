// Thread scaling: the default scenario's run on 1, 2, 4, … threads up to the cores.

import Foundation

/// The default scenario's throughput by threads, with the speed-up over one thread and its
/// efficiency (speed-up over threads).
func printThreadScaling(quick: Bool, cores: Int) {
  let parameters = load("neighbourhood").parameters
  let replications = quick ? 100 : 1_000
  print("")
  print("Thread scaling (neighbourhood, \(replications) replications)")
  print("threads  seconds  resident-months/s  speed-up  efficiency")
  _ = measure(parameters, replications: 20, threads: cores)  // warm-up
  let powersOfTwo = sequence(first: 1) { $0 * 2 <= cores ? $0 * 2 : nil }
  let threadCounts = Array(Set(powersOfTwo + [cores])).sorted()
  var single: Double?
  for threads in threadCounts {
    let result = measure(parameters, replications: replications, threads: threads)
    let speedUp = (single ?? result.seconds) / result.seconds
    single = single ?? result.seconds
    print(
      String(format: "%7d  %7.2f  ", threads, result.seconds)
        + pad(millions(result.residentMonthsPerSecond), 17)
        + String(format: "  %8.2f  %9.0f%%", speedUp, 100 * speedUp / Double(threads)))
  }
}
