import ArgumentParsing
import CareSimCore
import Foundation

/// Refuses, before it starts, a run that would not fit in the machine's memory, or that would take
/// more than an hour unless `--force` says so; the message says the estimate and how to shrink it.
enum RunBudget {
  /// Resident-months a second one thread simulates, counting both arms: a cautious figure, about
  /// half what `caresim-bench` measures for the default scenario on this project's machines, so
  /// that the time is overestimated rather than under.
  static let residentMonthsPerThreadSecond = 25e6

  /// The most a run may take without `--force`.
  static let timeLimit = 3600.0

  static let force: Option<Bool> = .flag(
    "force", help: "Run even when the estimate says it takes more than an hour")

  /// Checks a command's estimated work against the machine and the time limit.
  ///
  /// - Parameters:
  ///   - estimate: The command's work.
  ///   - threads: Worker threads.
  ///   - force: Whether `--force` was given.
  ///   - smaller: How the user can make this command smaller, for the message.
  /// - Throws: ``CommandFailure`` (exit code 2) when the run is too large.
  static func check(
    _ estimate: WorkEstimate, threads: Int, force: Bool, smaller: String
  ) throws(CommandFailure) {
    let available = availableMemory()
    if let available, estimate.bytes > available {
      throw CommandFailure(
        message: "error: this run would need about \(gigabytes(estimate.bytes)) of memory, and "
          + "this machine has \(gigabytes(available)) available; make it smaller: \(smaller)",
        exitCode: .invalidInput)
    }
    let seconds = estimate.seconds(perThread: residentMonthsPerThreadSecond, threads: threads)
    if seconds > timeLimit && !force {
      throw CommandFailure(
        message: "error: this run would take about \(Progress.duration(seconds)) "
          + "(\(scientific(estimate.residentMonths)) resident-months at about "
          + "\(scientific(residentMonthsPerThreadSecond)) a second on each of \(threads) threads); "
          + "make it smaller (\(smaller)), or add --force to run it anyway",
        exitCode: .invalidInput)
    }
  }

  /// The memory the system can give a new process (`MemAvailable` on Linux), or nil if unknown.
  static func availableMemory() -> Double? {
    if let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
    {
      return kilobytes * 1024
    }
    return Double(ProcessInfo.processInfo.physicalMemory)
  }

  static func gigabytes(_ bytes: Double) -> String {
    String(format: "%.1f GB", bytes / 1e9)
  }

  static func scientific(_ value: Double) -> String { String(format: "%.2g", value) }
}
