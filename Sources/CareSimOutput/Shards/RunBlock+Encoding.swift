import CareSimCore
import Foundation

/// A run shard's blocks in the compact form its folder keeps (`blocks.bin`).
///
/// All little-endian. Per block: its index and replication count (64-bit integers); each
/// replication's outcome values (``ReplicationOutcome/values``, 64-bit doubles by bit pattern, so
/// they read back exactly); then the block's control-arm profile, per cell its six counts and
/// seven doubles (the five funders' costs, quality of life, quality of life at home), per
/// quality-of-life change its count and sum. A block of 64 replications of a 120-month scenario
/// takes 64 × 32,640 bytes of outcomes and 19 kB of profile: about 2.1 MB.
extension RunBlock {
  /// The bytes of `blocks`, in order.
  public static func encoded(_ blocks: [RunBlock]) -> Data {
    var writer = BinaryWriter()
    for block in blocks {
      writer.append(block.index)
      writer.append(block.outcomes.count)
      for outcome in block.outcomes {
        for value in outcome.values { writer.append(value) }
      }
      for cell in block.controlArm.cells { cell.encode(into: &writer) }
      for change in block.controlArm.qualityOfLifeChanges { change.encode(into: &writer) }
    }
    return writer.data
  }
}

/// Reads the blocks that ``RunBlock/encoded(_:)`` wrote to a shard's `blocks.bin`, one at a
/// time, so that a merge holds one block of a shard in memory rather than the shard.
public struct RunBlockReader {
  private let handle: FileHandle
  private let months: Int
  /// The shard's folder, for messages.
  private let path: String
  /// Bytes of a block's header: its index and replication count.
  private static let headerBytes = 16

  /// Opens a shard's blocks.
  ///
  /// - Parameters:
  ///   - file: The blocks' file.
  ///   - months: The scenario's horizon, which fixes each record's size.
  ///   - path: The shard's folder, for messages.
  /// - Throws: ``ShardError/damaged(path:reason:)`` when the file cannot be opened.
  public init(file: String, months: Int, path: String) throws(ShardError) {
    guard let handle = FileHandle(forReadingAtPath: file) else {
      throw .damaged(path: path, reason: "\(ShardManifest.blocksFileName) cannot be read")
    }
    self.handle = handle
    self.months = months
    self.path = path
  }

  /// The next block, or nil after the last.
  ///
  /// - Throws: ``ShardError/damaged(path:reason:)`` when the bytes are cut short or hold
  ///   impossible counts.
  public mutating func next() throws(ShardError) -> RunBlock? {
    let header = try bytes(Self.headerBytes)
    if header.isEmpty { return nil }
    var reader = BinaryReader(data: header, path: path)
    let index = try reader.integer()
    let count = try reader.integer()
    guard index >= 0, (1...RunBlock.size).contains(count) else {
      throw .damaged(path: path, reason: "a block has index \(index) and \(count) replications")
    }
    let empty = ControlArmProfile(months: months)
    let valuesPerOutcome = ReplicationOutcome(months: months).values.count
    let words =
      count * valuesPerOutcome + empty.cells.count * ControlArmProfile.Cell.encodedWords
      + empty.qualityOfLifeChanges.count * ControlArmProfile.QualityOfLifeChange.encodedWords
    reader = BinaryReader(data: try bytes(words * 8), path: path)
    var outcomes: [ReplicationOutcome] = []
    for _ in 0..<count {
      var values: [Double] = []
      values.reserveCapacity(valuesPerOutcome)
      for _ in 0..<valuesPerOutcome { values.append(try reader.double()) }
      outcomes.append(ReplicationOutcome(months: months, values: values))
    }
    var cells: [ControlArmProfile.Cell] = []
    for _ in empty.cells { cells.append(try .decoded(from: &reader)) }
    var changes: [ControlArmProfile.QualityOfLifeChange] = []
    for _ in empty.qualityOfLifeChanges { changes.append(try .decoded(from: &reader)) }
    return RunBlock(
      index: index, outcomes: outcomes,
      controlArm: ControlArmProfile(months: months, cells: cells, qualityOfLifeChanges: changes))
  }

  /// The file's next `count` bytes: empty at the end of the file, and a damaged shard when the
  /// file ends within them.
  private func bytes(_ count: Int) throws(ShardError) -> Data {
    var data = Data()
    while data.count < count {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: count - data.count)
      } catch {
        throw .damaged(path: path, reason: "\(ShardManifest.blocksFileName): \(error)")
      }
      guard let chunk, !chunk.isEmpty else { break }
      data.append(chunk)
    }
    guard data.isEmpty || data.count == count else {
      throw .damaged(path: path, reason: "\(ShardManifest.blocksFileName) is cut short")
    }
    return data
  }
}

/// A control-arm profile's cell as `blocks.bin` keeps it, the one layout its writer and its reader
/// share: its counts, its funders' costs, and its two sums of quality of life.
extension ControlArmProfile.Cell {
  private static var counts: [WritableKeyPath<Self, Int>] {
    [
      \.livingMonths, \.deaths, \.institutionalMonths, \.deathsInInstitution,
      \.deathsAfterTwoYearsInInstitution, \.careAtHomeMonths,
    ]
  }
  private static var sums: [WritableKeyPath<Self, Double>] {
    [\.qualityOfLife, \.qualityOfLifeAtHome]
  }

  /// The 64-bit words of a cell.
  static var encodedWords: Int { counts.count + Funder.allCases.count + sums.count }

  func encode(into writer: inout BinaryWriter) {
    for count in Self.counts { writer.append(self[keyPath: count]) }
    for funder in Funder.allCases { writer.append(costs[funder]) }
    for sum in Self.sums { writer.append(self[keyPath: sum]) }
  }

  static func decoded(from reader: inout BinaryReader) throws(ShardError) -> Self {
    var cell = Self.zero
    for count in counts { cell[keyPath: count] = try reader.integer() }
    for funder in Funder.allCases { cell.costs[funder] = try reader.double() }
    for sum in sums { cell[keyPath: sum] = try reader.double() }
    return cell
  }
}

/// A quality-of-life change as `blocks.bin` keeps it: its residents and its summed change.
extension ControlArmProfile.QualityOfLifeChange {
  static let encodedWords = 2

  func encode(into writer: inout BinaryWriter) {
    writer.append(residents)
    writer.append(summedChange)
  }

  static func decoded(from reader: inout BinaryReader) throws(ShardError) -> Self {
    Self(residents: try reader.integer(), summedChange: try reader.double())
  }
}

/// Appends 64-bit integers and doubles, little-endian.
struct BinaryWriter {
  private(set) var data = Data()

  mutating func append(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { data.append(contentsOf: $0) }
  }

  mutating func append(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
  }
}

/// Reads what ``BinaryWriter`` wrote; running out of bytes is a damaged file.
struct BinaryReader {
  let data: Data
  let path: String
  private var offset: Int

  init(data: Data, path: String) {
    self.data = data
    self.path = path
    offset = data.startIndex
  }

  var isAtEnd: Bool { offset >= data.endIndex }

  mutating func word() throws(ShardError) -> UInt64 {
    guard data.endIndex - offset >= 8 else {
      throw .damaged(path: path, reason: "\(ShardManifest.blocksFileName) is cut short")
    }
    var value: UInt64 = 0
    for byte in (0..<8).reversed() { value = value << 8 | UInt64(data[offset + byte]) }
    offset += 8
    return value
  }

  mutating func integer() throws(ShardError) -> Int { Int(Int64(bitPattern: try word())) }

  mutating func double() throws(ShardError) -> Double { Double(bitPattern: try word()) }
}
