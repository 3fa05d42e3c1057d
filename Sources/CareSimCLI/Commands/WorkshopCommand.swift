import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import CareSimScenario
import CareSimWorkshop
import Foundation

/// `caresim workshop SCENARIO`: precomputes a scenario's key knobs and writes one self-contained
/// interactive page a group can move them on; `--all FOLDER` builds every teaching scenario's page
/// and an index.
enum WorkshopCommand: Command {
  /// The most cells a full factorial may have; beyond it the cells around the base are computed.
  static let factorialLimit = 256

  static let all: Option<String?> = .text(
    "all", valueName: "FOLDER",
    help: "Build the page of every scenario in FOLDER, and index.html linking them",
    describedDefault: "the one SCENARIO given", standsAlone: true)
  static let knobs: Option<String?> = .text(
    "knobs", valueName: "PATH,...", help: "The parameters to move, each with a range",
    describedDefault: "those of the scenario's workshop section, or the key mechanisms")
  static let levels: Option<Int?> = .integer(
    "levels", valueName: "K", help: "Levels per knob over its range (its value is added)",
    describedDefault: "the scenario's, or 3", range: 2...6)
  static let replications: Option<Int> = .integer(
    "replications", valueName: "N", help: "Replications per cell", default: 100,
    range: 2...CommonOptions.maximumReplications)
  static let out = CommonOptions.out(
    default: "out/<scenario name>-workshop, or out/workshop with --all")

  static let spec = CommandSpec(
    name: "workshop",
    summary: "Precompute a scenario's key knobs and write workshop.html: an offline page on which "
      + "a group moves the knobs and the funding split and sees each payer's balance.",
    positionals: [CommonOptions.scenario],
    options: [
      all.spec, knobs.spec, levels.spec, replications.spec, CommonOptions.seed.spec,
      CommonOptions.threads.spec, out.spec, CommonOptions.locale.spec, CommonOptions.quiet.spec,
      CommonOptions.progress.spec, RunBudget.force.spec,
    ])

  static func run(_ invocation: Invocation) throws {
    let parsed = invocation.parsed
    let locale = try invocation.reportLocale()
    let threads = try invocation.threads()
    let replications = try parsed[Self.replications]
    let paths: [String]
    if let folder = parsed[Self.all] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      paths = names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
      guard !paths.isEmpty else {
        throw CommandFailure(
          message: "error: --all: '\(folder)' holds no scenario files (*.json)",
          exitCode: .invalidInput)
      }
    } else {
      paths = [parsed.positional("SCENARIO")]
    }
    // Every scenario is read and every cell set and checked before the first replication.
    var pages: [Page] = []
    for path in paths {
      pages.append(try page(path, invocation: invocation, replications: replications))
    }
    let isIndex = parsed[Self.all] != nil
    let folder = try invocation.outputFolder(
      Self.out,
      fallback: isIndex
        ? "out/workshop" : CommonOptions.defaultOut(scenario: paths[0], command: "workshop"))
    for page in pages {
      try invocation.checkBudget(
        page.scenario.parameters, replications: replications, settings: page.settings.count,
        threads: threads, smaller: "fewer --replications (now \(replications)), --levels or --knobs"
      )
    }
    var files: [String: Data] = [:]
    var pageWarnings: [[ScopeWarning]] = []
    let progress = Progress(total: pages.count, unit: "pages", style: invocation.progressStyle)
    for page in pages {
      let seed = try invocation.seed(page.scenario)
      let evaluator = WhatIfEvaluator(
        base: page.scenario.parameters, replications: replications, seed: seed, threads: threads)
      let grid = WorkshopGrid.evaluate(
        knobs: page.knobs, design: page.design, settings: page.settings, with: evaluator)
      let warnings = evaluator.scopeWarnings
      let data = WorkshopData(
        scenario: page.scenario, grid: grid, seed: seed, replications: replications,
        warnings: warnings)
      pageWarnings.append(warnings)
      files[isIndex ? page.name + ".html" : "workshop.html"] = Data(
        WorkshopPage.html(data: data.document(), locale: locale).utf8)
      progress.advance()
    }
    progress.finish()
    if isIndex {
      files["index.html"] = Data(
        WorkshopIndexPage.html(
          entries: pages.map { page in
            (
              title: page.scenario.metadata.title(dutch: locale == .nl), file: page.name + ".html",
              question: page.scenario.workshop?.exercises.first?.question.text(locale) ?? ""
            )
          }, locale: locale
        ).utf8)
    }
    try invocation.write(files, to: folder, threads: threads)
    var text = "Workshop pages, \(ReportFormat.count(replications)) replications a cell:\n"
    for (page, warnings) in zip(pages, pageWarnings) {
      text +=
        "  \(page.scenario.metadata.title): \(page.knobs.count) knobs, "
        + "\(page.settings.count) settings (\(page.design == .factorial ? "every combination" : "around the base"))\n"
        + ReportPhrases.terminalLines(warnings)
    }
    text +=
      "Wrote \(folder.path)/: "
      + (files.keys.sorted() + [ResultFolder.markerName]).joined(separator: ", ") + "\n"
    invocation.console.out(text)
  }

  /// A scenario's page before its work: the knobs, the design and the setting of every cell.
  struct Page {
    var name: String
    var scenario: Scenario
    var knobs: [WorkshopGrid.Knob]
    var design: WorkshopGrid.Design
    var settings: [ScenarioParameters]
  }

  static func page(_ path: String, invocation: Invocation, replications: Int) throws -> Page {
    let parsed = invocation.parsed
    let scenario = try CommonOptions.loadScenario(path)
    let named =
      parsed[Self.knobs]?.split(separator: ",").map(String.init)
      ?? scenario.workshop?.knobs
      ?? WorkshopKnobs.defaults.map(\.path).filter { scenario.ranges[$0] != nil }
    let levels = try parsed[Self.levels] ?? scenario.workshop?.levels ?? 3
    var knobs: [WorkshopGrid.Knob] = []
    for name in named {
      guard let range = scenario.ranges[name], let value = scenario.number(at: name),
        range.lowerBound < range.upperBound
      else {
        throw CommandFailure(
          message: "error: --knobs: \(scenario.file): '\(name)' is not a number with a range; "
            + "a knob's levels span its range",
          exitCode: .invalidInput)
      }
      knobs.append(WorkshopGrid.Knob(name: name, range: range, value: value, count: levels))
    }
    guard !knobs.isEmpty, knobs.count <= 8 else {
      throw CommandFailure(
        message: "error: \(scenario.file): a workshop needs 1 to 8 knobs with a range, found "
          + "\(knobs.count); name them with --knobs",
        exitCode: .invalidInput)
    }
    let design = WorkshopGrid.design(for: knobs, limit: factorialLimit)
    var settings: [ScenarioParameters] = []
    for cell in WorkshopGrid.combinations(knobs, design: design) {
      let values = zip(knobs, cell).map { knob, level in (knob.name, knob.levels[level]) }
      do {
        settings.append(try scenario.setting(values).parameters)
      } catch {
        throw CommandFailure(message: error.diagnostics, exitCode: .invalidInput)
      }
    }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return Page(name: name, scenario: scenario, knobs: knobs, design: design, settings: settings)
  }
}
