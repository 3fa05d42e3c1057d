import ArgumentParsing
import CareSimCore
import CareSimOutput
import Foundation
import JSON5

/// `caresim status DIR`: which shards of a plan are done, failed or missing, and how to
/// resubmit only those.
enum StatusCommand: Command {
  static let spec = CommandSpec(
    name: "status",
    summary: "Say which shards of a plan are done, failed or missing, and how to resubmit only "
      + "those.",
    positionals: [(name: "DIR", help: "The folder 'caresim plan' wrote")])

  /// A shard's state, as its folder and its log show it.
  enum State: String, CaseIterable {
    /// Its folder holds a complete shard (written in one step, so never half).
    case done
    /// Its log holds an error: CareSim's, or the scheduler's (a cancelled or killed task).
    case failed
    /// Started (its log exists) but neither done nor failed: running, or stopped without a word.
    case started
    /// No trace: still queued, or never submitted.
    case missing
  }

  static func run(_ invocation: Invocation) throws {
    let path = invocation.parsed.positional("DIR")
    let recordURL = URL(fileURLWithPath: path).appendingPathComponent(PlanCommand.recordName)
    guard let data = try? Data(contentsOf: recordURL), let json = try? JSONValue.parse(data),
      let fields = json.objectValue,
      let scheduler = fields["scheduler"]?.stringValue.flatMap(Scheduler.init(rawValue:)),
      let shards = fields["shards"]?.numberValue.flatMap({ Int(exactly: $0) }), shards >= 1,
      let command = fields["command"]?.arrayValue?.compactMap(\.stringValue),
      let result = fields["result"]?.stringValue
    else {
      throw CommandFailure(
        message: "error: \(path): not a plan (no readable \(PlanCommand.recordName)); give the "
          + "folder 'caresim plan' wrote",
        exitCode: .invalidInput)
    }
    let folder = URL(fileURLWithPath: path).standardizedFileURL.path
    var states: [State: [Int]] = [:]
    var reasons: [Int: String] = [:]
    for index in 0..<shards {
      let (state, reason) = Self.state(of: index, shards: shards, in: folder)
      states[state, default: []].append(index)
      reasons[index] = reason
    }
    var lines = [
      "Plan: \(scheduler.rawValue), \(shards) shards of 'caresim \(command.joined(separator: " "))'"
    ]
    for state in State.allCases {
      guard let indices = states[state], !indices.isEmpty else { continue }
      lines.append("\(state.rawValue): \(ranges(indices)) (\(indices.count) of \(shards))")
      if state == .failed {
        for index in indices { lines.append("  shard \(index): \(reasons[index] ?? "")") }
      }
    }
    let merged = (try? ResultFolder.marker(in: result)) != nil
    let undone = (0..<shards).filter { !(states[.done] ?? []).contains($0) }
    if undone.isEmpty {
      // A command to copy stands on a line of its own, which a terminal does not wrap.
      lines.append(
        merged
          ? "Merged: \(result)"
          : "Every shard is done; merge: sh \(folder)/\(SchedulerJobs.submitName) has queued it, "
            + "or run:\n  caresim merge \(folder)/shards/shard-* --out \(result)")
    } else {
      lines.append("Resubmit only the shards not done (after those still running end):")
      lines.append("  " + resubmission(scheduler, undone, shards: shards, folder: folder))
    }
    invocation.console.out(lines.joined(separator: "\n") + "\n")
  }

  /// The state of shard `index` and, when it failed, the log's last error line.
  static func state(of index: Int, shards: Int, in folder: String) -> (State, String?) {
    let shardFolder = "\(folder)/shards/shard-\(index)"
    if let manifest = try? ShardManifest.read(folder: shardFolder),
      manifest.shard == Shard(index: index, count: shards),
      FileManager.default.fileExists(
        atPath: shardFolder + "/" + ShardManifest.blocksFileName)
    {
      return (.done, nil)
    }
    // SLURM writes both streams to the .log; HTCondor its error stream to the .err.
    let logs = ["log", "err"].compactMap {
      try? String(contentsOfFile: "\(folder)/logs/shard-\(index).\($0)", encoding: .utf8)
    }
    guard !logs.isEmpty else { return (.missing, nil) }
    let text = logs.joined(separator: "\n")
    let error = text.split(separator: "\n").last {
      $0.localizedCaseInsensitiveContains("error") || $0.contains("CANCELLED")
    }
    return error.map { (.failed, String($0)) } ?? (.started, nil)
  }

  /// Indices as ranges, as SLURM's `--array` takes them: `0-2,5`.
  static func ranges(_ indices: [Int]) -> String {
    var parts: [String] = []
    var start = indices.first ?? 0
    var end = start
    for index in indices.dropFirst() {
      if index == end + 1 {
        end = index
        continue
      }
      parts.append(start == end ? "\(start)" : "\(start)-\(end)")
      start = index
      end = index
    }
    if !indices.isEmpty { parts.append(start == end ? "\(start)" : "\(start)-\(end)") }
    return parts.joined(separator: ",")
  }

  /// The commands that submit shards `indices` again, and the merge after them.
  static func resubmission(_ scheduler: Scheduler, _ indices: [Int], shards: Int, folder: String)
    -> String
  {
    let quoted = SchedulerJobs.shellQuoted(folder)
    switch scheduler {
    case .slurm:
      return "cd \(quoted) && array=$(sbatch --parsable --array=\(ranges(indices)) array.sbatch) "
        + "&& sbatch --dependency=afterok:${array%%;*} merge.sbatch"
    case .kubernetes:
      // An Indexed Job runs indices 0..<completions; it cannot be given some indices only.
      return "cd \(quoted) && kubectl delete job caresim-shards && kubectl apply -f shards.yaml "
        + "(all \(shards) run again, the done ones to the same bits; shards \(ranges(indices)) "
        + "are the ones missing), then apply merge.yaml"
    case .condor:
      return "cd \(quoted) && condor_submit shards.sub -queue 'shard in ("
        + indices.map(String.init).joined(separator: " ") + ")' && condor_submit merge.sub "
        + "(after they succeed)"
    }
  }
}
