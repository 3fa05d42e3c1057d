import Foundation

/// Paths of files shipped in the repository, found from this source file's location.
public enum RepositoryFiles {
  /// The repository root.
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A shipped scenario file, such as `reference-ladder.json` or `validation/breda-wij.json`.
  public static func scenario(_ name: String) -> URL {
    root.appendingPathComponent("Scenarios").appendingPathComponent(name)
  }

  /// The names of the shipped scenarios, `Scenarios/*.json`, in order.
  public static let shippedScenarios = scenarioFiles(in: "")

  /// The JSON files of a folder under `Scenarios/` (`""`, `validation/`), in order, each named
  /// by its path under `Scenarios/`.
  public static func scenarioFiles(in folder: String) -> [String] {
    let url = root.appendingPathComponent("Scenarios").appendingPathComponent(folder)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.sorted().map { folder + $0 }
  }

  /// A file the tests read and no command ships, such as `extends/variants/prevention.json`.
  public static func fixture(_ name: String) -> URL {
    root.appendingPathComponent("Tests/CareSimScenarioTests/Fixtures").appendingPathComponent(name)
  }
}

/// Runs `body` with a new, empty folder under the system's temporary directory, then removes it.
public func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("caresim-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer {
    // A test may leave a folder read-only; make it removable again.
    if let names = FileManager.default.enumerator(atPath: folder.path) {
      for case let name as String in names {
        chmod(folder.appendingPathComponent(name).path, 0o755)
      }
    }
    try? FileManager.default.removeItem(at: folder)
  }
  return try body(folder)
}
