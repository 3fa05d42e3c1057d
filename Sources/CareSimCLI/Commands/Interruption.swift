import CareSimOutput
import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C and SIGTERM: stop at once, remove what the run made, and leave earlier results alone.
///
/// The signals are delivered to a dispatch source on a queue of its own (which libdispatch gives a
/// thread even while every worker is busy with replications), so the handler may take locks and
/// remove files, which a C signal handler may not. It waits for a write that has begun to finish
/// (see ``TemporaryPaths``), so an output folder is never left half replaced.
enum Interruption {
  private static let queue = DispatchQueue(label: "caresim.interruption")
  /// Kept alive for the life of the process.
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  static func install() {
    let signals: [(number: Int32, name: String, code: CareSimCommand.ExitCode)] = [
      (SIGINT, "interrupted", .interrupted), (SIGTERM, "terminated", .terminated),
    ]
    for (number, name, code) in signals {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { stop(name, code: code) }
      source.resume()
      sources.append(source)
    }
  }

  /// Removes the run's temporaries, says so on stderr and ends the process.
  private static func stop(_ name: String, code: CareSimCommand.ExitCode) -> Never {
    Progress.endForExit()
    TemporaryPaths.shared.removeAllForExit()
    StandardError.write("caresim: \(name); stopped, and no partial output was left\n")
    _exit(code.rawValue)
  }
}
