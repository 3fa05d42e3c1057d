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
    guard actual != expected else { return }
    Issue.record(
      """
      \(url.lastPathComponent) differs from its golden file; if the change is intended, \
      re-record with RECORD_GOLDEN=1 and review the diff
      \(differingLines(expected: expected, actual: actual))
      """, sourceLocation: sourceLocation)
  }

  /// The lines between the longest common head and tail of the two texts, as a diff hunk
  /// (`-` the golden's, `+` the output's), at most `limit` of each: enough to see what changed
  /// without opening the files.
  package static func differingLines(expected: Data, actual: Data, limit: Int = 12) -> String {
    let old = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let new = String(decoding: actual, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let head = zip(old, new).prefix { $0 == $1 }.count
    let tail = zip(old.dropFirst(head).reversed(), new.dropFirst(head).reversed())
      .prefix { $0 == $1 }.count
    func hunk(_ lines: [Substring], _ sign: String) -> [String] {
      let changed = lines[head..<(lines.count - tail)]
      let shown = changed.prefix(limit).map { "\(sign) \($0)" }
      return changed.count > limit
        ? shown + ["\(sign) … \(changed.count - limit) more lines"] : shown
    }
    return (["@@ line \(head + 1) @@"] + hunk(old, "-") + hunk(new, "+")).joined(separator: "\n")
  }

  /// Expects `actual` text to equal the golden file at `url`, or records it.
  public static func expect(
    _ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try expect(Data(actual.utf8), matches: url, sourceLocation: sourceLocation)
  }
}
