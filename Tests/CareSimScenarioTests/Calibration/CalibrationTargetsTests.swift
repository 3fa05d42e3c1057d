import CareSimCore
import CareSimTestSupport
import Foundation
import Testing

@testable import CareSimScenario

/// The targets file: the shipped one reads as written, and each bad field is one error that
/// names the file, its line and the field, and says what is allowed (STYLE.md conventions 8, 9).
@Suite struct CalibrationTargetsTests {
  typealias Edit = ScenarioValidationTests.Edit

  /// The name errors must carry: the path as the user gave it, not the temporary file's.
  static let name = "targets/test.json"

  /// Two targets, one field a line, so that an error's line is the edited field's.
  static let text = """
    // Targets for a test.
    {
      name: "test targets",
      targets: [
        {
          id: "deaths",
          label: "one-year death probability at 80-84",
          measure: { kind: "deathProbability", ages: { from: 80, to: 85 }, sex: "all" },
          value: 0.05,
          range: [0.04, 0.06],
          use: "fit",
          source: "test",
        },
        {
          id: "life",
          label: "life expectancy of men at 80",
          measure: { kind: "lifeExpectancy", age: 80, sex: "men" },
          value: 9.5,
          standardError: 0.1,
          use: "check",
          years: { from: 1, to: 2 },
          source: "test 2",
        },
      ],
    }

    """

  /// Reads `text` from a temporary file under ``name``.
  static func load(_ text: String) throws -> CalibrationTargets {
    try withTemporaryDirectory { folder in
      let url = folder.appendingPathComponent("targets.json")
      try text.write(to: url, atomically: true, encoding: .utf8)
      return try CalibrationTargets.load(from: url, name: name)
    }
  }

  /// Every error of the text with `edits` applied (each original must occur exactly once).
  static func errors(_ edits: [Edit]) throws -> [ScenarioError] {
    var text = Self.text
    for edit in edits {
      let count = text.ranges(of: edit.original).count
      try #require(count == 1, "'\(edit.original)' occurs \(count) times")
      text = text.replacingOccurrences(of: edit.original, with: edit.replacement)
    }
    do {
      _ = try load(text)
      return []
    } catch let error as ScenarioErrors {
      return error.errors
    }
  }

  @Test func theTestFileReads() throws {
    let targets = try Self.load(Self.text)
    #expect(targets.name == "test targets" && targets.file == Self.name)
    #expect(targets.targets.map(\.id) == ["deaths", "life"])
    let deaths = targets.targets[0]
    #expect(deaths.measure == CalibrationMeasure(kind: .deathProbability, fromAge: 80, toAge: 85))
    // A range is a 95% interval: its width over 2 × 1.96.
    #expect(deaths.standardError == (0.06 - 0.04) / 3.92)
    #expect(deaths.use == .fit && deaths.years == nil && deaths.value == 0.05)
    let life = targets.targets[1]
    #expect(life.measure == CalibrationMeasure(kind: .lifeExpectancy, fromAge: 80, sexes: .men))
    #expect(life.standardError == 0.1 && life.use == .check && life.years == 1...2)
  }

  /// A Dutch name and Dutch labels are optional text beside the English ones: read where the
  /// file gives them, nil where it does not (a Dutch report then shows the English).
  @Test func dutchLabelsAreReadBesideTheEnglish() throws {
    let english = try Self.load(Self.text)
    #expect(english.nameNL == nil && english.targets.allSatisfy { $0.labelNL == nil })
    let dutch = try Self.load(
      Self.text
        .replacingOccurrences(
          of: #"name: "test targets","#,
          with: #"name: "test targets", nameNL: "teststreefwaarden","#
        )
        .replacingOccurrences(
          of: #"label: "one-year death probability at 80-84","#,
          with: #"label: "one-year death probability at 80-84", labelNL: "sterftekans, 80-84","#))
    #expect(dutch.name == "test targets" && dutch.nameNL == "teststreefwaarden")
    #expect(dutch.targets.map(\.label) == english.targets.map(\.label))
    #expect(dutch.targets.map(\.labelNL) == ["sterftekans, 80-84", nil])
  }

  /// The shipped national targets read, each with a source, and both uses present.
  @Test func theShippedNationalTargetsRead() throws {
    let targets = try CalibrationTargets.load(
      from: RepositoryFiles.scenario("calibration/netherlands.json"))
    #expect(targets.targets.count == 33)
    #expect(Set(targets.targets.map(\.id)).count == targets.targets.count)
    #expect(targets.targets.filter { $0.use == .fit }.count == 20)
    #expect(targets.targets.allSatisfy { !$0.source.isEmpty && $0.standardError > 0 })
    let byID = Dictionary(uniqueKeysWithValues: targets.targets.map { ($0.id, $0) })
    let zvw = try #require(byID["zvwCostPerResident80to95"])
    #expect(zvw.measure == CalibrationMeasure(kind: .costPerResident(.zvw), fromAge: 80, toAge: 95))
    let life = try #require(byID["lifeExpectancy80"])
    #expect(life.standardError == (9.88 - 9.28) / 3.92)
    let deaths = try #require(byID["institutionalDeathShare80PlusMen"])
    #expect(
      deaths.measure
        == CalibrationMeasure(kind: .institutionalDeathShare, fromAge: 80, sexes: .men))
    let atHome = try #require(byID["careAtHomeShare65Plus"])
    #expect(atHome.measure == CalibrationMeasure(kind: .careAtHomeShare, fromAge: 65))
    // Every target, and the file, is named in Dutch too, for Dutch reports.
    #expect(targets.nameNL == "Nederlandse bevolking van 65 jaar of ouder")
    #expect(targets.targets.allSatisfy { ($0.labelNL ?? $0.label) != $0.label })
    #expect(
      life.labelNL == "resterende levensverwachting op 80 jaar, mannen en vrouwen (jaren)")
  }

