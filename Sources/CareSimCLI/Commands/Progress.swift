import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a long run reports its progress on stderr.
enum ProgressStyle: Sendable, Equatable {
  /// Nothing (stderr is not a terminal, or `--quiet`).
  case silent
  /// A bar redrawn in place, for a terminal.
  case bar
  /// A plain line every few seconds, for a log (`--progress` when stderr is not a terminal).
  case lines

  /// The style for this process: a bar on a terminal unless `quiet`; lines only when asked.
  static func forStandardError(quiet: Bool, requested: Bool) -> ProgressStyle {
    if quiet { return .silent }
    if isatty(2) == 1 { return .bar }
    return requested ? .lines : .silent
  }
}

/// A progress report of work counted in units (replications, points, parameter sets): done, the
/// rate and the time left.
///
/// Workers call ``advance(by:)`` from any thread; the display is redrawn at most ten times a
/// second as a bar, or every five seconds as a line.
final class Progress: @unchecked Sendable {
  private let total: Int
  private let unit: String
  private let style: ProgressStyle
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var done = 0
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDrawn: UInt64 = 0
  private var lineShown = false

  /// The progress shown now, so that an interruption can end its line first.
  nonisolated(unsafe) private static var current: Progress?
  private static let currentLock = NSLock()

  init(
    total: Int, unit: String, style: ProgressStyle,
    write: @escaping @Sendable (String) -> Void = StandardError.write
  ) {
    self.total = max(1, total)
    self.unit = unit
    self.style = style
    self.write = write
    Self.currentLock.withLock { Self.current = self }
  }

  /// Counts `count` more units done.
  func advance(by count: Int = 1) {
    guard style != .silent else { return }
    lock.withLock {
      done = min(total, done + count)
      let now = DispatchTime.now().uptimeNanoseconds
      let interval: UInt64 = style == .bar ? 100_000_000 : 5_000_000_000
      guard now - lastDrawn >= interval || done == total else { return }
      lastDrawn = now
      draw(now: now)
    }
  }

  /// Ends the display: the bar's line is cleared so the results print on a clean line.
  func finish() {
    lock.withLock { clear() }
    Self.currentLock.withLock { if Self.current === self { Self.current = nil } }
  }

  /// Clears the bar of the progress shown now, if any, before the process exits.
  static func endForExit() {
    currentLock.withLock { current?.lock.withLock { current?.clear() } }
  }

  private func clear() {
    guard style == .bar, lineShown else { return }
    write("\r\u{1B}[2K")
    lineShown = false
  }

  private func draw(now: UInt64) {
    let seconds = Double(now - start) / 1e9
    let rate = seconds > 0 ? Double(done) / seconds : 0
    let left = rate > 0 ? Double(total - done) / rate : .infinity
    let status =
      "\(done)/\(total) \(unit), \(Self.rate(rate)) a second, \(Self.duration(left)) left"
    switch style {
    case .silent:
      break
    case .bar:
      let width = 24
      let filled = done * width / total
      let bar =
        String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
      let percent = done * 100 / total
      write("\r\u{1B}[2K[\(bar)] \(percent)%  \(status)")
      lineShown = true
    case .lines:
      write("caresim: \(status)\n")
    }
  }

  private static func rate(_ rate: Double) -> String {
    rate >= 10 ? String(Int(min(rate, 1e12).rounded())) : String(format: "%.1f", rate)
  }

  /// `12 s`, `4 min 05 s`, `2 h 10 min`.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds < 1e9 else { return "unknown time" }
    let whole = Int(seconds.rounded(.up))
    if whole < 60 { return "\(whole) s" }
    if whole < 3600 { return String(format: "%d min %02d s", whole / 60, whole % 60) }
    return String(format: "%d h %02d min", whole / 3600, whole % 3600 / 60)
  }
}

/// Writes to file descriptor 2 directly: unbuffered, and safe from the interruption's queue.
enum StandardError {
  @Sendable static func write(_ text: String) {
    _ = text.withCString { systemWrite(2, $0, strlen($0)) }
  }

  private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int)
    -> Int
  {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
  }
}
