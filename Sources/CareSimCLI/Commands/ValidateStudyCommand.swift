import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import CareSimScenario
import Foundation

/// `caresim validate-study NAME`: runs a study's scenario under the study's accounting and prints
/// each published figure beside CareSim's estimate, its 95% interval and the difference.
enum ValidateStudyCommand: Command {
  /// Where the studies' validation files are, relative to the current folder.
  static let folder = "Scenarios/validation"

  static let replications: Option<Int?> = .integer(
    "replications", valueName: "N", help: "Replications", describedDefault: "the file's",
    range: 2...CommonOptions.maximumReplications)
  static let seed: Option<UInt64?> = .unsignedInteger(
    "seed", valueName: "S", help: "Random seed", describedDefault: "the file's")
  static let out: Option<String?> = .text(
    "out", valueName: "DIR", help: "Also write validation.json and validation.csv there")
  static let markdown: Option<Bool> = .flag(
    "markdown", help: "Print the table as Markdown rows for the README")
  static let list: Option<Bool> = .flag(
    "list", help: "List the studies and stop", standsAlone: true)

  static let spec = CommandSpec(
    name: "validate-study",
    summary: "Compare a study's published figures with CareSim's estimates under the study's "
      + "accounting.",
    positionals: [
      (name: "NAME", help: "A study (see --list) or the path of a validation file")
    ],
    options: [
      replications.spec, seed.spec, CommonOptions.threads.spec, out.spec, markdown.spec,
      CommonOptions.locale.spec, CommonOptions.noReport.spec, CommonOptions.quiet.spec,
      CommonOptions.progress.spec, RunBudget.force.spec, list.spec,
    ])

  /// The studies with a validation file, by name.
  static func studies() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }

  static func run(_ invocation: Invocation) throws {
    let parsed = invocation.parsed
    if parsed[Self.list] {
      invocation.console.out(studies().map { $0 + "\n" }.joined())
      return
    }
    let name = parsed.positional("NAME")
    let url: URL
    if FileManager.default.fileExists(atPath: name) {
      url = URL(fileURLWithPath: name)
    } else if studies().contains(name) {
      url = URL(fileURLWithPath: "\(folder)/\(name).json")
    } else {
      let known = studies()
      throw CommandFailure(
        message: known.isEmpty
          ? "error: no study '\(name)', and no studies in \(folder)/: run from the CareSim folder, "
            + "or give a validation file's path"
          : "error: no study '\(name)'; the studies are " + known.joined(separator: ", ")
            + " (see --list), or give a validation file's path",
        exitCode: .invalidInput)
    }
    let validation: StudyValidation
    do {
      validation = try StudyValidation.load(from: url)
    } catch {
      throw CommandFailure(
        message: error.diagnostics,
        exitCode: .invalidInput)
    }
    let scenario = try CommonOptions.loadScenario(
      StudyValidation.scenarioPath(validation.scenario, nextTo: url))
    let replications = try parsed[Self.replications] ?? validation.replications
    let seed = try parsed[Self.seed] ?? validation.seed
    let threads = try invocation.threads()
    _ = try invocation.reportLocale()  // checked before the work
    let output = try parsed[Self.out].map { _ throws(CommandFailure) in
      try invocation.outputFolder(Self.out, fallback: "")
    }
    try invocation.checkBudget(
      validation.parameters(for: scenario), replications: replications, settings: 1,
      threads: threads, smaller: "fewer --replications (now \(replications))")

    let progress = Progress(
      total: replications, unit: "replications", style: invocation.progressStyle)
    let comparisons = StudyComparison.run(
      validation.parameters(for: scenario), figures: validation.figures,
      replications: replications, seed: seed, threads: threads,
      progress: { progress.advance(by: $0) })
    progress.finish()
    let report = ValidationReport(
      validation: validation, scenario: scenario, comparisons: comparisons,
      replications: replications, seed: seed)
    var extra: [String] = []
    if let output { extra = try invocation.write(report.files(), to: output, threads: threads) }
    invocation.console.out(parsed[Self.markdown] ? report.markdownRows() : report.table())
    if let output {
      invocation.console.out(
        "\nWrote \(output.path)/: "
          + (["validation.json", "validation.csv"] + extra + [ResultFolder.markerName]).joined(
            separator: ", ") + "\n")
    }
    let failed = comparisons.filter { $0.status == .failed }
    if !failed.isEmpty {
      throw CommandFailure(
        message: "error: \(failed.count) derived figure(s) not reproduced: "
          + failed.map(\.figure.name).joined(separator: "; "),
        exitCode: .failure)
    }
  }
}
