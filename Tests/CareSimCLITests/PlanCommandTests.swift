import CareSimTestSupport
import Foundation
import Testing

/// `caresim plan` and `caresim status`, run as separate processes: the job files of each
/// scheduler, refusals before anything is written, and a plan's shards counted as done, failed
/// or missing with the resubmission of only those.
@Suite struct PlanCommandTests {
  static func plan(_ scheduler: String, shards: Int, in folder: URL) throws -> (URL, String) {
    let scenario = try ShardCommandTests.smallScenario(in: folder)
    let plan = folder.appendingPathComponent("plan-\(scheduler)")
    let result = try CaresimBinary.run(
      [
        "plan", "--scheduler", scheduler, "--shards", "\(shards)", "--cpus-per-task", "2",
        "--out", plan.path, "--", "run", scenario, "--replications",
        ShardCommandTests.replications, "--force",
      ], in: folder)
    #expect(result.exitCode == 0, "\(result)")
    return (plan, scenario)
  }

  static func text(_ folder: URL, _ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func slurmHasAnArrayAndAMergeThatDependsOnIt() throws {
    try withTemporaryDirectory { folder in
      let (plan, _) = try Self.plan("slurm", shards: 3, in: folder)
      let array = try Self.text(plan, "array.sbatch")
      #expect(array.contains("#SBATCH --array=0-2"))
      #expect(array.contains("#SBATCH --cpus-per-task=2"))
      #expect(array.contains("#SBATCH --output=\(plan.path)/logs/shard-%a.log"))
      #expect(array.contains("--shard auto/3"))
      #expect(array.contains("exec "))
      #expect(try Self.text(plan, "merge.sbatch").contains(" merge "))
      #expect(try Self.text(plan, "submit.sh").contains("--dependency=afterok:"))
    }
  }

  @Test func kubernetesAndCondorHaveTheirShapes() throws {
    try withTemporaryDirectory { folder in
      let (kubernetes, _) = try Self.plan("kubernetes", shards: 2, in: folder)
      let job = try Self.text(kubernetes, "shards.yaml")
      for line in [
        "kind: Job", "completionMode: Indexed", "completions: 2", "parallelism: 2",
        "restartPolicy: Never", "\"--shard\", \"auto/2\"", "shards/shard-$(JOB_COMPLETION_INDEX)",
      ] {
        #expect(job.contains(line), "\(line)")
      }
      #expect(try Self.text(kubernetes, "merge.yaml").contains("\"merge\", \"shards/shard-0\""))
      let (condor, _) = try Self.plan("condor", shards: 2, in: folder)
      let submit = try Self.text(condor, "shards.sub")
      #expect(submit.contains("queue shard in (0 1)"))
      #expect(submit.contains("'$(shard)/2'"))
      #expect(submit.contains("request_cpus = 2"))
      #expect(try Self.text(condor, "caresim.dag").contains("PARENT shards CHILD merge"))
    }
  }

  /// A pod sees its volume, not this machine: the plan says where the scenario must be.
  @Test func kubernetesSaysWhereThePodsFindTheScenario() throws {
    try withTemporaryDirectory { folder in
      _ = try ShardCommandTests.smallScenario(in: folder)
      let relative = try CaresimBinary.run(
        [
          "plan", "--scheduler", "kubernetes", "--shards", "2", "--out", "plan", "--", "run",
          "small.json", "--replications", ShardCommandTests.replications, "--force",
        ], in: folder)
      #expect(relative.exitCode == 0, "\(relative)")
      #expect(
        relative.stdout.contains("copy small.json (and the files it extends) to plan/small.json"),
        "\(relative)")
      let slurm = try CaresimBinary.run(
        [
          "plan", "--shards", "2", "--out", "slurm", "--", "run", "small.json", "--replications",
          ShardCommandTests.replications, "--force",
        ], in: folder)
      #expect(slurm.exitCode == 0 && !slurm.stdout.contains("pods"), "\(slurm)")
    }
  }

