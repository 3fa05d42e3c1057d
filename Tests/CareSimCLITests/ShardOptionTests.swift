import ArgumentParsing
import CareSimCore
import Testing

@testable import CareSimCLI

/// `--shard K/N|auto[/N]`: written out, or read from a scheduler's variables.
@Suite struct ShardOptionTests {
  static func parse(_ text: String, _ environment: [String: String] = [:]) throws -> Shard {
    try ShardOption.parse(text, environment: environment)
  }

  @Test func writtenOut() throws {
    #expect(try Self.parse("0/1") == Shard(index: 0, count: 1))
    #expect(try Self.parse("6/7") == Shard(index: 6, count: 7))
    for bad in ["7/7", "-1/3", "1", "a/3", "1/0", "1/2/3", "/3", "1/", "0/10001"] {
      #expect(throws: CommandLineError.self, "\(bad)") { try Self.parse(bad) }
    }
  }

  /// `auto` numbers a whole array's tasks from its minimum: `--array=5-7` is shards 0 to 2 of 3;
  /// `auto/N` takes the index as the shard, so `--array=1,3` of `auto/4` runs shards 1 and 3.
  @Test func autoInASlurmArrayTask() throws {
    let task = [
      "SLURM_ARRAY_TASK_ID": "6", "SLURM_ARRAY_TASK_MIN": "5", "SLURM_ARRAY_TASK_MAX": "7",
      "SLURM_ARRAY_TASK_COUNT": "3",
    ]
    #expect(try Self.parse("auto", task) == Shard(index: 1, count: 3))
    #expect(throws: CommandLineError.self) { try Self.parse("auto/3", task) }
    #expect(try Self.parse("auto/7", task) == Shard(index: 6, count: 7))
    // `--array=0-6:2` has four tasks between 0 and 6: steps cannot be told from gaps.
    var stepped = task
    stepped["SLURM_ARRAY_TASK_MIN"] = "0"
    stepped["SLURM_ARRAY_TASK_MAX"] = "6"
    stepped["SLURM_ARRAY_TASK_COUNT"] = "4"
    #expect(throws: CommandLineError.self) { try Self.parse("auto", stepped) }
    #expect(try Self.parse("auto/7", stepped) == Shard(index: 6, count: 7))
  }

  @Test func autoInAKubernetesIndexedJob() throws {
    #expect(try Self.parse("auto/4", ["JOB_COMPLETION_INDEX": "3"]) == Shard(index: 3, count: 4))
    #expect(throws: CommandLineError.self) { try Self.parse("auto", ["JOB_COMPLETION_INDEX": "3"]) }
    #expect(throws: CommandLineError.self) {
      try Self.parse("auto/3", ["JOB_COMPLETION_INDEX": "3"])
    }
  }

  @Test func autoOutsideASchedulerIsRefused() {
    #expect(throws: CommandLineError.self) { try Self.parse("auto") }
  }
}
