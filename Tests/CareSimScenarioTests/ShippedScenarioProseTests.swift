import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// The text of every shipped scenario (its description, sources and notes, which reports and
/// `caresim validate` print as they stand) reads as punctuated prose, as the validation files'
/// does (see ``StudyValidationTests``).
@Suite struct ShippedScenarioProseTests {
  /// The scenarios users run: `Scenarios/`, the workshop pages' and their bases, and the
  /// calibration targets.
  static let files: [String] = ["", "workshop/", "workshop/bases/", "calibration/"].flatMap {
    folder in
    let url = RepositoryFiles.scenario(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + $0 }
  }

  /// Every string of `value`, with its path.
  static func strings(in value: JSONValue, at path: String = "") -> [(path: String, text: String)] {
    switch value {
    case .string(let text): [(path, text)]
    case .array(let elements):
      elements.enumerated().flatMap { strings(in: $1, at: "\(path).\($0)") }
    case .object(let fields):
      fields.sorted { $0.key < $1.key }.flatMap {
        strings(in: $0.value, at: path.isEmpty ? $0.key : "\(path).\($0.key)")
      }
    case .null, .bool, .number: []
    }
  }

  @Test func everyFolderHasScenarios() {
    for folder in ["", "workshop/", "workshop/bases/", "calibration/"] {
      #expect(
        Self.files.contains { $0.hasPrefix(folder) && !$0.dropFirst(folder.count).contains("/") })
    }
  }

  @Test(arguments: files)
  func everyTextIsPunctuatedProse(file: String) throws {
    let value = try JSONValue.parse(Data(contentsOf: RepositoryFiles.scenario(file)))
    let texts = Self.strings(in: value)
    try #require(!texts.isEmpty)
    for (path, text) in texts {
      for defect in Prose.punctuationDefects(in: text) {
        Issue.record("\(file): \(path) holds \"\(defect)\": \(text)")
      }
    }
  }
}
