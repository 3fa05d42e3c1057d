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
  static let files: [String] = {
    let folder = RepositoryFiles.root.appendingPathComponent("Scenarios/validation")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }()

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
  /// The errors of the SamenOud validation file with `original` replaced, read from a
  /// temporary copy.
  static func errors(replacing original: String, with replacement: String) throws
    -> [ScenarioError]
  {
    let text = try String(
      contentsOf: RepositoryFiles.root.appendingPathComponent("Scenarios/validation/samenoud.json"),
      encoding: .utf8)
    try #require(text.ranges(of: original).count == 1, "'\(original)' is not unique")
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("caresim-validation-\(UUID().uuidString).json")
    try Data(text.replacingOccurrences(of: original, with: replacement).utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try StudyValidation.load(from: url)
      return []
    } catch {
      return error.errors
    }
  }

  @Test func fieldErrorNamesItsLine() throws {
    let errors = try Self.errors(replacing: "months: 12,", with: "months: 0,")
    #expect(errors.map(\.field) == ["accounting.months"])
    #expect(errors.first?.line == 13)
  }

  @Test func syntaxErrorNamesItsLineAndColumn() throws {
    let errors = try Self.errors(replacing: "months: 12,", with: "months: 12")
    #expect(errors.count == 1)
    guard case .syntax(let error) = errors.first?.kind else {
      Issue.record("expected a syntax error, got \(errors)")
      return
    }
    #expect(error.line == 14 && error.column == 5)
    #expect(error.message.hasPrefix("expected ',' or '}' after the member 'accounting.months'"))
  }
}