  /// A bad field: the edit, the field, the line (1-based, of the field or, when it is missing,
  /// of the object that lacks it) and what the message must say.
  struct Bad: Sendable, CustomTestStringConvertible {
    var edit: Edit
    var field: String
    var line: Int
    var message: String
    var testDescription: String { field + ": " + edit.testDescription }
  }

  static let bad: [Bad] = [
    Bad(
      edit: Edit(#"kind: "deathProbability""#, #"kind: "deathChance""#),
      field: "targets.0.measure.kind", line: 8,
      message: "'deathChance' is not one of: deathProbability, deathRate, lifeExpectancy, "
        + "institutionShare, institutionalDeathShare, institutionalDeathShareTwoYearsBefore, "
        + "careAtHomeShare, costPerResident, qualityOfLife, qualityOfLifeChange"),
    Bad(
      edit: Edit("      value: 0.05,\n", ""), field: "targets.0.value", line: 5,
      message: "missing; expected a number in [-1000000000, 1000000000]"),
    Bad(
      edit: Edit("range: [0.04, 0.06]", "range: [0.06, 0.04]"), field: "targets.0.range",
      line: 10, message: "[0.06, 0.04] must rise and hold the value 0.05"),
    Bad(
      edit: Edit("range: [0.04, 0.06]", "range: [0.051, 0.06]"), field: "targets.0.range",
      line: 10, message: "[0.051, 0.06] must rise and hold the value 0.05"),
    Bad(
      edit: Edit("range: [0.04, 0.06]", "range: [0.04]"), field: "targets.0.range", line: 10,
      message: "expected [low, high], found array"),
    Bad(
      edit: Edit(#"sex: "all""#, #"sex: "both""#), field: "targets.0.measure.sex", line: 8,
      message: "'both' is not one of: all, men, women"),
    Bad(
      edit: Edit("from: 80", "from: 82"), field: "targets.0.measure.ages.from", line: 8,
      message: "82 is out of range; allowed a band's start: 65, 70, ... 100"),
    Bad(
      edit: Edit("to: 85", "to: 105"), field: "targets.0.measure.ages.to", line: 8,
      message: "105 is out of range; allowed [65, 100]"),
    Bad(
      edit: Edit("from: 80", "from: 60"), field: "targets.0.measure.ages.from", line: 8,
      message: "60 is out of range; allowed [65, 100]"),
    Bad(
      edit: Edit("age: 80", "age: 77"), field: "targets.1.measure.age", line: 17,
      message: "77 is out of range; allowed a band's start: 65, 70, ... 100"),
    Bad(
      edit: Edit("to: 85", "to: 80"), field: "targets.0.measure.ages.to", line: 8,
      message: "80 must be above the first age 80"),
    Bad(
      edit: Edit("standardError: 0.1,", "standardError: 0.1, range: [9, 10],"),
      field: "targets.1.range", line: 19, message: "give a standardError or a range, not both"),
    Bad(
      edit: Edit("      standardError: 0.1,\n", ""), field: "targets.1.standardError", line: 14,
      message: "missing; expected a standardError above 0, or a range [low, high] around the value"
    ),
    Bad(
      edit: Edit("standardError: 0.1", "standardError: 0"), field: "targets.1.standardError",
      line: 19, message: "0 is out of range; allowed [1e-12, 1000000000]"),
    Bad(
      edit: Edit(#"id: "life""#, #"id: "deaths""#), field: "targets.1.id", line: 15,
      message: "'deaths' names an earlier target"),
    Bad(
      edit: Edit(#"use: "check""#, #"use: "maybe""#), field: "targets.1.use", line: 20,
      message: "'maybe' is not one of: fit, check"),
    Bad(
      edit: Edit(#"use: "fit""#, #"use: "check""#), field: "targets", line: 4,
      message: "no target has use \"fit\": nothing to calibrate to"),
    Bad(
      edit: Edit("age: 80,", "age: 80, ages: { from: 80 },"), field: "targets.1.measure.ages",
      line: 17,
      message: "a life expectancy is at one age: give age"),
    Bad(
      edit: Edit(#"sex: "all" }"#, #"sex: "all", funder: "zvw" }"#),
      field: "targets.0.measure.funder", line: 8,
      message: "only costPerResident names a funder"),
    Bad(
      edit: Edit(#"kind: "deathProbability""#, #"kind: "costPerResident""#),
      field: "targets.0.measure.funder", line: 8, message: "missing; expected one of: wmo, zvw, wlz"
    ),
    Bad(
      edit: Edit("years: { from: 1, to: 2 }", "years: { from: 3, to: 2 }"),
      field: "targets.1.years.to", line: 21, message: "2 must be at or after the first year 3"),
    Bad(
      edit: Edit("years: { from: 1, to: 2 }", "years: { from: 3, to: 70 }"),
      field: "targets.1.years.to", line: 21, message: "70 is out of range; allowed [1, 50]"),
    // An infinite or overflowing bound would give an infinite standard error: the target
    // would drop out of the fit unnoticed.
    Bad(
      edit: Edit("range: [0.04, 0.06]", "range: [0.04, Infinity]"), field: "targets.0.range",
      line: 10, message: "Infinity is out of range; allowed bounds in [-1000000000, 1000000000]"),
    Bad(
      edit: Edit("range: [0.04, 0.06]", "range: [-1e308, 1e308]"), field: "targets.0.range",
      line: 10,
      message: "-1e+308 is out of range; allowed bounds in [-1000000000, 1000000000]"),
    Bad(
      edit: Edit("range: [0.04, 0.06]", "range: [NaN, 0.06]"), field: "targets.0.range",
      line: 10, message: "NaN is out of range; allowed bounds in [-1000000000, 1000000000]"),
    // A name the file wrote is echoed printable: one error stays one line.
    Bad(
      edit: Edit(#"use: "check""#, #"use: "fit\n\u202E\u0000""#), field: "targets.1.use",
      line: 20, message: "'fit␊<U+202E>␀' is not one of: fit, check"),
    Bad(
      edit: Edit(#"source: "test","#, #"source: "","#), field: "targets.0.source", line: 12,
      message: "every target names its source"),
    Bad(
      edit: Edit("use: \"fit\",", "use: \"fit\", weight: 2,"), field: "targets.0.weight",
      line: 11, message: "unknown key"),
    // The Dutch label and name: a misspelt field is refused with the fields allowed, and an
    // empty label or one that is not text names its field.
    Bad(
      edit: Edit(#"id: "deaths","#, #"id: "deaths", labelNl: "sterftekans","#),
      field: "targets.0.labelNl", line: 6,
      message: "unknown key; allowed here: id, label, labelNL, measure, range, source, "
        + "standardError, use, value, years"),
    Bad(
      edit: Edit(#"id: "deaths","#, #"id: "deaths", labelNL: "","#), field: "targets.0.labelNL",
      line: 6, message: "'' is not a usable label"),
    Bad(
      edit: Edit(#"id: "deaths","#, #"id: "deaths", labelNL: 5,"#), field: "targets.0.labelNL",
      line: 6, message: "expected a string, found number"),
    Bad(
      edit: Edit(#"name: "test targets","#, #"name: "test targets", nameNl: "test","#),
      field: "nameNl", line: 3, message: "unknown key; allowed here: name, nameNL, targets"),
  ]

  @Test(arguments: bad)
  func aBadFieldIsOneErrorNamingFileLineAndField(bad: Bad) throws {
    let errors = try Self.errors([bad.edit])
    try #require(errors.count == 1, "\(ScenarioErrors(errors))")
    let error = errors[0]
    #expect(error.file == Self.name)
    #expect(error.field == bad.field)
    #expect(error.line == bad.line, "\(error)")
    #expect(error.description.hasPrefix("\(Self.name):\(bad.line): \(bad.field): "), "\(error)")
    #expect(error.description.contains(bad.message), "\(error)")
  }

  /// Problems in several targets are all reported at once, each in its place.
  @Test func everyProblemIsReportedInOnePass() throws {
    let errors = try Self.errors([
      Edit(#"sex: "all""#, #"sex: "both""#), Edit("age: 80", "age: 77"),
    ])
    #expect(errors.map(\.field) == ["targets.0.measure.sex", "targets.1.measure.age"])
  }

  @Test func aSyntaxErrorNamesTheFileLineAndColumn() throws {
    let errors = try Self.errors([Edit("value: 9.5,", "value: 9.5,,")])
    try #require(errors.count == 1)
    #expect(errors[0].description.hasPrefix("\(Self.name):18:"), "\(errors[0])")
  }
}
