import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import Testing

/// The studies' validation files, and a smoke run of the comparison.
///
/// Whether every derived figure is reproduced (within 2% or 4 Monte-Carlo standard errors) is
/// checked in `.ci/run` by `caresim validate-study` on every file, at the file's replications in a
/// release build; here a few replications of one study show that the comparison runs end to end.
@Suite struct StudyValidationTests {
  /// The validation files' names, such as `samenoud.json`.
  static let files = RepositoryFiles.scenarioFiles(in: "validation/").map {
    String($0.dropFirst("validation/".count))
  }

  static func load(_ file: String) throws -> (StudyValidation, Scenario) {
    let url = RepositoryFiles.root.appendingPathComponent("Scenarios/validation/\(file)")
    let validation = try StudyValidation.load(from: url)
    return (validation, try Scenario.load(from: RepositoryFiles.scenario(validation.scenario)))
  }

  @Test func everyStudyHasAValidation() {
    for study in ["dordrecht-wij", "groningen-wij-teams", "gemert-bakel", "breda-wij", "samenoud"] {
      #expect(Self.files.contains("\(study).json"), "missing Scenarios/validation/\(study).json")
    }
  }

  @Test(arguments: files)
  func everyFigureNamesItsSource(file: String) throws {
    let (validation, _) = try Self.load(file)
    #expect(!validation.figures.isEmpty)
    for figure in validation.figures {
      #expect(!figure.source.isEmpty, "\(file): \(figure.name) has no source")
    }
  }

  /// A study's name titles its page, so it carries no notes pointer (its punctuation, as every
  /// text of the file's, is `ShippedScenarioProseTests`').
  @Test(arguments: files)
  func aStudysNameCarriesNoNotesPointer(file: String) throws {
    let (validation, _) = try Self.load(file)
    for name in [validation.study, validation.studyNL ?? ""] {
      #expect(!name.contains("docs/sources/"), "\(file): \(name)")
    }
  }

  /// Every shipped study and every figure is named in Dutch too, for Dutch reports, and not by a
  /// copy of its English name.
  @Test(arguments: files)
  func everyFigureHasADutchName(file: String) throws {
    let (validation, _) = try Self.load(file)
    let study = try #require(validation.studyNL, "\(file) has no studyNL")
    #expect(study != validation.study, "\(file)")
    for figure in validation.figures {
      let name = try #require(figure.nameNL, "\(file): \(figure.name) has no nameNL")
      #expect(name != figure.name, "\(file): \(figure.name)")
    }
  }

  /// The scenario is named as a base a scenario extends is: relative to the working folder where
  /// the validation file was given so, absolute where it was given absolute, `folder/..`
  /// resolved either way.
  @Test(arguments: [
    ("Scenarios/validation/study.json", "/repo", "Scenarios/study.json"),
    ("validation/study.json", "/repo/Scenarios", "study.json"),
    ("../Scenarios/validation/study.json", "/repo/Scenarios", "../Scenarios/study.json"),
    ("study.json", "/repo/Scenarios/validation", "../study.json"),
    ("/repo/Scenarios/validation/study.json", "/elsewhere", "/repo/Scenarios/study.json"),
  ])
  func theScenarioIsNamedAsGiven(file: String, working: String, expected: String) {
    let url = URL(
      fileURLWithPath: file, relativeTo: URL(fileURLWithPath: working, isDirectory: true))
    #expect(StudyValidation.scenarioPath("study.json", nextTo: url) == expected)
  }

  @Test func aStudyIsComparedEndToEnd() throws {
    let (validation, scenario) = try Self.load("gemert-bakel.json")
    let comparisons = StudyComparison.run(
      validation.parameters(for: scenario), figures: validation.figures, replications: 4,
      seed: validation.seed, threads: 2)
    #expect(comparisons.map(\.figure.name) == validation.figures.map(\.name))
    for comparison in comparisons {
      #expect(comparison.mean.isFinite, "\(comparison.figure.name): \(comparison.mean)")
    }
  }
}

