import CareSimTestSupport
import Foundation
import Testing

/// The repository cites publications a reader of a clone can open: no shipped text points at the
/// research digests outside the repository, and every note a scenario names is in `docs/sources/`.
@Suite struct ShippedSourcesTests {
  /// The files a reader gets: the scenarios, the sources, the documentation and the README.
  static func shippedFiles() throws -> [URL] {
    let root = RepositoryFiles.root
    var files = [root.appendingPathComponent("README.md")]
    for folder in ["Scenarios", "Sources", "docs"] {
      let enumerator = try #require(
        FileManager.default.enumerator(
          at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil))
      for case let url as URL in enumerator
      where ["json", "md", "swift", "js", "css", "html"].contains(url.pathExtension) {
        files.append(url)
      }
    }
    return files
  }

  /// The digests' folder and file names, which only the project's own notes outside it hold.
  static let digestCitations = [
    "shared/domain", "dordrecht-wij.md", "groningen-wij-teams.md", "gemert-bakel.md",
    "breda-wij.md", "sector-seven-projects.md", "dutch-population.md", "calibration notes",
  ]

  @Test func noShippedFileCitesTheDigests() throws {
    let files = try Self.shippedFiles()
    #expect(files.count > 20)
    for url in files {
      let text = try String(contentsOf: url, encoding: .utf8)
      for citation in Self.digestCitations where text.contains(citation) {
        let line =
          text.split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.contains(citation) }.map { $0 + 1 } ?? 0
        Issue.record("\(url.path):\(line) cites '\(citation)', which a clone does not hold")
      }
    }
  }

  @Test func everyNoteAScenarioNamesExists() throws {
    let notes = RepositoryFiles.root.appendingPathComponent("docs/sources")
    let pattern = try Regex("docs/sources/([a-z0-9-]+\\.md)")
    var named = Set<String>()
    for url in try Self.shippedFiles() where url.pathExtension == "json" {
      let text = try String(contentsOf: url, encoding: .utf8)
      for match in text.matches(of: pattern) {
        let name = String(try #require(match.output[1].substring))
        named.insert(name)
        #expect(
          FileManager.default.fileExists(atPath: notes.appendingPathComponent(name).path),
          "\(url.lastPathComponent) names docs/sources/\(name), which does not exist")
      }
    }
    #expect(named.count > 10)
    let index = try String(contentsOf: notes.appendingPathComponent("README.md"), encoding: .utf8)
    for name in named {
      #expect(index.contains("(\(name))"), "docs/sources/README.md does not list \(name)")
    }
  }
}
