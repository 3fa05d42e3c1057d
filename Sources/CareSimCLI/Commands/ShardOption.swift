import ArgumentParsing
import CareSimCore
import Foundation

/// `--shard K/N|auto[/N]`: which shard of a command's blocks this process runs.
enum ShardOption {
  static let shard: Option<String?> = .text(
    "shard", valueName: "K/N|auto",
    help: "Run shard K of N (K from 0 to N-1) and write its blocks, no report, for 'caresim "
      + "merge'; auto/N takes K from SLURM's array index or Kubernetes' JOB_COMPLETION_INDEX, "
      + "auto K and N from a whole SLURM array",
    describedDefault: "all the work, in this process")

  /// The environment variables `auto` reads.
  static let slurmTask = "SLURM_ARRAY_TASK_ID"
  static let slurmMinimum = "SLURM_ARRAY_TASK_MIN"
  static let slurmMaximum = "SLURM_ARRAY_TASK_MAX"
  static let slurmCount = "SLURM_ARRAY_TASK_COUNT"
  static let kubernetesIndex = "JOB_COMPLETION_INDEX"

  /// The most shards a command may be cut into.
  static let maximumShards = 10_000

  /// The shard `text` names; `auto` reads `environment`.
  ///
  /// SLURM, `auto/N`: shard `SLURM_ARRAY_TASK_ID` of N, so an array of some indices only (a
  /// resubmission of the missing ones) runs those shards. SLURM, `auto`: shard
  /// `SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN` of `SLURM_ARRAY_TASK_COUNT`, which must be the
  /// whole range from min to max (an array with steps or gaps cannot be told apart from missing
  /// tasks). Kubernetes: shard `JOB_COMPLETION_INDEX` of the N in `auto/N`.
  static func parse(_ text: String, environment: [String: String]) throws(CommandLineError)
    -> Shard
  {
    let allowed =
      "K/N with whole 0 <= K < N <= \(maximumShards), auto (in a SLURM array task) or auto/N "
      + "(with \(kubernetesIndex) set)"
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= 2, let first = parts.first else {
      throw .invalidValue(option: shard.name, value: text, allowed: allowed)
    }
    let count = parts.count == 2 ? Int(parts[1]) : nil
    if parts.count == 2, count.map({ !(1...maximumShards).contains($0) }) ?? true {
      throw .invalidValue(option: shard.name, value: text, allowed: allowed)
    }
    if first != "auto" {
      guard let count, let index = Int(first), let shard = Shard(index: index, count: count) else {
        throw .invalidValue(option: shard.name, value: text, allowed: allowed)
      }
      return shard
    }
    if let task = environment[slurmTask] {
      func number(_ name: String) throws(CommandLineError) -> Int {
        guard let value = environment[name], let number = Int(value) else {
          throw .invalidValue(
            option: shard.name, value: text,
            allowed: "\(name) set to a whole number, as SLURM sets it in an array task (now "
              + "\(environment[name].map { "'\($0)'" } ?? "unset"))")
        }
        return number
      }
      let id = try number(slurmTask)
      if let count {
        guard let shard = Shard(index: id, count: count) else {
          throw .invalidValue(
            option: shard.name, value: "\(text) (array task \(task))",
            allowed: "array indices from 0 to \(count - 1), as --array=0-\(count - 1)")
        }
        return shard
      }
      let minimum = try number(slurmMinimum)
      let maximum = try number(slurmMaximum)
      let tasks = try number(slurmCount)
      guard tasks == maximum - minimum + 1, let shard = Shard(index: id - minimum, count: tasks)
      else {
        throw .invalidValue(
          option: shard.name,
          value: "\(text) (array task \(task) of \(minimum)-\(maximum), "
            + "\(tasks) tasks)",
          allowed: "an array without steps or gaps, such as --array=0-\(max(tasks, 1) - 1), "
            + "or auto/N with the array's indices the shards'")
      }
      return shard
    }
    if let value = environment[kubernetesIndex] {
      guard let count else {
        throw .invalidValue(
          option: shard.name, value: text,
          allowed: "auto/N under Kubernetes, N the Job's completions (\(kubernetesIndex) gives "
            + "only the index)")
      }
      guard let index = Int(value), let shard = Shard(index: index, count: count) else {
        throw .invalidValue(
          option: shard.name, value: "\(text) (\(kubernetesIndex)=\(value))",
          allowed: "an index from 0 to \(count - 1)")
      }
      return shard
    }
    throw .invalidValue(
      option: shard.name, value: text,
      allowed: "auto only inside a SLURM array task (\(slurmTask)) or a Kubernetes Indexed Job "
        + "(\(kubernetesIndex)); elsewhere K/N")
  }
}
