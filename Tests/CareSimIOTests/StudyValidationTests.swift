import CareSimCore
import CareSimIO
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
