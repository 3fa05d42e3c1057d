import Foundation

/// Paths of files shipped in the repository, found from this source file's location.
enum RepositoryFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func scenario(_ name: String) -> URL {
    root.appendingPathComponent("Scenarios").appendingPathComponent(name)
  }
}