/// A validation file is read by the same reader as a scenario, with the same errors.
@Suite struct StudyValidationErrorTests {
  typealias Edit = ScenarioValidationTests.Edit
  typealias Bad = CalibrationTargetsTests.Bad

  /// The SamenOud validation file with each original replaced, read from a temporary copy in a
  /// folder laid out as `Scenarios/` is (the scenario beside `validation/`): the validation, or
  /// the errors that refuse it.
  static func read(replacing edits: [(original: String, replacement: String)]) throws
    -> Result<StudyValidation, ScenarioErrors>
  {
    var text = try String(
      contentsOf: RepositoryFiles.root.appendingPathComponent("Scenarios/validation/samenoud.json"),
      encoding: .utf8)
    for (original, replacement) in edits {
      try #require(text.ranges(of: original).count == 1, "'\(original)' is not unique")
      text = text.replacingOccurrences(of: original, with: replacement)
    }
    return try withTemporaryDirectory { folder in
      try FileManager.default.copyItem(
        at: RepositoryFiles.scenario("samenoud.json"),
        to: folder.appendingPathComponent("samenoud.json"))
      let url = folder.appendingPathComponent("validation/samenoud-copy.json")
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return Result { () throws(ScenarioErrors) in try StudyValidation.load(from: url) }
    }
  }

  /// The errors of the SamenOud validation file with each original replaced, as
  /// ``read(replacing:)`` reads it; none when it is read.
  static func errors(replacing edits: (original: String, replacement: String)...) throws
    -> [ScenarioError]
  {
    guard case .failure(let errors) = try read(replacing: edits) else { return [] }
    return errors.errors
  }

  static func errors(replacing original: String, with replacement: String) throws
    -> [ScenarioError]
  {
    try errors(replacing: (original, replacement))
  }

  static let firstEstimate = #"estimate: "cost.intervention.intervention","#

  /// A year too large for months (`year * 12` would overflow) is refused, not a crash.
  @Test func aHugeYearIsRefused() throws {
    let errors = try Self.errors(
      replacing: Self.firstEstimate,
      with: #"estimate: "perResidentYear.control.zvw.y999999999999999999","#)
    #expect(errors.map(\.field) == ["figures.0.estimate"])
    #expect(
      errors.first?.description.hasSuffix(
        "reads year 999999999999999999, which ends after the accounting horizon of 12 months")
        == true, "\(errors)")
  }

