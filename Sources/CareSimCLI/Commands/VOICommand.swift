import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimReports
import Foundation
import JSON5

/// `caresim voi SAMPLES.csv`: the expected value of perfect information, overall and per
/// parameter or group, per perspective and value of a QALY, from a PSA's table of sets.
///
/// The table is `psa`'s `samples.csv` or any CSV in its shape, so a PSA from another tool can be
/// analysed too. Where the table sits in a PSA's folder, that PSA's `result.json` gives the
/// seed and the scenario the report names.
enum VOICommand: Command {
  static let samples = (
    name: "SAMPLES", help: "A PSA table: psa's samples.csv or a CSV in its shape"
  )
  static let perspective: Option<Perspective> = .choice(
    "perspective", valueName: "P",
    help: "Whose EVPI and EVPPI result.json gives at its top level (the files give every one)",
    default: .society, word: \.description)
  static let valuePerQALY: Option<[String]> = .repeated(
    "value-per-qaly", valueName: "X",
    help: "A value of a QALY in euros, evaluated besides the curve from 0 to 100,000; the first "
      + "is the one result.json's evpi and evppi give",
    describedDefault: "0, the budgets alone")
  static let param: Option<[String]> = .repeated(
    "param", valueName: "PATH", help: "A parameter whose EVPPI to estimate",
    describedDefault: "every parameter of the table")
  static let group: Option<[String]> = .repeated(
    "group", valueName: "NAME=PATH+PATH...",
    help: "Parameters learned together, whose joint EVPPI to estimate under NAME",
    describedDefault: "none")
  static let decisionsPerYear: Option<Double?> = .number(
    "decisions-per-year", valueName: "N",
    help: "Decisions a year the information informs (municipalities facing the same choice), "
      + "for the population EVPI; with --horizon", describedDefault: "none",
    range: 0...1_000_000)
  static let horizon: Option<Int?> = .integer(
    "horizon", valueName: "Y", help: "Years the information stays useful, for the population EVPI",
    describedDefault: "none", range: 1...100)
  static let discountRate: Option<Double?> = .number(
    "discount-rate", valueName: "R",
    help: "Annual discount rate of the population EVPI's later years",
    describedDefault: "0.04, the Dutch guideline's for costs", range: 0...1)
  static let seed: Option<UInt64?> = .unsignedInteger(
    "seed", valueName: "S", help: "Seed of the bootstrap's resamples",
    describedDefault: "the PSA's, from result.json beside the table, else 0")
  static let out = CommonOptions.out(default: "out/<folder of SAMPLES>-voi")

  static let spec = CommandSpec(
    name: "voi",
    summary: "Value of information from a PSA's sets: what removing all uncertainty (EVPI), or "
      + "one parameter's or group's (EVPPI), is worth, per payer and value of a QALY.",
    positionals: [samples],
    options: [
      perspective.spec, valuePerQALY.spec, param.spec, group.spec, decisionsPerYear.spec,
      horizon.spec, discountRate.spec, seed.spec, out.spec, CommonOptions.locale.spec,
      CommonOptions.noReport.spec, CommonOptions.quiet.spec,
    ])

  static func run(_ invocation: Invocation) throws {
    let path = invocation.parsed.positional(samples.name)
    let parsed = invocation.parsed
    let options = try VOIOptions(parsed, discountRate: nil)
    _ = try invocation.reportLocale()  // checked before the work
    let folder = try invocation.outputFolder(out, fallback: defaultOut(path))
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason = PathKind(of: path).asFile ?? "cannot read the file"
      throw CommandFailure(message: "error: \(path): \(reason)", exitCode: .invalidInput)
    }
    let table: DecisionTable
    do {
      table = try DecisionTable.read(csv: String(decoding: data, as: UTF8.self), file: path)
    } catch {
      throw CommandFailure(message: "error: \(error)", exitCode: .invalidInput)
    }
    let psa = psaProvenance(besides: path)
    let seed = try parsed[Self.seed] ?? psa.seed ?? 0
    let report = try options.analyse(
      table, seed: seed, source: path, provenance: psa.fields, levels: psa.levels)
    let extra = try invocation.write(report.files(), to: folder, threads: nil)
    invocation.console.out(report.table())
    invocation.console.out(
      "\n"
        + AnalysisProvenance.wroteLine(
          folder: folder.path, ValueOfInformationReport.fileNames + extra) + "\n")
  }

  /// `out/<the table's folder's name>-voi`.
  static func defaultOut(_ path: String) -> String {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
    return "out/\(CommonOptions.folderWord(folder.isEmpty ? "samples" : folder))-voi"
  }

  /// The seed, the provenance and the level labels of the PSA whose folder holds the table, from
  /// its `result.json`; nothing where there is none.
  static func psaProvenance(besides path: String)
    -> (seed: UInt64?, fields: [String: JSONValue], levels: [NeedLevel.Label])
  {
    let document = URL(fileURLWithPath: path).deletingLastPathComponent()
      .appendingPathComponent("result.json")
    guard let data = FileManager.default.contents(atPath: document.path),
      let fields = (try? JSONValue.parse(data))?.objectValue
    else { return (nil, [:], []) }
    let provenance = try? ResultProvenance(
      decoding: "result.json", in: ResultFiles(files: ["result.json": data], marker: nil))
    return (
      fields["seed"]?.stringValue.flatMap { UInt64($0) },
      fields.filter {
        ["scenario", "levels", "assumptions", "replicationsPerSetting"].contains($0.key)
      },
      provenance?.levels ?? []
    )
  }
}

