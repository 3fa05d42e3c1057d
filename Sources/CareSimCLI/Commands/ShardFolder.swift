import ArgumentParsing
import CareSimCore
import CareSimOutput
import Foundation

/// What every command's shards share: refusing shards too small to schedule, writing a shard's
/// folder, and reading and checking shards before a merge.
enum ShardFolder {
  /// The least work, in estimated seconds on one thread, that a shard is worth: a scheduled task
  /// waits in a queue and starts a process, which costs seconds to minutes, so a shortest shard
  /// of a minute keeps the start-up a small share.
  static let minimumSeconds = 60.0

  /// Refuses, before any work, more shards than the work has blocks, or (unless `--force`)
  /// shards shorter than ``minimumSeconds``, saying how many shards fit.
  static func checkWorth(
    _ shard: Shard, blocks: Int, blockName: String, estimate: WorkEstimate,
    invocation: Invocation
  ) throws(CommandFailure) {
    let seconds = estimate.seconds(perThread: RunBudget.residentMonthsPerThreadSecond, threads: 1)
    let byTime = max(1, Int(seconds / minimumSeconds))
    let fit = min(blocks, byTime)
    // `caresim plan` asks for its shard count with --shards; a shard itself with --shard K/N.
    let planning = invocation.checksShardFitOnly
    let asked =
      planning
      ? "--\(PlanCommand.shards.name) \(shard.count)" : "--\(ShardOption.shard.name) \(shard)"
    func use(_ most: Int) -> String {
      guard most > 1 else {
        return planning
          ? "run the command in one process, without a plan" : "run it without --shard"
      }
      return planning
        ? "use --\(PlanCommand.shards.name) from 1 to \(most)" : "use K/N with N from 1 to \(most)"
    }
    if shard.count > blocks {
      throw CommandFailure(
        message: "error: \(asked): the work has \(blocks) \(blockName), and a shard holds at "
          + "least one; at most \(blocks) shards fit: \(use(blocks))",
        exitCode: .invalidInput)
    }
    let force = invocation.parsed.declares(RunBudget.force) && invocation.parsed[RunBudget.force]
    if shard.count > byTime && !force {
      throw CommandFailure(
        message: "error: \(asked): each shard would hold about "
          + "\(Progress.duration(seconds / Double(shard.count))) of work on one thread, less "
          + "than the \(Progress.duration(minimumSeconds)) a scheduled task is worth; "
          + (fit == 1 ? "1 shard fits" : "\(fit) shards fit") + ": \(use(fit)), or add --force"
          + (planning ? " to the command" : ""),
        exitCode: .invalidInput)
    }
  }

  /// Writes a shard's folder: its manifest, its blocks and any `extra` files, no report.
  static func write(
    _ manifest: ShardManifest, blocks: Data, extra: [String: Data] = [:],
    to folder: ResultFolder, _ invocation: Invocation
  ) throws(CommandFailure) {
    do {
      try folder.write(
        [ShardManifest.fileName: manifest.encoded(), ShardManifest.blocksFileName: blocks]
          .merging(extra) { _, new in new },
        command: invocation.commandLine)
    } catch {
      throw CommandFailure(
        message: "error: \(error)", exitCode: error.isInputError ? .invalidInput : .failure)
    }
  }

  /// The line that tells the user what a shard wrote.
  static func wroteLine(folder: String, manifest: ShardManifest, what: String) -> String {
    "Wrote \(folder)/: shard \(manifest.shard) (blocks \(manifest.blocks.lowerBound)-"
      + "\(manifest.blocks.upperBound - 1) of \(manifest.blockCount): \(what)), "
      + "\(ShardManifest.fileName), \(ShardManifest.blocksFileName), \(ResultFolder.markerName); "
      + "merge every shard with 'caresim merge SHARD... --out DIR'\n"
  }

  /// A shard folder read for a merge: its manifest, and where its blocks are, read when they
  /// are merged (a run's block by block).
  struct Read {
    var path: String
    var manifest: ShardManifest
    /// The shard's `blocks.bin`.
    var blocksFile: String

    /// The shard's blocks, all at once: a what-if analysis's few estimates.
    func blocks() throws(CommandFailure) -> Data {
      guard let data = FileManager.default.contents(atPath: blocksFile) else {
        throw CommandFailure(
          message: "error: "
            + "\(ShardError.damaged(path: path, reason: "\(ShardManifest.blocksFileName) cannot be read"))",
          exitCode: .invalidInput)
      }
      return data
    }
  }

