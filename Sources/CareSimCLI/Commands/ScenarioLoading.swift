import CareSimIO
import Foundation

/// Loads a scenario for a command, turning every problem in the file into one line on stderr.
enum ScenarioLoading {
  /// The scenario argument every scenario command takes first.
  static let positional = (name: "SCENARIO", help: "Scenario file (JSON, comments allowed)")

  static func load(_ path: String) throws(CommandFailure) -> Scenario {
    do {
      return try Scenario.load(from: URL(fileURLWithPath: path))
    } catch {
      throw CommandFailure(
        message: error.errors.map { "error: \($0)" }.joined(separator: "\n"),
        exitCode: .invalidInput)
    }
  }
}

/// Checks, before the work, that an output folder can be written where the user asked.
enum OutputFolder {
  static func check(_ folder: URL) throws(CommandFailure) {
    do {
      try AtomicFileWriter.prepareParent(of: folder)
    } catch {
      throw CommandFailure(
        message: "error: cannot write \(folder.path): \(error)", exitCode: .failure)
    }
  }
}
