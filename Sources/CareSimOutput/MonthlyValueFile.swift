import CareSimCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run's monthly values kept in a temporary file, for runs whose values would not fit in
/// memory (``MonthlyValuesInMemory/budgetBytes``): memory then holds one block of replications,
/// whatever the run's size.
///
/// Replications are kept in blocks of ``blockSize``, each laid out month-major,
/// `[month][replication in block][arm][metric]`, so that the months a summary reads at once are
/// one contiguous range of each block: one `pread` a block. A block fills in memory and is
/// written when full; the last, short block stays in memory and is read from there.
///
/// The file is created in the temporary folder (`TMPDIR`, else `/tmp`) and removed from it at
/// once, while its descriptor stays open: it has no name from then on, so nothing is left behind
/// however the process ends (an error, Ctrl-C, even SIGKILL), and the system frees its space
/// when the descriptor closes (`deinit`) or the process exits.
public final class MonthlyValueFile: MonthlyValueStore {
  /// Replications a block holds: a run's block, so a block of memory is 64 × 32,640 bytes at
  /// 120 months (2.1 MB), and a read of a month is 17 kB a block.
  public static let blockSize = RunBlock.size

  public let months: Int
  public private(set) var replications = 0
  /// The folder the file was made in, for messages.
  let folder: String
  private let descriptor: Int32
  /// The block being filled, `[month][replication in block][arm][metric]`, room for a whole
  /// block.
  private var pending: [Double]
  /// Values of one month of a replication: both arms, every metric.
  private static let monthValues = valuesPerReplicationMonth