  /// Reads the shards at `paths` and checks that they make one whole.
  ///
  /// They must be the same command line's shards, each once, none missing. Every problem is
  /// named before anything is written.
  ///
  /// - Returns: The shards in shard order.
  /// - Throws: ``CommandFailure`` (exit code 2) listing every missing, duplicated, mismatched or
  ///   damaged shard.
  static func readAll(_ paths: [String]) throws(CommandFailure) -> [Read] {
    var problems: [ShardError] = []
    var manifests: [(path: String, manifest: ShardManifest)] = []
    for path in paths {
      do {
        manifests.append((path, try ShardManifest.read(folder: path)))
      } catch {
        problems.append(error)
      }
    }
    if let first = manifests.first {
      for (path, manifest) in manifests.dropFirst() {
        let expected = Dictionary(
          first.manifest.agreement.map { ($0.field, $0.value) }, uniquingKeysWith: { a, _ in a })
        if let field = manifest.agreement.first(where: { expected[$0.field] != $0.value })
          ?? first.manifest.agreement.first(where: { field in
            !manifest.agreement.contains { $0.field == field.field }
          })
        {
          let value = manifest.agreement.first { $0.field == field.field }?.value ?? "absent"
          problems.append(
            .mismatched(
              path: path, field: field.field, value: value,
              expected: expected[field.field] ?? "absent", first: first.path))
        }
      }
      let byIndex = Dictionary(grouping: manifests, by: \.manifest.shard.index)
      for index in byIndex.keys.sorted() where (byIndex[index]?.count ?? 0) > 1 {
        problems.append(.duplicated(shard: index, paths: byIndex[index]?.map(\.path) ?? []))
      }
      let count = first.manifest.shard.count
      let missing = (0..<count).filter { byIndex[$0] == nil }
      if !missing.isEmpty { problems.append(.missing(shards: missing, count: count)) }
    }
    guard problems.isEmpty else {
      throw CommandFailure(
        message: problems.map { "error: \($0)" }.joined(separator: "\n"),
        exitCode: .invalidInput)
    }
    var shards: [Read] = []
    for (path, manifest) in manifests.sorted(by: {
      $0.manifest.shard.index < $1.manifest.shard.index
    }) {
      let file = URL(fileURLWithPath: path).appendingPathComponent(ShardManifest.blocksFileName)
        .path
      guard FileManager.default.isReadableFile(atPath: file) else {
        throw CommandFailure(
          message: "error: "
            + "\(ShardError.damaged(path: path, reason: "\(ShardManifest.blocksFileName) is missing"))",
          exitCode: .invalidInput)
      }
      shards.append(Read(path: path, manifest: manifest, blocksFile: file))
    }
    return shards
  }

  /// Options that change neither a shard's numbers nor which shard it is, with whether each
  /// takes a value: they are left out when shards are compared, and a merge gives its own.
  static let presentationOptions: [(name: String, takesValue: Bool)] = [
    ("threads", true), ("locale", true), ("quiet", false), ("progress", false),
    ("no-report", false),
  ]

  /// `commandLine` without `caresim`, the command, and the options named in `dropped` (by name,
  /// with whether each takes a value), in either spelling, up to `--`.
  static func arguments(
    _ commandLine: [String], dropping dropped: [(name: String, takesValue: Bool)]
  ) -> [String] {
    var kept: [String] = []
    var arguments = commandLine.dropFirst(2)
    while let argument = arguments.popFirst() {
      if argument == "--" { return kept + [argument] + arguments }
      if let option = dropped.first(where: { argument == "--\($0.name)" }) {
        if option.takesValue { _ = arguments.popFirst() }
        continue
      }
      if dropped.contains(where: { $0.takesValue && argument.hasPrefix("--\($0.name)=") }) {
        continue
      }
      kept.append(argument)
    }
    return kept
  }

  /// What decides a shard's numbers in its command line, as the manifests compare it.
  static func deciding(_ commandLine: [String]) -> String {
    arguments(
      commandLine,
      dropping: [(ShardOption.shard.name, true), ("out", true), (RunBudget.force.name, false)]
        + presentationOptions
    ).joined(separator: " ")
  }

  /// The command line the merged result records: the shards' own without `--shard`, with the
  /// merge's output folder and its presentation options (`presentation`, as typed), so the
  /// report and the marker read as the one-process command's.
  static func commandLine(of manifest: ShardManifest, out: String, presentation: [String])
    -> [String]
  {
    let kept = arguments(
      manifest.commandLine,
      dropping: [(ShardOption.shard.name, true), ("out", true)] + presentationOptions)
    let options = ["--out", out] + presentation
    if let separator = kept.firstIndex(of: "--") {
      return Array(manifest.commandLine.prefix(2)) + kept[..<separator] + options
        + kept[separator...]
    }
    return Array(manifest.commandLine.prefix(2)) + kept + options
  }

  /// The merge's own presentation options, as typed, for ``commandLine(of:out:presentation:)``.
  static func presentation(of invocation: Invocation) -> [String] {
    var kept: [String] = []
    var arguments = invocation.commandLine.dropFirst(2)
    while let argument = arguments.popFirst(), argument != "--" {
      if let option = presentationOptions.first(where: { argument == "--\($0.name)" }) {
        kept.append(argument)
        if option.takesValue, let value = arguments.popFirst() { kept.append(value) }
      } else if presentationOptions.contains(where: { argument.hasPrefix("--\($0.name)=") }) {
        kept.append(argument)
      }
    }
    return kept
  }

  /// Writes a merged result as the one-process command writes it (its report too), recording
  /// its command line as ``commandLine(of:out:)`` gives it and the shards it was merged from.
  ///
  /// - Returns: The files written besides the command's data files (the report).
  static func writeMerged(
    _ files: [String: Data], from shards: [Read], to folder: ResultFolder,
    invocation: Invocation
  ) throws -> [String] {
    var merged = invocation
    merged.commandLine = commandLine(
      of: shards[0].manifest, out: folder.path, presentation: presentation(of: invocation))
    return try merged.write(
      files, to: folder, threads: try invocation.threads(), mergedFrom: shards.map(\.path))
  }
}

extension Invocation {
  /// The shard `--shard` names, or nil to run all the work here.
  func shard() throws(CommandLineError) -> Shard? {
    guard parsed.declares(ShardOption.shard), let text = parsed[ShardOption.shard] else {
      return nil
    }
    return try ShardOption.parse(text, environment: ProcessInfo.processInfo.environment)
  }
}
