import Foundation
import Testing

/// Golden files: outputs compared byte for byte with files kept beside the tests (STYLE.md
/// convention 12).
///
/// `RECORD_GOLDEN=1 swift test` rewrites the golden files and fails, so that a re-record is always
/// a visible diff.
public enum Golden {
  /// Whether this run records goldens instead of comparing with them.
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  }

  /// Expects `actual` to equal the golden file at `url`, or records it.
  public static func expect(
    _ actual: Data, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if isRecording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url)
      Issue.record(
        "recorded \(url.lastPathComponent); run again without RECORD_GOLDEN",
        sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? Data(contentsOf: url) else {
      Issue.record(
        "\(url.path) is missing; record it with RECORD_GOLDEN=1 swift test",
        sourceLocation: sourceLocation)
      return
    }
    #expect(
      actual == expected,
      """
      \(url.lastPathComponent) differs from its golden file; if the change is intended, \
      re-record with RECORD_GOLDEN=1 and review the diff
      """, sourceLocation: sourceLocation)
  }

  /// Expects `actual` text to equal the golden file at `url`, or records it.
  public static func expect(
    _ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try expect(Data(actual.utf8), matches: url, sourceLocation: sourceLocation)
  }
}
