import CareSimCore
import CareSimScenario
import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// Scenario validation, driven by the shipped `Scenarios/reference-ladder.json` with one problem
/// (or several) written into its text.
///
/// Each bad case checks the exact field path and error kind, and that the one-line description
/// names the file, the field and what is allowed there (STYLE.md conventions 8, 9 and 13).
@Suite struct ScenarioValidationTests {
  /// The name errors must carry; it need not exist, as `Scenario.parse` only reports it.
  static let file = "/scenarios/edited-reference-ladder.json"

  /// One textual change to a scenario file: `original` must occur exactly once and becomes
  /// `replacement`, so a typo in a test cannot silently leave the file valid.
  struct Edit: Sendable, CustomTestStringConvertible {
    var original: String
    var replacement: String

    init(_ original: String, _ replacement: String) {
      self.original = original
      self.replacement = replacement
    }

    var testDescription: String { "'\(original)' -> '\(replacement)'" }
  }

  /// A bad value for one numeric field, and what validation must say about it.
  struct BadNumber: Sendable, CustomTestStringConvertible {
    var edit: Edit
    var field: String
    /// The value the error reports; NaN matches NaN.
    var value: Double
    /// The allowed range exactly as the error states it.
    var allowed: String

    var testDescription: String { "\(field) = \(edit.replacement)" }
  }

  static func referenceLadderText() throws -> String {
    try String(
      contentsOf: RepositoryFiles.scenario("reference-ladder.json"), encoding: .utf8)
  }

  /// The reference ladder with `edits` applied.
  static func editedReferenceLadder(_ edits: [Edit]) throws -> String {
    var text = try referenceLadderText()
    for edit in edits {
      let count = text.ranges(of: edit.original).count
      try #require(count == 1, "'\(edit.original)' occurs \(count) times in the reference ladder")
      text = text.replacingOccurrences(of: edit.original, with: edit.replacement)
    }
    return text
  }

  /// Every error `Scenario.parse` reports for `text`; empty when the text is a valid scenario.
  static func errors(in text: String) -> [ScenarioError] {
    do {
      _ = try Scenario.parse(Data(text.utf8), file: file)
      return []
    } catch {
      return error.errors
    }
  }

