import CareSimCore
import CareSimIO
import CareSimTestSupport
import Foundation
import Testing

/// Runs every study's validation at its fixed seed: derived figures must be reproduced (within 2% or
/// 4 Monte-Carlo standard errors), and every gap must be explained in the validation file.
@Suite struct StudyValidationTests {
  static let files: [String] = {
    let folder = RepositoryFiles.root.appendingPathComponent("Scenarios/validation")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }()

  @Test func everyStudyHasAValidation() {
    for study in ["dordrecht-wij", "groningen-wij-teams", "gemert-bakel", "breda-wij", "samenoud"] {
      #expect(Self.files.contains("\(study).json"), "missing Scenarios/validation/\(study).json")
    }
  }

  @Test(arguments: files)
  func validationReproducesDerivedFiguresAndExplainsGaps(file: String) throws {
    let url = RepositoryFiles.root.appendingPathComponent("Scenarios/validation/\(file)")
    let validation = try StudyValidation.load(from: url)
    let scenario = try Scenario.load(from: RepositoryFiles.scenario(validation.scenario))
    let comparisons = StudyComparison.run(
      validation.parameters(for: scenario), figures: validation.figures,
      replications: min(validation.replications, 100), seed: validation.seed, threads: 2)
    for comparison in comparisons {
      let figure = comparison.figure
      #expect(
        comparison.status != .failed,
        "\(file): \(figure.name): published \(figure.published), CareSim \(comparison.mean) ± \(comparison.standardError)"
      )
      if comparison.status == .gap || comparison.status == .differs {
        #expect(figure.gap?.isEmpty == false, "\(file): \(figure.name) differs without a gap note")
      }
      #expect(!figure.source.isEmpty)
    }
  }
}