/// The options of a value-of-information analysis, read and checked before any work: shared by
/// `voi` and `psa --voi`.
struct VOIOptions {
  var perspective: Perspective
  var valuesPerQALY: [Double]
  var params: [String]
  var groups: [(name: String, paths: [String])]
  var population: (decisionsPerYear: Double, years: Int, discountRate: Double)?
}

extension VOIOptions {
  /// Reads the options.
  ///
  /// - Parameters:
  ///   - parsed: The command line.
  ///   - scenarioRate: The scenario's rate of costs, where the command has a scenario.
  /// - Throws: ``CommandLineError`` or ``CommandFailure`` for a value out of range.
  init(_ parsed: ParsedArguments, discountRate scenarioRate: Double?) throws {
    perspective = try parsed[VOICommand.perspective]
    valuesPerQALY = try parsed[VOICommand.valuePerQALY].map { text in
      guard let value = Double(text), value.isFinite, value >= 0 else {
        throw CommandLineError.invalidValue(
          option: VOICommand.valuePerQALY.name, value: text, allowed: "a number of euros, 0 or more"
        )
      }
      return value
    }
    params = try parsed[VOICommand.param]
    groups = try parsed[VOICommand.group].map { text in
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      let paths = parts.count == 2 ? parts[1].split(separator: "+").map(String.init) : []
      guard parts.count == 2, !parts[0].isEmpty, paths.count >= 2, !paths.contains("") else {
        throw CommandLineError.invalidValue(
          option: VOICommand.group.name, value: text,
          allowed: "NAME=PATH+PATH... with a name and two parameters or more")
      }
      return (parts[0], paths)
    }
    let decisions = try parsed[VOICommand.decisionsPerYear]
    let horizon = try parsed[VOICommand.horizon]
    switch (decisions, horizon) {
    case (let decisions?, let horizon?):
      population = (
        decisions, horizon,
        try parsed[VOICommand.discountRate] ?? scenarioRate ?? Self.defaultDiscountRate
      )
    case (nil, nil): population = nil
    default:
      throw CommandFailure(
        message: "error: --decisions-per-year and --horizon go together: the population EVPI "
          + "needs both", exitCode: .invalidInput)
    }
  }

  /// The Dutch guideline's discount rate of costs (Zorginstituut Nederland 2016), the shipped
  /// scenarios' rate, for a table without its scenario.
  static let defaultDiscountRate = 0.04

  /// The analysis of a table with these options; `provenance` is the PSA's record of its
  /// scenario, for the files, and `levels` what its scenario calls its need levels, for the
  /// terminal's labels.
  ///
  /// - Throws: ``CommandFailure`` for a parameter the table lacks.
  func analyse(
    _ table: DecisionTable, seed: UInt64, source: String, provenance: [String: JSONValue],
    levels: [NeedLevel.Label]
  ) throws -> ValueOfInformationReport {
    guard table.netBenefits[perspective] != nil else {
      throw CommandFailure(
        message: "error: --perspective: \(source) has no netBenefit.\(perspective) column; it "
          + "has " + table.perspectives.map(\.description).joined(separator: ", "),
        exitCode: .invalidInput)
    }
    func index(_ path: String, option: String) throws -> Int {
      guard let index = table.parameterNames.firstIndex(of: path) else {
        let suggestion = CommandSpec.closest(to: path, among: table.parameterNames)
        throw CommandFailure(
          message: "error: --\(option): \(source) has no parameter '\(path)'"
            + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
          exitCode: .invalidInput)
      }
      return index
    }
    let singles = params.isEmpty ? table.parameterNames : params
    var subjects = try singles.map {
      ValueOfInformation.Subject(name: $0, parameters: [try index($0, option: "param")])
    }
    for group in groups {
      guard !subjects.contains(where: { $0.name == group.name }) else {
        throw CommandFailure(
          message: "error: --group: the name '\(group.name)' is taken; give the group another",
          exitCode: .invalidInput)
      }
      subjects.append(
        .init(name: group.name, parameters: try group.paths.map { try index($0, option: "group") }))
    }
    let asked = valuesPerQALY.first ?? 0
    let population = population.map {
      ValueOfInformation.Population(
        decisionsPerYear: $0.decisionsPerYear, years: $0.years,
        discounting: Discounting(annualRate: $0.discountRate))
    }
    let result = ValueOfInformation.evaluate(
      table, subjects: subjects,
      valuesPerQALY: ValueOfInformationReport.curve + valuesPerQALY + [asked], seed: seed,
      population: population)
    return ValueOfInformationReport(
      result: result, parameterNames: table.parameterNames, perspective: perspective,
      valuePerQALY: asked, seed: seed, source: source, provenance: provenance,
      population: population, levels: levels)
  }
}