  @Test func tooManyShardsOrAnUnshardableCommandWriteNothing() throws {
    try withTemporaryDirectory { folder in
      let scenario = try ShardCommandTests.smallScenario(in: folder)
      let plan = folder.appendingPathComponent("plan").path
      let many = try CaresimBinary.run([
        "plan", "--shards", "4", "--out", plan, "--", "run", scenario, "--replications",
        ShardCommandTests.replications, "--force",
      ])
      #expect(many.exitCode == 2, "\(many)")
      #expect(many.stderr.contains("at most 3 shards fit"), "\(many)")
      let split = try CaresimBinary.run(["plan", "--out", plan, "--", "split", scenario])
      #expect(split.exitCode == 2, "\(split)")
      #expect(split.stderr.contains("'split' cannot be sharded"), "\(split)")
      #expect(!FileManager.default.fileExists(atPath: plan))
    }
  }

  /// An analysis's settings are set up by the analysis, so plan runs it as shard 0 would, up to
  /// its first work: too many shards for its settings, or shards too short, are refused there.
  @Test func analysesThatDoNotFitTheirShardsWriteNothing() throws {
    try withTemporaryDirectory { folder in
      let scenario = try ShardCommandTests.smallNeighbourhood(in: folder)
      let plan = folder.appendingPathComponent("plan").path
      let many = try CaresimBinary.run([
        "plan", "--shards", "6", "--out", plan, "--", "psa", scenario, "--samples", "4",
        "--inner", "2", "--force",
      ])
      #expect(many.exitCode == 2, "\(many)")
      #expect(
        many.stderr.contains("--shards 6: the work has 5 settings, its base included"), "\(many)")
      #expect(many.stderr.contains("use --shards from 1 to 5"), "\(many)")
      let short = try CaresimBinary.run([
        "plan", "--shards", "2", "--out", plan, "--", "grid", scenario, "--x",
        "mechanisms.substitution.share=0:0.3:3", "--y",
        "mechanisms.prevention.relativeRisk=0.7:1:2",
        "--replications", "2",
      ])
      #expect(short.exitCode == 2, "\(short)")
      #expect(short.stderr.contains("1 shard fits: run the command in one process"), "\(short)")
      #expect(short.stderr.contains("or add --force to the command"), "\(short)")
      #expect(!FileManager.default.fileExists(atPath: plan))
      let fits = try CaresimBinary.run([
        "plan", "--shards", "5", "--out", plan, "--", "psa", scenario, "--samples", "4",
        "--inner", "2", "--force",
      ])
      #expect(fits.exitCode == 0, "\(fits)")
      #expect(fits.stderr.isEmpty && !fits.stdout.contains("parameter sets"), "\(fits)")
    }
  }

  @Test func statusNamesTheShardsToResubmit() throws {
    try withTemporaryDirectory { folder in
      let (plan, scenario) = try Self.plan("slurm", shards: 3, in: folder)
      let shard = try CaresimBinary.run([
        "run", scenario, "--replications", ShardCommandTests.replications, "--force",
        "--shard", "1/3", "--quiet", "--out", plan.path + "/shards/shard-1",
      ])
      #expect(shard.exitCode == 0, "\(shard)")
      try Data("slurmstepd: error: *** JOB 7 ON node CANCELLED ***\n".utf8)
        .write(to: plan.appendingPathComponent("logs/shard-2.log"))
      let status = try CaresimBinary.run(["status", plan.path])
      #expect(status.exitCode == 0, "\(status)")
      #expect(status.stdout.contains("done: 1 (1 of 3)"), "\(status)")
      #expect(status.stdout.contains("failed: 2 (1 of 3)"), "\(status)")
      #expect(status.stdout.contains("missing: 0 (1 of 3)"), "\(status)")
      #expect(status.stdout.contains("--array=0,2 array.sbatch"), "\(status)")
      let notAPlan = try CaresimBinary.run(["status", folder.path])
      #expect(notAPlan.exitCode == 2, "\(notAPlan)")
    }
  }
}
