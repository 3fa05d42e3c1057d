import Foundation
import Testing

/// Compares generated text with a file under `Golden/`, byte for byte (STYLE.md convention 12).
///
/// `RECORD_GOLDEN=1 swift test` rewrites the file and records an issue, so that a re-record
/// always fails once and shows up as a diff in review. `RunReportGoldenTests` does the same
/// inline; this helper can serve it too.
enum GoldenFile {
  /// `Tests/CareSimIOTests/Golden`.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")

  /// Checks `actual` against `Golden/<path>`, or records it when `RECORD_GOLDEN=1`.
  static func check(
    _ actual: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(path)
    let data = Data(actual.utf8)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
      Issue.record(
        "recorded Golden/\(path); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? Data(contentsOf: url) else {
      Issue.record(
        "Golden/\(path) is missing; record it with RECORD_GOLDEN=1 swift test",
        sourceLocation: sourceLocation)
      return
    }
    #expect(
      data == expected,
      "output differs from Golden/\(path); if the change is intended, re-record with RECORD_GOLDEN=1",
      sourceLocation: sourceLocation)
  }
}
