import ArgumentParsing
import CareSimCore
import CareSimOutput
import Foundation
import JSON5

/// `caresim plan --scheduler slurm|kubernetes|condor --shards N --out DIR -- COMMAND ARGS...`:
/// the job files that run a command's shards on a scheduler and merge them.
///
/// CareSim uses the scheduler the user has; it schedules nothing itself. The command is checked
/// as its shards will run it (its options, its scenario, and that N shards fit its work) before
/// anything is written.
enum PlanCommand: Command {
  static let scheduler: Option<Scheduler> = .choice(
    "scheduler", valueName: "NAME",
    help: "The scheduler: slurm (a job array and a merge job), kubernetes (an Indexed Job and a "
      + "merge Job) or condor (a DAG of the shards and the merge)",
    default: .slurm, word: \.rawValue)
  static let shards: Option<Int> = .integer(
    "shards", valueName: "N", help: "Shards: array tasks, each a contiguous part of the work",
    default: 4, range: 1...ShardOption.maximumShards)
  static let cpus: Option<Int> = .integer(
    "cpus-per-task", valueName: "C", help: "Cores each shard asks for and runs threads on",
    default: 4, range: 1...1024)
  static let out: Option<String?> = .text(
    "out", valueName: "DIR",
    help: "The plan's folder (required): job files, then the shards' folders and logs")

  /// The commands whose work is cut into shards.
  static let shardable = [
    RunCommand.spec.name, PSACommand.spec.name, SweepCommand.spec.name, GridCommand.spec.name,
  ]

  /// The file that tells `caresim status` what the plan holds.
  static let recordName = "plan.json"

  static let spec = CommandSpec(
    name: "plan",
    summary: "Write the job files that run a command's shards on SLURM, Kubernetes or HTCondor "
      + "and merge them.",
    positionals: [(name: "COMMAND...", help: "After --: the command to shard and its options")],
    options: [scheduler.spec, shards.spec, cpus.spec, out.spec],
    takesMore: true)

  static func run(_ invocation: Invocation) throws {
    let scheduler = try invocation.parsed[Self.scheduler]
    let shards = try invocation.parsed[Self.shards]
    let threads = try invocation.parsed[Self.cpus]
    let command = invocation.parsed.positionals("COMMAND...")
    guard let name = command.first, shardable.contains(name) else {
      throw CommandFailure(
        message: "error: plan: '\(command.first ?? "")' cannot be sharded; give -- and one of: "
          + shardable.joined(separator: ", ") + ", with its options",
        exitCode: .invalidInput)
    }
    if command.contains(where: { $0 == "--shard" || $0.hasPrefix("--shard=") }) {
      throw CommandFailure(
        message: "error: plan: the command has --shard; plan adds it to each shard",
        exitCode: .invalidInput)
    }
    guard invocation.parsed[Self.out] != nil else {
      throw CommandFailure(
        message: "error: plan: --out DIR is required: the folder for the job files",
        exitCode: .invalidInput)
    }
    let folder = try invocation.outputFolder(Self.out, fallback: "")
    let absolute = URL(fileURLWithPath: folder.path).standardizedFileURL.path
    let result = resultFolder(of: command) ?? absolute + "/result"
    // Check the shard's command line as shard 0 would run it, without running it.
    let scenario = try checkShard(
      withoutOut(Array(command.dropFirst())), name: name, shards: shards, folder: folder,
      invocation: invocation)
    let jobs = SchedulerJobs(
      scheduler: scheduler, folder: absolute,
      workingFolder: FileManager.default.currentDirectoryPath,
      binary: executablePath(), command: withoutOut(command), shards: shards, threads: threads,
      result: result, podResult: resultFolder(of: command, absolute: false))
    var files = jobs.files.mapValues { Data($0.utf8) }
    files[recordName] = record(
      scheduler: scheduler, shards: shards, command: withoutOut(command), result: result)
    files["logs/README"] = Data(
      "The shards' and the merge's logs: shard-K.log for shard K, merge.log.\n".utf8)
    do {
      try folder.write(files, command: invocation.commandLine)
    } catch {
      throw CommandFailure(
        message: "error: \(error)", exitCode: error.isInputError ? .invalidInput : .failure)
    }
    // The command to copy stands on a line of its own, which a terminal does not wrap.
    invocation.console.out(
      "Wrote \(folder.path)/: " + jobs.files.keys.sorted().joined(separator: ", ")
        + ", \(recordName). Submit with:\n  sh \(folder.path)/\(SchedulerJobs.submitName)\n")
    if scheduler == .kubernetes {
      // A pod sees the volume, not this machine's files.
      let root = "The pods run in the volume's root, this plan's folder"
      invocation.console.out(
        scenario.hasPrefix("/")
          ? "\(root), and see \(scenario) only if their image holds it: name the scenario by a "
            + "path relative to that folder, and copy it (and the files it extends) there\n"
          : "\(root): copy \(scenario) (and the files it extends) to \(folder.path)/\(scenario) "
            + "before you submit\n")
    }
  }

  /// Runs the command as shard 0 of `shards` would, up to its first work, and returns its
  /// scenario's path.
  ///
  /// Its options, its scenario, its budget and that `shards` shards fit its work are checked, so
  /// that a plan never submits an array whose every task fails. An analysis's settings are known
  /// only once it has set them up, so the command itself sets them up; its result folder is the
  /// plan's own, already prepared, so that the check makes no folder.
  static func checkShard(
    _ arguments: [String], name: String, shards: Int, folder: ResultFolder,
    invocation: Invocation
  ) throws -> String {
    guard let command = CareSimCommand.commands.first(where: { $0.spec.name == name }) else {
      preconditionFailure("plan shards only the commands it lists, got \(name)")
    }
    let line = arguments + ["--\(ShardOption.shard.name)", "0/\(shards)", "--out", folder.path]
    var check = Invocation(
      parsed: try command.spec.parse(line), commandLine: ["caresim", name] + line,
      console: invocation.console)
    check.checksShardFitOnly = true
    try command.run(check)
    return check.parsed.positional("SCENARIO")
  }

  /// The `--out` the command names, absolute unless `absolute` is false: where the merge writes.
  static func resultFolder(of command: [String], absolute: Bool = true) -> String? {
    func path(_ text: String) -> String {
      absolute ? URL(fileURLWithPath: text).standardizedFileURL.path : text
    }
    for (index, argument) in command.enumerated() {
      if argument == "--" { return nil }
      if argument.hasPrefix("--out=") { return path(String(argument.dropFirst(6))) }
      if argument == "--out", index + 1 < command.count { return path(command[index + 1]) }
    }
    return nil
  }

  /// The command without its `--out`: each shard has its own folder.
  static func withoutOut(_ command: [String]) -> [String] {
    var line: [String] = []
    var arguments = command[...]
    while let argument = arguments.popFirst() {
      if argument == "--" { return line + [argument] + arguments }
      if argument == "--out" {
        _ = arguments.popFirst()
        continue
      }
      if !argument.hasPrefix("--out=") { line.append(argument) }
    }
    return line
  }

  /// This binary's path, for the job files.
  static func executablePath() -> String {
    let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  static func record(scheduler: Scheduler, shards: Int, command: [String], result: String)
    -> Data
  {
    var data = JSONValue.object([
      "scheduler": .string(scheduler.rawValue),
      "shards": .number(Double(shards)),
      "command": .array(command.map(JSONValue.string)),
      "result": .string(result),
    ]).encoded(prettyPrinted: true)
    data.append(0x0A)
    return data
  }
}
