import CareSimCore
import CareSimIO
import Foundation

/// `caresim validate-study NAME`: runs a study's scenario under the study's accounting and prints
/// each published figure beside CareSim's estimate, its 95% interval and the difference.
enum ValidateStudyCommand {
  static let spec = CommandSpec(
    name: "validate-study",
    summary: "Compare a study's published figures with CareSim's estimates under its accounting.",
    positionals: [
      (name: "NAME", help: "A study (Scenarios/validation/NAME.json) or a validation file's path")
    ],
    options: [
      OptionSpec("replications", valueName: "N", help: "Replications (default: the file's)"),
      OptionSpec("seed", valueName: "S", help: "Random seed (default: the file's)"),
      OptionSpec("threads", valueName: "T", help: "Worker threads (default: all cores)"),
      OptionSpec("out", valueName: "DIR", help: "Also write validation.json and validation.csv"),
      OptionSpec("markdown", kind: .flag, help: "Print the table as Markdown rows for the README"),
    ])

  static func run(_ arguments: [String], console: Console) throws {
    guard let parsed = try spec.parse(arguments, helpTo: console) else { return }
    let name = parsed.positional("NAME")
    let url =
      FileManager.default.fileExists(atPath: name)
      ? URL(fileURLWithPath: name) : URL(fileURLWithPath: "Scenarios/validation/\(name).json")
    let validation: StudyValidation
    do {
      validation = try StudyValidation.load(from: url)
    } catch {
      throw CommandFailure(
        message: error.errors.map { "error: \($0)" }.joined(separator: "\n"),
        exitCode: .invalidInput)
    }
    let scenario = try ScenarioLoading.load(
      url.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(validation.scenario).path)
    let replications = try parsed.integer(
      "replications", default: validation.replications, allowed: 2...1_000_000)
    let seed = try parsed.unsignedInteger("seed", default: validation.seed)
    let threads = try parsed.integer(
      "threads", default: ProcessInfo.processInfo.activeProcessorCount, allowed: 1...1024)

    if let out = parsed.value("out") { try OutputFolder.check(URL(fileURLWithPath: out)) }
    let comparisons = StudyComparison.run(
      validation.parameters(for: scenario), figures: validation.figures,
      replications: replications, seed: seed, threads: threads)
    let report = ValidationReport(
      validation: validation, scenario: scenario, comparisons: comparisons,
      replications: replications, seed: seed)
    if let out = parsed.value("out") {
      do {
        try AtomicFileWriter.writeDirectory(report.files(), to: URL(fileURLWithPath: out))
      } catch {
        throw CommandFailure(message: "error: could not write \(out): \(error)", exitCode: .failure)
      }
    }
    console.out(parsed.flag("markdown") ? report.markdownRows() : report.table())
    let failed = comparisons.filter { $0.status == .failed }
    if !failed.isEmpty {
      throw CommandFailure(
        message: "error: \(failed.count) derived figure(s) not reproduced: "
          + failed.map(\.figure.name).joined(separator: "; "),
        exitCode: .failure)
    }
  }
}