  /// Makes the file in `folder`, and removes its name at once.
  ///
  /// - Parameters:
  ///   - months: The horizon of every replication stored.
  ///   - folder: Where the file is made: the temporary folder unless a test says otherwise.
  /// - Throws: ``MonthlyValueFileError`` when the file cannot be made.
  public init(months: Int, folder: String = FileManager.default.temporaryDirectory.path)
    throws(MonthlyValueFileError)
  {
    precondition(months >= 0, "months must be non-negative, got \(months)")
    self.months = months
    self.folder = folder
    pending = [Double](repeating: 0, count: Self.blockSize * months * Self.monthValues)
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
    let path = "\(folder)/caresim-monthly-values-\(getpid())-\(random)"
    // An interruption waits until the name is gone again, so that it cannot come between.
    let descriptor = TemporaryPaths.shared.withInterruptionDeferred {
      let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 { unlink(path) }
      return descriptor
    }
    guard descriptor >= 0 else {
      throw MonthlyValueFileError(
        folder: folder, operation: "create a file", reason: FileSystem.lastError())
    }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Bytes of one block in the file.
  private var blockBytes: Int {
    Self.blockSize * months * Self.monthValues * MemoryLayout<Double>.stride
  }

  /// Blocks written to the file.
  private var blocksWritten: Int { replications / Self.blockSize }

  /// Replications in the block being filled.
  private var pendingCount: Int { replications % Self.blockSize }

  /// Bytes the file holds: every whole block.
  public var fileBytes: Int { blocksWritten * blockBytes }

  public func append(_ outcome: ReplicationOutcome) throws(MonthlyValueFileError) {
    precondition(
      outcome.months == months, "outcome has \(outcome.months) months, expected \(months)")
    let metrics = OutcomeMetric.allCases.count
    let slot = pendingCount
    outcome.values.withUnsafeBufferPointer { values in
      pending.withUnsafeMutableBufferPointer { pending in
        for month in 0..<months {
          for arm in InterventionArm.allCases {
            let from = (arm.rawValue * months + month) * metrics
            let to = (month * Self.blockSize + slot) * Self.monthValues + arm.rawValue * metrics
            for metric in 0..<metrics { pending[to + metric] = values[from + metric] }
          }
        }
      }
    }
    replications += 1
    if pendingCount == 0 { try writePendingBlock() }
  }

  /// Writes the full block after the blocks already written.
  private func writePendingBlock() throws(MonthlyValueFileError) {
    let offset = (blocksWritten - 1) * blockBytes
    let written = pending.withUnsafeBytes { bytes in
      Self.repeatUntilDone(bytes.count) { done in
        pwrite(
          descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
      }
    }
    guard written else {
      throw MonthlyValueFileError(
        folder: folder, operation: "write \(blockBytes) bytes", reason: FileSystem.lastError())
    }
  }

  public func values(months range: Range<Int>) throws(MonthlyValueFileError) -> [Double] {
    precondition(
      range.lowerBound >= 0 && range.upperBound <= months,
      "months \(range) outside the horizon of \(months)")
    let replications = replications
    let monthStride = replications * Self.monthValues
    let blockMonth = Self.blockSize * Self.monthValues
    var values = [Double](repeating: 0, count: range.count * monthStride)
    var scratch = [Double](repeating: 0, count: range.count * blockMonth)
    for block in 0..<blocksWritten {
      let offset = block * blockBytes + range.lowerBound * blockMonth * MemoryLayout<Double>.stride
      try read(into: &scratch, at: offset)
      scratch.withUnsafeBufferPointer { source in
        copy(source, block: block, count: Self.blockSize, months: range.count, into: &values)
      }
    }
    if pendingCount > 0 {
      pending.withUnsafeBufferPointer { pending in
        let source = UnsafeBufferPointer(
          rebasing: pending[(range.lowerBound * blockMonth)..<(range.upperBound * blockMonth)])
        copy(source, block: blocksWritten, count: pendingCount, months: range.count, into: &values)
      }
    }
    return values
  }

  /// Copies a block's months, `[month][replication in block][arm][metric]` with room for a
  /// whole block, to their places among every replication's values.
  ///
  /// - Parameters:
  ///   - source: The block's months, a whole block's room each.
  ///   - block: The block's place in the run.
  ///   - count: Replications in the block.
  ///   - months: Months in `source`.
  ///   - values: Every replication's values of those months, `[month][replication][arm][metric]`.
  private func copy(
    _ source: UnsafeBufferPointer<Double>, block: Int, count: Int, months: Int,
    into values: inout [Double]
  ) {
    let monthStride = replications * Self.monthValues
    let blockMonth = Self.blockSize * Self.monthValues
    let length = count * Self.monthValues
    guard let source = source.baseAddress else { return }
    values.withUnsafeMutableBufferPointer { values in
      guard let values = values.baseAddress else { return }
      for month in 0..<months {
        (values + month * monthStride + block * blockMonth)
          .update(from: source + month * blockMonth, count: length)
      }
    }
  }

  /// Reads `buffer`'s bytes from the file at `offset`.
  private func read(into buffer: inout [Double], at offset: Int) throws(MonthlyValueFileError) {
    let read = buffer.withUnsafeMutableBytes { bytes in
      Self.repeatUntilDone(bytes.count) { done in
        pread(
          descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(offset + done))
      }
    }
    guard read else {
      throw MonthlyValueFileError(
        folder: folder, operation: "read \(buffer.count * 8) bytes back",
        reason: FileSystem.lastError())
    }
  }

  /// Runs `step`, a `pread` or `pwrite` of the bytes from `done` on, until `count` bytes are
  /// done, again where a signal interrupted it.
  ///
  /// - Returns: Whether every byte was done; `errno` says why not (`EIO` for an early end).
  private static func repeatUntilDone(_ count: Int, _ step: (_ done: Int) -> Int) -> Bool {
    var done = 0
    while done < count {
      let moved = step(done)
      if moved < 0 && errno == EINTR { continue }
      guard moved > 0 else {
        if moved == 0 { errno = EIO }
        return false
      }
      done += moved
    }
    return true
  }
}

/// Why the temporary file of a run's monthly values failed: a full disk, most likely.
public struct MonthlyValueFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The temporary folder.
  public var folder: String
  /// The step that failed.
  public var operation: String
  /// The system's explanation, such as `No space left on device`.
  public var reason: String

  public var description: String {
    "cannot keep the run's monthly values in a temporary file in '\(folder)': \(operation): "
      + "\(reason); free space there, or set TMPDIR to a folder with room (a run of 120 months "
      + "keeps 32,640 bytes a replication)"
  }
}
