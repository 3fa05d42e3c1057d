import CareSimCore
import CareSimTestSupport
import Foundation
import JSON5
import Testing

@testable import CareSimScenario

/// A scenario file that extends another: the chain of files read, the refusals at its `extends`
/// line, errors in the file that set the value, and the hash and provenance of the whole chain.
@Suite struct ScenarioDocumentTests {
  static let base = RepositoryFiles.fixture("extends/base.json")
  static let variant = RepositoryFiles.fixture("extends/variants/prevention.json")

  static func baseText() throws -> String { try String(contentsOf: base, encoding: .utf8) }

  /// The base fixture's text with `original`, which must occur once, replaced.
  static func baseText(replacing original: String, with replacement: String) throws -> String {
    let text = try baseText()
    try #require(text.ranges(of: original).count == 1, "'\(original)' is not once in base.json")
    return text.replacingOccurrences(of: original, with: replacement)
  }

  /// The 1-based line of the base fixture on which `text` stands.
  static func baseLine(of text: String) throws -> Int {
    let lines = try baseText().split(separator: "\n", omittingEmptySubsequences: false)
    return try #require(lines.firstIndex { $0.contains(text) }) + 1
  }

  /// Writes `files` (relative name to text) into a new folder and gives `body` the folder.
  static func withFiles<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
    try withTemporaryDirectory { folder in
      for (name, text) in files {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      }
      return try body(folder)
    }
  }

  /// The scenario `name` in `folder` reads to, named as `name` in errors and provenance.
  static func load(_ name: String, in folder: URL) throws(ScenarioErrors) -> Scenario {
    try Scenario.load(from: folder.appendingPathComponent(name), name: name)
  }

  /// The errors reading `name` in `folder` gives; none when it reads.
  static func errors(loading name: String, in folder: URL) -> [ScenarioError] {
    do {
      _ = try load(name, in: folder)
      return []
    } catch {
      return error.errors
    }
  }

  /// The single error reading `name` gives.
  static func singleError(
    loading name: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ScenarioError {
    let errors = errors(loading: name, in: folder)
    try #require(
      errors.count == 1, "expected one error, got:\n\(ScenarioErrors(errors))",
      sourceLocation: sourceLocation)
    return errors[0]
  }

  // MARK: Merging

  /// The shipped fixture, read from its subfolder: what it overrides is its own, with its own
  /// source and range; what it removes is off; everything else is the base's.
  @Test func aVariantInAFolderBelowReadsItsBaseAndOverridesIt() throws {
    let base = try Scenario.load(from: Self.base)
    let variant = try Scenario.load(from: Self.variant)
    #expect(variant.metadata.title == "Extends fixture: stronger prevention")
    #expect(variant.metadata.description == base.metadata.description)
    let path = "mechanisms.prevention.relativeRisk"
    #expect(variant.number(at: path) == 0.7)
    #expect(variant.ranges[path] == 0.5...0.9)
    #expect(variant.sources[path] == "assumption: a stronger effect")
    #expect(variant.distributions[path] == .lognormal(mean: 0.7, standardDeviation: 0.1))
    #expect(base.distributions.isEmpty)
    #expect(variant.sources["valuePerQALY"] == base.sources["valuePerQALY"])
    let expected = try base.setting([
      ("simulation.residents", 80), (path, 0.7), ("mechanisms.substitution.share", 0),
    ])
    #expect(variant.parameters == expected.parameters)
    #expect(variant.runDefaults == base.runDefaults)
    #expect(variant.json.value(at: "extends") == nil)
    #expect(variant.bases == [Scenario.Base(file: Self.base.path, hash: base.hash)])
    // Text read with `parse` finds its base from the name it is given.
    let parsed = try Scenario.parse(Data(contentsOf: Self.variant), file: Self.variant.path)
    #expect(parsed.parameters == variant.parameters)
    #expect(parsed.hash == variant.hash)
  }

  /// A chain merges from the farthest base up: each file overrides the ones it extends.
  @Test func aChainMergesFromTheFarthestBase() throws {
    let files = [
      "base.json": try Self.baseText(),
      "one/middle.json": """
      { extends: "../base.json", metadata: { title: "middle" }, simulation: { months: 24 } }
      """,
      "one/two/top.json": """
      { extends: "../middle.json", metadata: { title: "top" } }
      """,
    ]
    try Self.withFiles(files) { folder in
      let top = try Self.load("one/two/top.json", in: folder)
      #expect(top.metadata.title == "top")
      #expect(top.parameters.months == 24)
      #expect(top.parameters.residents == 50)
      #expect(top.bases.map(\.file) == ["one/middle.json", "base.json"])
    }
  }

  // MARK: Refusals at the extends line

  /// A file that extends itself, directly or through others, is refused at the `extends` that
  /// closes the cycle, with the chain of files.
  @Test(arguments: [
    (["a.json": "{\n  extends: 'a.json',\n}"], "a.json", "a.json extends a.json"),
    (
      ["a.json": "{\n  extends: 'sub/b.json',\n}", "sub/b.json": "{\n  extends: '../a.json',\n}"],
      "sub/b.json", "a.json extends sub/b.json extends a.json"
    ),
  ])
  func aCycleIsRefusedWithItsChain(files: [String: String], closing: String, chain: String)
    throws
  {
    try Self.withFiles(files) { folder in
      let error = try Self.singleError(loading: "a.json", in: folder)
      #expect(error.file == closing)
      #expect(error.field == "extends")
      #expect(error.line == 2)
      #expect(error.description.contains("\(chain): a cycle"), "\(error)")
    }
  }

  /// A chain of the limit's length reads; one more file is refused at the last `extends`.
  @Test(arguments: [ScenarioLimits.bases, ScenarioLimits.bases + 1])
  func aChainHoldsAtMostTheLimit(bases: Int) throws {
    var files = ["f\(bases).json": try Self.baseText()]
    for index in 0..<bases {
      files["f\(index).json"] = "{\n  extends: 'f\(index + 1).json',\n}"
    }
    try Self.withFiles(files) { folder in
      let errors = Self.errors(loading: "f0.json", in: folder)
      if bases <= ScenarioLimits.bases {
        #expect(errors.isEmpty, "\(ScenarioErrors(errors))")
        #expect(try Self.load("f0.json", in: folder).bases.count == bases)
      } else {
        try #require(errors.count == 1, "\(ScenarioErrors(errors))")
        #expect(errors[0].file == "f\(ScenarioLimits.bases).json")
        #expect(errors[0].line == 2)
        #expect(
          errors[0].description.contains(
            "a scenario may extend at most \(ScenarioLimits.bases) files"), "\(errors[0])")
      }
    }
  }

  /// A base that cannot be read is an error of the extending file, at its `extends` line,
  /// with the path written and the path tried.
  @Test(arguments: [("nope/base.json", "nope/base.json"), ("sub", "sub")])
  func aBaseThatCannotBeReadIsNamedAtTheExtendsLine(path: String, tried: String) throws {
    try Self.withFiles(["sub/x.json": "{}", "v.json": "// a variant\n{\n  extends: '\(path)',\n}"])
    { folder in
      let error = try Self.singleError(loading: "v.json", in: folder)
      #expect(error.file == "v.json")
      #expect(error.field == "extends")
      #expect(error.line == 3)
      #expect(
        error.description.hasPrefix(
          "v.json:3: extends: cannot read the base scenario '\(path)' (\(tried)): "),
        "\(error)")
    }
  }

  @Test(arguments: [
    ("3", "expected the path of a scenario file, relative to this file's folder, found number"),
    ("''", "found an empty string"),
    ("'/etc/base.json'", "'/etc/base.json' is an absolute path"),
  ])
  func anExtendsThatIsNotARelativePathIsRefused(value: String, message: String) throws {
    try Self.withFiles(["v.json": "{\n  extends: \(value),\n}"]) { folder in
      let error = try Self.singleError(loading: "v.json", in: folder)
      #expect(error.description.hasPrefix("v.json:2: extends: "), "\(error)")
      #expect(error.description.contains(message), "\(error)")
    }
  }

  /// A base is read by the same reader, so its syntax errors and its size name it.
  @Test func aSyntaxErrorInTheBaseNamesTheBaseFileLineAndColumn() throws {
    let line = try Self.baseLine(of: "name: \"frail\"")
    let broken = try Self.baseText(replacing: "utility: 0.6,", with: "utility: 0.6")
    try Self.withFiles(["base.json": broken, "sub/v.json": "{ extends: '../base.json' }"]) {
      folder in
      let error = try Self.singleError(loading: "sub/v.json", in: folder)
      #expect(error.file == "base.json")
      #expect(error.line == line)
      guard case .syntax = error.kind else {
        Issue.record("expected a syntax error, got \(error)")
        return
      }
      #expect(error.description.hasPrefix("base.json:\(line):"), "\(error)")
    }
    let huge = String(repeating: " ", count: JSON5Parser.maximumByteCount + 1)
    try Self.withFiles(["base.json": huge, "v.json": "{ extends: 'base.json' }"]) { folder in
      let error = try Self.singleError(loading: "v.json", in: folder)
      #expect(error.file == "base.json")
      #expect(error.description.contains("a scenario file may hold at most 10 MB"), "\(error)")
    }
  }

  // MARK: Errors in the file that set the value

  @Test func aValueOutOfRangeIsNamedInTheFileThatSetIt() throws {
    let line = try Self.baseLine(of: "name: \"frail\"")
    let files = [
      "base.json": try Self.baseText(replacing: "utility: 0.6,", with: "utility: 1.6,"),
      "v.json": """
      {
        extends: "base.json",
        simulation: {
          residents: 0,
        },
      }
      """,
    ]
    try Self.withFiles(files) { folder in
      let errors = Self.errors(loading: "v.json", in: folder).map(\.description).sorted()
      #expect(
        errors == [
          "base.json:\(line): needLevels.1.utility: 1.6 is out of range; allowed [0, 1]",
          "v.json:4: simulation.residents: 0 is out of range; allowed [1, 1000000]",
        ])
    }
  }

  @Test func aMisspeltOverrideIsAnUnknownKeyAtItsLine() throws {
    let files = [
      "base.json": try Self.baseText(),
      "v.json": """
      {
        extends: "base.json",
        mechanisms: {
          prevension: { relativeRisk: 0.7 },
          substitution: { shar: null },
        },
      }
      """,
    ]
    try Self.withFiles(files) { folder in
      let errors = Self.errors(loading: "v.json", in: folder)
      #expect(
        errors.map { "\($0.file):\($0.line ?? 0): \($0.field)" } == [
          "v.json:4: mechanisms.prevension", "v.json:5: mechanisms.substitution.shar",
        ])
      #expect(errors.allSatisfy { if case .unknownKey = $0.kind { true } else { false } })
    }
  }

  /// A required field removed with `null` is missing at the object that should hold it, in the
  /// file that removed it.
  @Test func aRemovedRequiredFieldIsMissingWhereItWasRemoved() throws {
    let files = [
      "base.json": try Self.baseText(),
      "v.json": "{\n  extends: 'base.json',\n  simulation: { residents: null },\n}",
    ]
    try Self.withFiles(files) { folder in
      let error = try Self.singleError(loading: "v.json", in: folder)
      #expect(
        error.description
          == "v.json:3: simulation.residents: missing; expected a number in [1, 1000000]")
    }
  }

  // MARK: Hash and provenance

  /// The hash covers every file of the chain: a change to the base changes it, as a change to
  /// the file does; a file without `extends` keeps the hash of its bytes.
  @Test func theHashChangesWhenTheBaseChanges() throws {
    let variantText = "{ extends: 'base.json', metadata: { title: 'variant' } }"
    let baseText = try Self.baseText()
    func hashes(base: String, variant: String = variantText) throws -> (String, String) {
      try Self.withFiles(["base.json": base, "v.json": variant]) { folder in
        (try Self.load("v.json", in: folder).hash, try Self.load("base.json", in: folder).hash)
      }
    }
    let (original, originalBase) = try hashes(base: baseText)
    #expect(originalBase == StableHash.hexDigest(Data(baseText.utf8)))
    #expect(original != originalBase)
    let (commented, _) = try hashes(base: "// a comment\n" + baseText)
    #expect(commented != original)
    let (retitled, _) = try hashes(
      base: baseText, variant: variantText.replacingOccurrences(of: "'variant'", with: "'v2'"))
    #expect(retitled != original)
    #expect(try hashes(base: baseText).0 == original)
  }

  @Test func provenanceRecordsTheChainOnlyForAFileThatExtendsAnother() throws {
    let base = try Scenario.load(from: Self.base)
    #expect(base.provenanceJSON["scenario"]?.value(at: "extends") == nil)
    let variant = try Scenario.load(from: Self.variant)
    let recorded = try #require(variant.provenanceJSON["scenario"])
    #expect(recorded.value(at: "hash")?.stringValue == variant.hash)
    #expect(recorded.value(at: "extends.0.file")?.stringValue == Self.base.path)
    #expect(recorded.value(at: "extends.0.hash")?.stringValue == base.hash)
    #expect(recorded.value(at: "extends")?.arrayValue?.count == 1)
  }

  // MARK: Names

  @Test(arguments: [
    ("../neighbourhood.json", "Scenarios/workshop/prevention.json", "Scenarios/neighbourhood.json"),
    ("base.json", "variant.json", "base.json"),
    ("../base.json", "variant.json", "../base.json"),
    ("../../base.json", "../x/variant.json", "../../base.json"),
    ("./sub/../base.json", "/srv/scenarios/v.json", "/srv/scenarios/base.json"),
    ("../../../base.json", "/srv/v.json", "/base.json"),
  ])
  func aBaseIsNamedFromTheFolderOfTheFileThatExtendsIt(path: String, file: String, name: String) {
    #expect(ScenarioDocument.name(of: path, from: file) == name)
  }
}