  /// The single error for the reference ladder with `edits`, after checking that its
  /// description starts with the file, the line when known, and the field.
  static func singleError(
    _ edits: Edit..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ScenarioError {
    let errors = errors(in: try editedReferenceLadder(edits))
    try #require(
      errors.count == 1, "expected one error, got:\n\(ScenarioErrors(errors))",
      sourceLocation: sourceLocation)
    let error = errors[0]
    #expect(error.file == file, sourceLocation: sourceLocation)
    var location = error.line.map { "\(file):\($0)" } ?? file
    if case .syntax = error.kind {
      location += ":\(error.column ?? 0): error: "
    } else {
      location += error.field.isEmpty ? ": " : ": \(error.field): "
    }
    #expect(
      error.description.hasPrefix(location), "\(error.description)",
      sourceLocation: sourceLocation)
    return error
  }

  // MARK: Shipped scenarios

  @Test(arguments: ["reference-ladder.json", "neighbourhood.json"])
  func shippedScenarioHasNoErrors(name: String) throws {
    let data = try Data(contentsOf: RepositoryFiles.scenario(name))
    let errors = Self.errors(in: String(decoding: data, as: UTF8.self))
    #expect(errors.isEmpty, "\(ScenarioErrors(errors))")
  }

  /// Every `{value: …}` object in the default scenario is recorded with a non-empty source.
  @Test func everySourcedNumberInTheDefaultScenarioHasASource() throws {
    let url = RepositoryFiles.scenario("neighbourhood.json")
    let scenario = try Scenario.load(from: url)
    let sourcedPaths = Self.sourcedNumberPaths(in: try JSONValue.parse(Data(contentsOf: url)))
    // The file cites its figures field by field; dozens of them, not a handful.
    #expect(sourcedPaths.count >= 50)
    for path in sourcedPaths {
      #expect(scenario.sources[path]?.isEmpty == false, "no source recorded for \(path)")
    }
    #expect(Set(scenario.sources.keys) == Set(sourcedPaths))
  }

  /// Care costs drive every financial result, so each one must cite where it comes from.
  @Test(arguments: ["neighbourhood.json", "reference-ladder.json"])
  func everyNeedLevelCostHasASource(name: String) throws {
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(name))
    let levels = scenario.parameters.needLevels
    #expect(levels.contains { $0.kind != .dead })
    for (index, level) in levels.enumerated() where level.kind != .dead {
      for funder in ["wmo", "zvw", "wlz"] {
        let path = "needLevels.\(index).annualCost.\(funder)"
        #expect(
          scenario.sources[path]?.isEmpty == false,
          "\(name): \(level.name) has no source at \(path)")
      }
    }
  }

  /// Paths of every object whose `value` member is a number, in the reader's dotted notation.
  static func sourcedNumberPaths(in value: JSONValue, at path: String = "") -> [String] {
    func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    if let fields = value.objectValue {
      if fields["value"]?.numberValue != nil { return [path] }
      return fields.keys.sorted().flatMap {
        sourcedNumberPaths(in: fields[$0] ?? .null, at: join($0))
      }
    }
    if let elements = value.arrayValue {
      return elements.enumerated().flatMap { sourcedNumberPaths(in: $1, at: join(String($0))) }
    }
    return []
  }

  // MARK: Unknown keys

  @Test func unknownTopLevelKey() throws {
    let error = try Self.singleError(
      Edit("  simulation: {", "  colour: \"blue\",\n  simulation: {"))
    let topLevelKeys = [
      "metadata", "simulation", "discounting", "valuePerQALY", "needLevels", "transitions",
      "population", "qualityOfLife", "covariates", "mechanisms", "intervention", "informalCare",
      "fundingSplit", "workshop", "costsByAge", "careAtHome", "calibration",
    ]
    #expect(error.field == "colour")
    // The allowed keys come from a Set, so their order is not fixed: compare them as a set.
    guard case .unknownKey(let allowed) = error.kind else {
      Issue.record("expected unknownKey, got \(error.kind)")
      return
    }
    #expect(Set(allowed) == Set(topLevelKeys))
    #expect(allowed.count == topLevelKeys.count)
    #expect(
      error.description
        == "\(Self.file):14: colour: unknown key; allowed here: "
        + topLevelKeys.sorted().joined(separator: ", "))
  }

  @Test func misspeltNestedKey() throws {
    let error = try Self.singleError(
      Edit("prevention: { relativeRisk: 0.85 }", "prevention: { relativeRsik: 0.85 }"))
    #expect(error.field == "mechanisms.prevention.relativeRsik")
    #expect(error.kind == .unknownKey(allowed: ["relativeRisk"]))
    #expect(
      error.description
        == "\(Self.file):66: mechanisms.prevention.relativeRsik: unknown key; allowed here: "
        + "relativeRisk"
    )
  }

  // MARK: Types

  @Test func stringWhereANumberIsRequired() throws {
    let error = try Self.singleError(Edit("utility: 0.85,", "utility: \"high\","))
    #expect(error.field == "needLevels.0.utility")
    guard case .wrongType(_, let found) = error.kind else {
      Issue.record("expected wrongType, got \(error.kind)")
      return
    }
    #expect(found == "string")
    #expect(error.description.contains("expected a number"))
    #expect(error.description.contains("[0, 1]"))
  }

  @Test func fractionWhereAWholeNumberIsRequired() throws {
    let error = try Self.singleError(Edit("months: 120,", "months: 120.5,"))
    #expect(error.field == "simulation.months")
    #expect(error.kind == .wrongType(expected: "a whole number in 1...600", found: "120.5"))
    #expect(
      error.description
        == "\(Self.file):14: simulation.months: expected a whole number in 1...600, found 120.5")
  }

  @Test func missingRequiredField() throws {
    let error = try Self.singleError(Edit("residents: 1000, ", ""))
    #expect(error.field == "simulation.residents")
    #expect(error.kind == .missing(expected: "a number in [1, 1000000]"))
    #expect(
      error.description
        == "\(Self.file):14: simulation.residents: missing; expected a number in [1, 1000000]")
  }

  // MARK: Ranges

  static let outOfRange: [BadNumber] = [
    BadNumber(
      edit: Edit("institutional: { dead: 0.025 }", "institutional: { dead: 1.2 }"),
      field: "transitions.institutional.dead", value: 1.2, allowed: "[0, 1]"),
    BadNumber(
      edit: Edit("substitution: { share: 0 }", "substitution: { share: -0.1 }"),
      field: "mechanisms.substitution.share", value: -0.1, allowed: "[0, 1]"),
    BadNumber(
      edit: Edit("wmo: { value: 400,", "wmo: { value: -400,"),
      field: "needLevels.0.annualCost.wmo", value: -400, allowed: "[0, 1000000000]"),
    // Above the documented limits (ScenarioLimits): products would overflow or run for days.
    BadNumber(
      edit: Edit("wmo: { value: 400,", "wmo: { value: 1e308,"),
      field: "needLevels.0.annualCost.wmo", value: 1e308, allowed: "[0, 1000000000]"),
    BadNumber(
      edit: Edit("residents: 1000,", "residents: 1000001,"),
      field: "simulation.residents", value: 1_000_001, allowed: "[1, 1000000]"),
    BadNumber(
      edit: Edit("months: 120,", "months: 601,"),
      field: "simulation.months", value: 601, allowed: "[1, 600]"),
    BadNumber(
      edit: Edit("valuePerQALY: { value: 50000,", "valuePerQALY: { value: 9223372036854775808,"),
      field: "valuePerQALY", value: 9_223_372_036_854_775_808, allowed: "[0, 10000000]"),
    BadNumber(
      edit: Edit("seed: 20261123", "seed: -1"),
      field: "simulation.seed", value: -1, allowed: "[0, 2147483647]"),
    // JSON5 spells non-finite numbers as NaN and Infinity; the parser accepts them, so
    // validation must catch them.
    BadNumber(
      edit: Edit("utility: 0.85,", "utility: NaN,"),
      field: "needLevels.0.utility", value: .nan, allowed: "a finite number in [0, 1]"),
    BadNumber(
      edit: Edit("costPerParticipantPerYear: 500,", "costPerParticipantPerYear: Infinity,"),
      field: "intervention.costPerParticipantPerYear", value: .infinity,
      allowed: "a finite number in [0, 1000000000]"),
    BadNumber(
      edit: Edit("valuePerQALY: { value: 50000,", "valuePerQALY: { value: -Infinity,"),
      field: "valuePerQALY", value: -.infinity, allowed: "a finite number in [0, 10000000]"),
    BadNumber(
      edit: Edit(
        "population: { initialNeed: { independent: 1 } },",
        "population: { initialNeed: { independent: 1 } }, covariates: { male: { death: -1.5 } },"),
      field: "covariates.male.death", value: -1.5, allowed: "(0, 1000]"),
  ]

  @Test(arguments: outOfRange)
  func numberOutOfRange(_ bad: BadNumber) throws {
    let error = try Self.singleError(bad.edit)
    #expect(error.field == bad.field)
    // Matched by hand because NaN != NaN would make `==` on the kind fail.
    guard case .outOfRange(let value, let allowed) = error.kind else {
      Issue.record("expected outOfRange, got \(error.kind)")
      return
    }
    #expect(
      value == bad.value || (value.isNaN && bad.value.isNaN),
      "reported \(value), expected \(bad.value)")
    #expect(allowed == bad.allowed)
    #expect(error.description.hasSuffix(" is out of range; allowed \(bad.allowed)"))
    // The error names the line that the edit put the bad value on.
    let text = try Self.editedReferenceLadder([bad.edit])
    let edited = try #require(text.range(of: bad.edit.replacement))
    #expect(error.line == text[..<edited.lowerBound].count { $0 == "\n" } + 1)
  }

  /// Men's hazard ratios are read as the other covariates' are; absent, they are 1.
  @Test func mensRatiosAreReadAndDefaultToOne() throws {
    let plain = try Scenario.parse(Data(try Self.referenceLadderText().utf8), file: Self.file)
    #expect(plain.parameters.covariates.male == .none)
    let text = try Self.editedReferenceLadder([
      Edit(
        "population: { initialNeed: { independent: 1 } },",
        "population: { initialNeed: { independent: 1 } }, "
          + "covariates: { male: { progression: 1.1, death: { value: 1.6, range: [1.3, 1.9] } } },")
    ])
    let scenario = try Scenario.parse(Data(text.utf8), file: Self.file)
    #expect(
      scenario.parameters.covariates.male
        == HazardRatios(progression: 1.1, admission: 1, death: 1.6))
    #expect(scenario.ranges["covariates.male.death"] == 1.3...1.9)
  }

  @Test func transitionRowSummingAboveOne() throws {
    let error = try Self.singleError(
      Edit(
        "notSelfReliant: { multipleProblems: 0.005, institutional: 0.015, dead: 0.010 }",
        "notSelfReliant: { multipleProblems: 0.5, institutional: 0.25, dead: 0.5 }"))
    #expect(error.field == "transitions.notSelfReliant")
    #expect(
      error.kind
        == .invalid(reason: "moves sum to 1.25; allowed at most 1 (staying is the rest)"))
    #expect(error.description.contains("transitions.notSelfReliant: moves sum to 1.25"))
  }

  @Test func fundingSplitNotSummingToOne() throws {
    let error = try Self.singleError(
      Edit(
        "fundingSplit: { wmo: 1, zvw: 0, wlz: 0 }", "fundingSplit: { wmo: 0.5, zvw: 0.25, wlz: 0 }")
    )
    #expect(error.field == "fundingSplit")
    #expect(error.kind == .invalid(reason: "shares sum to 0.75; they must sum to 1"))
    #expect(
      error.description == "\(Self.file):77: fundingSplit: shares sum to 0.75; they must sum to 1")
  }

  /// A share out of range is the one error: the mix's sum, with a stand-in for that share, would
  /// be a second and false one.
  @Test func shareOutOfRangeIsNotAlsoAWrongSum() throws {
    let error = try Self.singleError(
      Edit(
        "fundingSplit: { wmo: 1, zvw: 0, wlz: 0 }", "fundingSplit: { wmo: 1.5, zvw: 0, wlz: 0 }")
    )
    #expect(error.field == "fundingSplit.wmo")
    #expect(error.kind == .outOfRange(value: 1.5, allowed: "[0, 1]"))
  }

  @Test func sourcedRangeThatExcludesItsValue() throws {
    let error = try Self.singleError(
      Edit(
        "prevention: { relativeRisk: 0.85 }",
        "prevention: { relativeRisk: { value: 0.5, range: [0.6, 0.9] } }"))
    #expect(error.field == "mechanisms.prevention.relativeRisk.range")
    #expect(error.kind == .invalid(reason: "[0.6, 0.9] must contain the value 0.5"))
    #expect(
      error.description
        == "\(Self.file):66: mechanisms.prevention.relativeRisk.range: "
        + "[0.6, 0.9] must contain the value 0.5")
  }

  // MARK: Several problems, and syntax

  @Test func everyProblemIsReportedOnce() throws {
    let text = try Self.editedReferenceLadder([
      Edit("residents: 1000, ", ""),
      Edit("wmo: { value: 400,", "wmo: { value: -400,"),
      Edit("institutional: { dead: 0.025 }", "institutional: { dead: 1.2 }"),
      Edit("prevention: { relativeRisk: 0.85 }", "prevention: { relativeRsik: 0.85 }"),
      Edit("fundingSplit: { wmo: 1,", "fundingSplit: { wmo: 0.5,"),
    ])
    let errors = Self.errors(in: text)
    // The missing residents are placed at the object that should hold them.
    let expected = [
      "simulation.residents":
        "14: simulation.residents: missing; expected a number in [1, 1000000]",
      "needLevels.0.annualCost.wmo":
        "21: needLevels.0.annualCost.wmo: -400 is out of range; allowed [0, 1000000000]",
      "transitions.institutional.dead":
        "57: transitions.institutional.dead: 1.2 is out of range; allowed [0, 1]",
      "mechanisms.prevention.relativeRsik":
        "66: mechanisms.prevention.relativeRsik: unknown key; allowed here: relativeRisk",
      "fundingSplit": "77: fundingSplit: shares sum to 0.5; they must sum to 1",
    ]
    #expect(errors.count == expected.count, "\(ScenarioErrors(errors))")
    #expect(Set(errors.map(\.field)) == Set(expected.keys))
    for error in errors {
      #expect(error.file == Self.file)
      if let message = expected[error.field] {
        #expect(error.description == "\(Self.file):\(message)")
      }
    }
    // The CLI prints one line per problem.
    #expect(ScenarioErrors(errors).description.split(separator: "\n").count == expected.count)
  }

  /// Errors found after parsing name the line from the source map, and the column too.
  @Test func fieldErrorsCarryTheLineAndColumnOfTheField() throws {
    let error = try Self.singleError(Edit("utility: 0.55,", "utility: 5.5,"))
    #expect(error.field == "needLevels.2.utility")
    #expect(error.line == 35 && error.column == 50)
    #expect(
      error.description
        == "\(Self.file):35: needLevels.2.utility: 5.5 is out of range; allowed [0, 1]")
  }

  /// A scenario validated from a `JSONValue` (as after an analysis sets a field) has no text,
  /// hence no lines: the errors are as before.
  @Test func fieldErrorsWithoutTextHaveNoLine() throws {
    let text = try Self.editedReferenceLadder([Edit("utility: 0.55,", "utility: 5.5,")])
    let json = try JSONValue.parse(Data(text.utf8))
    let error = try #require(throws: ScenarioErrors.self) {
      try Scenario.read(json, file: Self.file)
    }
    #expect(error.errors.map(\.line) == [nil])
    #expect(
      error.errors.first?.description
        == "\(Self.file): needLevels.2.utility: 5.5 is out of range; allowed [0, 1]")
  }

  /// A syntax error prints as a compiler's: the place, the message, the line and a caret.
  @Test func syntaxErrorNamesTheLineAndColumnAndShowsTheLine() throws {
    let error = try Self.singleError(Edit("months: 120, ", "months: 120 "))
    #expect(error.field == "")
    guard case .syntax(let parseError) = error.kind else {
      Issue.record("expected syntax, got \(error.kind)")
      return
    }
    #expect(error.line == 14 && error.column == 46)
    #expect(
      parseError.message
        == "expected ',' or '}' after the member 'simulation.months', found the word 'replications'"
    )
    let lines = error.description.components(separatedBy: "\n")
    #expect(lines.count == 3, "\(error)")
    #expect(lines.first == "\(Self.file):14:46: error: \(parseError.message)")
    #expect(
      lines.dropFirst().first
        == "  simulation: { residents: 1000, months: 120 replications: 1000, seed: 20261123 },")
    #expect(lines.last == String(repeating: " ", count: 45) + "^")
  }
}