  /// Without the file's own months, the scenario's horizon bounds the years an estimate reads.
  @Test(arguments: ["y2", "y999999999999999999"])
  func withoutMonthsTheScenariosHorizonBoundsTheYears(year: String) throws {
    let errors = try Self.errors(
      replacing: ("months: 12,", ""),
      (Self.firstEstimate, #"estimate: "perResidentYear.control.zvw.\#(year)","#))
    #expect(errors.map(\.field) == ["figures.0.estimate"])
    #expect(
      errors.first?.description.contains("which ends after the scenario's horizon of 12 months")
        == true, "\(errors)")
  }

  /// A factor that is not a finite number is no study figure.
  @Test(arguments: ["nan", "inf", "1e999", "0x1p2000"])
  func aNonFiniteFactorIsRefused(factor: String) throws {
    let errors = try Self.errors(
      replacing: Self.firstEstimate,
      with: #"estimate: "\#(factor) * cost.intervention.intervention","#)
    #expect(errors.map(\.field) == ["figures.0.estimate"])
    #expect(
      errors.first?.description.hasSuffix(
        "'\(factor)' is not a finite number; a factor is a study figure") == true, "\(errors)")
  }

  /// A scenario that does not exist is named with the validation file's field.
  @Test func aMissingScenarioNamesTheField() throws {
    let errors = try Self.errors(
      replacing: #"scenario: "samenoud.json","#, with: #"scenario: "samen-oud.json","#)
    #expect(errors.map(\.field) == ["scenario"])
    let error = try #require(errors.first)
    #expect(error.file.hasSuffix("validation/samenoud-copy.json"))
    #expect(error.line == 12)
    #expect(error.description.contains("no scenario file 'samen-oud.json'"), "\(error)")
  }

  @Test func fieldErrorNamesItsLine() throws {
    let errors = try Self.errors(replacing: "months: 12,", with: "months: 0,")
    #expect(errors.map(\.field) == ["accounting.months"])
    #expect(errors.first?.line == 14)
  }

  @Test func syntaxErrorNamesItsLineAndColumn() throws {
    let errors = try Self.errors(replacing: "months: 12,", with: "months: 12")
    #expect(errors.count == 1)
    guard case .syntax(let error) = errors.first?.kind else {
      Issue.record("expected a syntax error, got \(errors)")
      return
    }
    #expect(error.line == 15 && error.column == 5)
    #expect(error.message.hasPrefix("expected ',' or '}' after the member 'accounting.months'"))
  }

  /// The Dutch study and names are optional text beside the English ones: read where the file
  /// gives them, nil where it does not (a Dutch report then shows the English), figure by figure.
  @Test func dutchNamesAreReadBesideTheEnglish() throws {
    let dutch = try Self.read(replacing: []).get()
    #expect(dutch.studyNL?.hasPrefix("Bureau Stade / Radar Advies voor MOgroep") == true)
    #expect(dutch.figures[0].nameNL == "Totale investeringen op jaarbasis")
    let english = try Self.read(
      replacing: [
        ("studyNL: ", "// studyNL: "), (#"nameNL: "Totale investeringen op jaarbasis","#, ""),
      ]
    ).get()
    #expect(english.studyNL == nil && english.study == dutch.study)
    #expect(english.figures.map(\.name) == dutch.figures.map(\.name))
    #expect(english.figures[0].nameNL == nil)
    #expect(english.figures.dropFirst().map(\.nameNL) == dutch.figures.dropFirst().map(\.nameNL))
  }

  /// A misspelt Dutch field is refused with the fields allowed, and an empty one or one that is
  /// not text names its field: each one error, naming the file, the line and the field.
  static let badDutch: [Bad] = [
    Bad(
      edit: Edit("studyNL:", "studyNl:"), field: "studyNl", line: 11,
      message: "unknown key; allowed here: accounting, figures, scenario, study, studyNL"),
    Bad(
      edit: Edit(#"studyNL: "Bureau Stade"#, #"studyNL: true, // "Bureau Stade"#),
      field: "studyNL", line: 11, message: "expected a string, found boolean"),
    Bad(
      edit: Edit(#"nameNL: "Totale investeringen"#, #"nameNl: "Totale investeringen"#),
      field: "figures.0.nameNl", line: 24,
      message: "unknown key; allowed here: estimate, gap, kind, name, nameNL, note, published, "
        + "source, unit"),
    Bad(
      edit: Edit(#"nameNL: "Totale investeringen op jaarbasis""#, "nameNL: 5"),
      field: "figures.0.nameNL", line: 24, message: "expected a string, found number"),
    Bad(
      edit: Edit(#"nameNL: "Totale investeringen op jaarbasis""#, #"nameNL: """#),
      field: "figures.0.nameNL", line: 24, message: "'' is not a usable name"),
  ]

  @Test(arguments: badDutch)
  func aBadDutchFieldIsOneErrorNamingFileLineAndField(bad: Bad) throws {
    let errors = try Self.errors(replacing: (bad.edit.original, bad.edit.replacement))
    try #require(errors.count == 1, "\(ScenarioErrors(errors))")
    let error = errors[0]
    #expect(error.file.hasSuffix("validation/samenoud-copy.json"))
    #expect(error.field == bad.field)
    #expect(error.line == bad.line, "\(error)")
    #expect(error.description.hasPrefix("\(error.file):\(bad.line): \(bad.field): "), "\(error)")
    #expect(error.description.contains(bad.message), "\(error)")
  }
}
