import CareSimTestSupport
import Foundation
import Testing

/// `caresim run --shard K/N` and `caresim merge`, run as separate processes: shards merged in
/// any order write the one-process run's data files byte for byte; missing, duplicated and
/// mismatched shards are refused before anything is written.
@Suite struct ShardCommandTests {
  /// Three blocks of replications, the last short.
  static let replications = "130"
  static let dataFiles = [
    "outcomes.csv", "place-of-death.csv", "summary.json", "trajectories.csv",
  ]

  /// A small scenario (the reference ladder, 20 residents over a year) in `folder`.
  static func smallScenario(in folder: URL) throws -> String {
    let base = folder.appendingPathComponent("base.json")
    try Data(contentsOf: CaresimBinary.scenario("reference-ladder.json")).write(to: base)
    let small = folder.appendingPathComponent("small.json")
    try Data(
      "{ extends: 'base.json', simulation: { residents: 20, months: 12 } }\n".utf8
    ).write(to: small)
    return small.path
  }

  /// Runs shard `shard` of `shards` into `folder/shard-K`; `extra` adds options.
  static func runShard(
    _ shard: Int, of shards: Int, scenario: String, in folder: URL, extra: [String] = []
  ) throws -> String {
    let out = folder.appendingPathComponent("shard-\(shard)").path
    let result = try CaresimBinary.run(
      [
        "run", scenario, "--replications", replications, "--shard", "\(shard)/\(shards)",
        "--force", "--quiet", "--threads", "\(1 + shard % 2)", "--out", out,
      ] + extra)
    #expect(result.exitCode == 0, "\(result)")
    return out
  }