/// Checks added after review: the reader refuses settings that would silently mean something else.
@Suite struct ScenarioConsistencyTests {
  static let text: String = {
    (try? String(contentsOf: RepositoryFiles.scenario("reference-ladder.json"), encoding: .utf8))
      ?? ""
  }()

  static func errors(replacing old: String, with new: String) -> [ScenarioError] {
    #expect(text.contains(old), "the reference ladder no longer contains \(old)")
    let edited = text.replacingOccurrences(of: old, with: new)
    do {
      _ = try Scenario.parse(Data(edited.utf8), file: "ladder.json")
      return []
    } catch {
      return error.errors
    }
  }

  @Test func admissionOnlyToAnInstitutionalLevel() {
    let errors = Self.errors(
      replacing: "qualityOfLife: { adjustmentRate: 1, minimumForLivingAtHome: null }",
      with: "qualityOfLife: { adjustmentRate: 1, admissionLevel: \"dead\" }")
    #expect(errors.map(\.field) == ["qualityOfLife.admissionLevel"])
  }

  @Test func participantsAreNotSignalledLessThanOthers() {
    let errors = Self.errors(
      replacing: "participantMonthlyProbability: 1 }",
      with: "participantMonthlyProbability: 0.4 }")
    #expect(errors.map(\.field) == ["mechanisms.signalling.participantMonthlyProbability"])
    #expect(errors.first?.description.contains("[1, 1]") == true)
  }

  @Test func ladderHasAtMostThirtyTwoLevels() {
    let extra = (1...NeedLevel.maximumCount).map {
      "{ name: \"extra\($0)\", kind: \"community\", utility: 0.5 },"
    }
    let errors = Self.errors(
      replacing: "needLevels: [", with: "needLevels: [" + extra.joined(separator: " "))
    let tooMany = errors.filter {
      $0.field == "needLevels" && $0.description.contains("at most 32")
    }
    #expect(tooMany.count == 1, "\(errors)")
  }

  @Test func distributionMustStayInTheFieldsRange() {
    let errors = Self.errors(
      replacing: "substitution: { share: 0 },",
      with: "substitution: { share: { value: 0.1, distribution: { type: \"normal\", "
        + "standardDeviation: 0.05 } } },")
    #expect(errors.map(\.field).contains("mechanisms.substitution.share.distribution"), "\(errors)")
  }
}
