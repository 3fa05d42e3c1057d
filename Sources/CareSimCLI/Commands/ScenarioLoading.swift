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