  @Test func shardsMergedInAnyOrderGiveTheOneProcessFiles() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.smallScenario(in: folder)
      let whole = folder.appendingPathComponent("whole")
      let run = try CaresimBinary.run([
        "run", scenario, "--replications", Self.replications, "--quiet", "--out", whole.path,
      ])
      #expect(run.exitCode == 0, "\(run)")
      for shards in [1, 2, 3] {
        let shardFolder = folder.appendingPathComponent("\(shards)")
        var paths = try (0..<shards).map {
          try Self.runShard($0, of: shards, scenario: scenario, in: shardFolder)
        }
        paths.reverse()
        let merged = shardFolder.appendingPathComponent("merged")
        let merge = try CaresimBinary.run(["merge"] + paths + ["--quiet", "--out", merged.path])
        #expect(merge.exitCode == 0, "\(merge)")
        for file in Self.dataFiles {
          let same =
            try Data(contentsOf: merged.appendingPathComponent(file))
            == Data(contentsOf: whole.appendingPathComponent(file))
          #expect(same, "\(shards) shards: \(file) differs from the one-process run's")
        }
        let marker = try String(
          contentsOf: merged.appendingPathComponent("caresim-result.json"), encoding: .utf8)
        #expect(marker.contains("mergedFrom"), "\(marker)")
        #expect(!marker.contains("--shard"), "\(marker)")
        #expect(
          FileManager.default.fileExists(atPath: merged.appendingPathComponent("report.html").path))
      }
    }
  }

  /// The default scenario, small: it has ranges and distributions for every analysis.
  static func smallNeighbourhood(in folder: URL) throws -> String {
    let base = folder.appendingPathComponent("neighbourhood.json")
    try Data(contentsOf: CaresimBinary.scenario("neighbourhood.json")).write(to: base)
    let small = folder.appendingPathComponent("small-neighbourhood.json")
    try Data(
      "{ extends: 'neighbourhood.json', simulation: { residents: 20, months: 12 } }\n".utf8
    ).write(to: small)
    return small.path
  }

  static let analyses: [[String]] = [
    ["psa", "--samples", "6", "--inner", "2"],
    ["sweep", "--replications", "2", "--param", "valuePerQALY=10000:60000:6"],
    [
      "grid", "--replications", "2", "--x", "mechanisms.substitution.share=0:0.3:3", "--y",
      "mechanisms.prevention.relativeRisk=0.7:1:2",
    ],
  ]

  /// An analysis's blocks are its settings and its base: 1, 2, 3 and 7 shards of seven blocks,
  /// merged in any order, write the one-process data files byte for byte.
  @Test(arguments: analyses)
  func analysisShardsMergedGiveTheOneProcessFiles(_ command: [String]) throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.smallNeighbourhood(in: folder)
      let arguments = [command[0], scenario] + command.dropFirst() + ["--quiet", "--force"]
      let whole = folder.appendingPathComponent("whole")
      let run = try CaresimBinary.run(arguments + ["--out", whole.path])
      #expect(run.exitCode == 0, "\(run)")
      let dataFiles = try FileManager.default.contentsOfDirectory(atPath: whole.path).filter {
        $0.hasSuffix(".csv") || $0 == "summary.json"
      }
      #expect(!dataFiles.isEmpty)
      for shards in [1, 2, 3, 7] {
        var paths = try (0..<shards).map { shard in
          let out = folder.appendingPathComponent("\(shards)/shard-\(shard)").path
          let result = try CaresimBinary.run(
            arguments + [
              "--shard", "\(shard)/\(shards)", "--threads", "\(1 + shard % 2)", "--out", out,
            ])
          #expect(result.exitCode == 0, "\(result)")
          return out
        }
        // The last shard runs the base and keeps what its warnings read: the merge runs nothing.
        #expect(
          FileManager.default.fileExists(
            atPath: URL(fileURLWithPath: paths[shards - 1]).appendingPathComponent(
              "base-scope.txt"
            ).path))
        paths.reverse()
        let merged = folder.appendingPathComponent("\(shards)/merged")
        let merge = try CaresimBinary.run(["merge"] + paths + ["--quiet", "--out", merged.path])
        #expect(merge.exitCode == 0, "\(merge)")
        for file in dataFiles {
          let same =
            try Data(contentsOf: merged.appendingPathComponent(file))
            == Data(contentsOf: whole.appendingPathComponent(file))
          #expect(same, "\(command[0]), \(shards) shards: \(file) differs")
        }
      }
    }
  }

  @Test func missingDuplicatedAndMismatchedShardsAreRefusedBeforeWriting() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.smallScenario(in: folder)
      let first = try Self.runShard(0, of: 3, scenario: scenario, in: folder)
      let second = try Self.runShard(1, of: 3, scenario: scenario, in: folder)
      let other = try Self.runShard(
        2, of: 3, scenario: scenario, in: folder.appendingPathComponent("other"),
        extra: ["--seed", "5"])
      let merged = folder.appendingPathComponent("merged").path
      func refusal(_ shards: [String], _ expected: [String]) throws {
        let result = try CaresimBinary.run(["merge"] + shards + ["--out", merged])
        #expect(result.exitCode == 2, "\(result)")
        for text in expected { #expect(result.stderr.contains(text), "\(result)") }
        #expect(!FileManager.default.fileExists(atPath: merged), "\(result)")
      }
      try refusal([first, second], ["missing shard 2 of 3"])
      try refusal([first, second, first], ["duplicated shard 0", "missing shard 2 of 3"])
      try refusal([first, second, other], ["\(other): mismatched shard: seed is 5"])
      try refusal([folder.path], ["not a CareSim shard"])
    }
  }

  @Test func tooManyOrTooShortShardsAreRefusedSayingHowManyFit() throws {
    try withTemporaryDirectory { folder in
      let scenario = try Self.smallScenario(in: folder)
      let out = folder.appendingPathComponent("shard").path
      let many = try CaresimBinary.run([
        "run", scenario, "--replications", Self.replications, "--shard", "0/4", "--force",
        "--out", out,
      ])
      #expect(many.exitCode == 2, "\(many)")
      #expect(many.stderr.contains("at most 3 shards fit"), "\(many)")
      let short = try CaresimBinary.run([
        "run", scenario, "--replications", Self.replications, "--shard", "0/2", "--out", out,
      ])
      #expect(short.exitCode == 2, "\(short)")
      #expect(short.stderr.contains("1 shard fit"), "\(short)")
      let bad = try CaresimBinary.run([
        "run", scenario, "--shard", "3/3", "--out", out,
      ])
      #expect(bad.exitCode == 2, "\(bad)")
      #expect(bad.stderr.contains("--shard: '3/3'"), "\(bad)")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
          "base.json", "small.json",
        ])
    }
  }
}
