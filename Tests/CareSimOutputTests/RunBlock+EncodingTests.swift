import CareSimCore
import Foundation
import Testing

@testable import CareSimOutput

@Suite struct RunBlockEncodingTests {
  /// Blocks of made-up values (negative zero, subnormals, infinities among them) read back with
  /// their bits.
  static func blocks(months: Int) -> [RunBlock] {
    var random = SplitMix64(seed: 7)
    let special: [Double] = [-0.0, .leastNonzeroMagnitude, .infinity, 1e300, -123.456]
    return (3..<5).map { index in
      let outcomes = (0..<(index == 4 ? 1 : RunBlock.size)).map { _ in
        let count = ReplicationOutcome(months: months).values.count
        return ReplicationOutcome(
          months: months,
          values: (0..<count).map { value in
            value < special.count
              ? special[value] : Double(random.next() % 1_000_000) / 7
          })
      }
      let empty = ControlArmProfile(months: months)
      let cells = empty.cells.indices.map { cell in
        ControlArmProfile.Cell(
          livingMonths: cell, deaths: cell % 3, institutionalMonths: cell % 5,
          costs: FunderAmounts(wmo: 1.5, zvw: Double(cell) / 3, wlz: 0, intervention: -0.0),
          qualityOfLife: 0.1 * Double(cell), qualityOfLifeAtHome: 0.3,
          deathsInInstitution: 1, deathsAfterTwoYearsInInstitution: 2, careAtHomeMonths: 4)
      }
      let changes = empty.qualityOfLifeChanges.indices.map {
        ControlArmProfile.QualityOfLifeChange(residents: $0, summedChange: -Double($0) / 9)
      }
      return RunBlock(
        index: index, outcomes: outcomes,
        controlArm: ControlArmProfile(months: months, cells: cells, qualityOfLifeChanges: changes))
    }
  }

  /// The blocks in `data`, written to a file and read back one by one as a merge reads them.
  static func read(_ data: Data, months: Int) throws -> [RunBlock] {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("caresim-blocks-\(UInt64.random(in: 0...UInt64.max))").path
    #expect(FileManager.default.createFile(atPath: file, contents: data))
    defer { try? FileManager.default.removeItem(atPath: file) }
    var reader = try RunBlockReader(file: file, months: months, path: "shard")
    var blocks: [RunBlock] = []
    while let block = try reader.next() { blocks.append(block) }
    return blocks
  }

  @Test(arguments: [1, 13, 30])
  func blocksReadBackBitForBit(months: Int) throws {
    let blocks = Self.blocks(months: months)
    let read = try Self.read(RunBlock.encoded(blocks), months: months)
    #expect(read.map(\.index) == blocks.map(\.index))
    for (left, right) in zip(read, blocks) {
      #expect(left.controlArm == right.controlArm)
      let bits = { (block: RunBlock) in block.outcomes.flatMap { $0.values.map(\.bitPattern) } }
      #expect(bits(left) == bits(right))
    }
  }

  @Test func aCutFileIsDamaged() {
    let data = RunBlock.encoded(Self.blocks(months: 2))
    #expect(throws: ShardError.self) {
      _ = try Self.read(data.dropLast(3), months: 2)
    }
    // Read as another horizon, the records do not line up.
    #expect(throws: ShardError.self) {
      _ = try Self.read(data, months: 3)
    }
  }
}
