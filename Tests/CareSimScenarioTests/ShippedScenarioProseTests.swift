import CareSimTestSupport
import Foundation
import JSON5
import Testing

/// The text of every shipped file (a scenario's description, sources and notes, a validation
/// file's names and explanations), which reports, `caresim validate` and `validate-study` print
/// as they stand, reads as punctuated prose.
@Suite struct ShippedScenarioProseTests {
  /// The folders of files users run: `Scenarios/`, the validation files, the workshop pages' and
  /// their bases, and the calibration targets.
  static let folders = ["", "validation/", "workshop/", "workshop/bases/", "calibration/"]
  static let files = folders.flatMap(RepositoryFiles.scenarioFiles(in:))

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

  @Test func everyFolderHasFiles() {
    for folder in Self.folders {
      #expect(!RepositoryFiles.scenarioFiles(in: folder).isEmpty, "Scenarios/\(folder)")
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
