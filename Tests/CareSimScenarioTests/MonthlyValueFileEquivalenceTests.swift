import CareSimCore
import CareSimOutput
import CareSimTestSupport
import Foundation
import Testing

/// A run whose monthly values are kept in a temporary file (``MonthlyValueFile``), read back a
/// few months at a time, gives the bits of the run that keeps them in memory.
///
/// Here, not in CareSimOutputTests, because the runs are of scenarios drawn as the engine's
/// equivalence tests draw them (``GeneratedScenarios``), which this target reads.
@Suite struct MonthlyValueFileEquivalenceTests {
  /// Three blocks of the file, the last short and kept in memory.
  static let replications = 2 * MonthlyValueFile.blockSize + 9

  @Test(arguments: GeneratedScenarios.seeds.prefix(3))
  func aFileReadInChunksGivesTheInMemorySummary(seed: UInt64) throws {
    var drawn = GeneratedScenarios.scenario(seed: seed)
    drawn.parameters.residents = min(drawn.parameters.residents, 12)
    drawn.parameters.months = min(drawn.parameters.months, 14)
    let parameters = drawn.parameters
    var blocks: [RunBlock] = []
    ReplicationRunner(simulation: Simulation(parameters: parameters), seed: seed, threads: 2)
      .runBlocks(0..<RunBlock.count(replications: Self.replications), of: Self.replications) {
        blocks.append($0)
      }
    var inMemory = RunSummaryBuilder(
      parameters: parameters, replications: Self.replications, threads: 2)
    for block in blocks { inMemory.add(block) }
    let expected = inMemory.result()
    let monthBytes = Self.replications * MonthlyValueFile.valuesPerReplicationMonth * 8
    // One month a chunk, two, and five, which leaves a short last chunk.
    for chunkBytes in [1, 2 * monthBytes, 5 * monthBytes + 7] {
      try withTemporaryDirectory { folder in
        let file = try MonthlyValueFile(months: parameters.months, folder: folder.path)
        // The file has no name from the start, so nothing can be left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        var builder = RunSummaryBuilder(
          parameters: parameters, replications: Self.replications, threads: 3, store: file,
          chunkBytes: chunkBytes)
        for block in blocks { try builder.add(block) }
        #expect(
          file.fileBytes
            == 2 * MonthlyValueFile.blockSize
            * MonthlyValuesInMemory.bytesPerReplication(months: parameters.months))
        let result = try builder.result()
        #expect(
          result.summary == expected.summary, "\(drawn), \(chunkBytes) bytes a chunk: differs")
        #expect(result.controlArm == expected.controlArm)
        // In memory, read in the same chunks: the same bits again.
        var chunked = RunSummaryBuilder(
          parameters: parameters, replications: Self.replications, threads: 1,
          store: MonthlyValuesInMemory(months: parameters.months), chunkBytes: chunkBytes)
        for block in blocks { chunked.add(block) }
        #expect(chunked.result().summary == expected.summary, "\(drawn), in memory, chunked")
      }
    }
  }

  /// A folder where the file cannot be made is an error that names it, not a trap.
  @Test func aFolderThatCannotHoldTheFileIsAnError() {
    #expect(throws: MonthlyValueFileError.self) {
      _ = try MonthlyValueFile(months: 12, folder: "/nonexistent/caresim")
    }
  }
}
