import Foundation
import Testing

/// The built `caresim` executable, run as a user would run it (STYLE.md convention 13).
///
/// `swift test` builds every product before it runs the tests, so the binary sits next to the
/// test bundle's executable (`.build/<triple>/debug/`); from an IDE it may not, so the
/// repository's `.build/debug/caresim` is the fallback.
public enum CaresimBinary {
  /// The repository root.
  public static let repositoryRoot = RepositoryFiles.root

  /// A shipped scenario file.
  public static func scenario(_ name: String) -> URL { RepositoryFiles.scenario(name) }

  /// The executable, or nil when none is built.
  public static let url: URL? = {
    var candidates: [URL] = []
    // On Linux the test bundle is itself an executable in the build folder; on Darwin it is a
    // bundle (`X.xctest/Contents/MacOS/X`), so look a few folders up.
    if var folder = Bundle.main.executableURL?.deletingLastPathComponent() {
      for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent("caresim"))
        folder.deleteLastPathComponent()
      }
    }
    candidates.append(repositoryRoot.appendingPathComponent(".build/debug/caresim"))
    return candidates.first { candidate in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory)
        && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: candidate.path)
    }
  }()

  /// What one run of the tool did.
  public struct Result: CustomStringConvertible, Sendable {
    /// The exit status, or nil when the process was killed by a signal (a crash, a trap).
    public var exitCode: Int32?
    public var stdout: String
    public var stderr: String

    /// The lines written to stderr, without empty ones.
    public var stderrLines: [Substring] { stderr.split(separator: "\n") }
    /// The lines written to stdout, without empty ones.
    public var stdoutLines: [Substring] { stdout.split(separator: "\n") }

    public var description: String {
      "exit code \(exitCode.map(String.init) ?? "none (killed by a signal)")\n"
        + "--- stdout:\n\(stdout)--- stderr:\n\(stderr)---"
    }
  }

  /// Runs `caresim` with `arguments` in `directory` and waits for it to finish.
  ///
  /// Output goes to files rather than pipes, so a chatty run cannot fill a pipe buffer and
  /// block while the test waits for it to exit.
  ///
  /// - Parameters:
  ///   - arguments: The arguments after the program name.
  ///   - directory: The working directory; relative paths in `arguments` resolve against it.
  ///   - timeout: Seconds after which the run is stopped with SIGTERM and the test fails.
  ///   - environment: Variables set for the run, besides the test process's own.
  ///   - sourceLocation: Where a missing binary is reported.
  /// - Returns: The exit code and everything written to stdout and stderr.
  /// - Throws: When the binary is not built or cannot be started.
  public static func run(
    _ arguments: [String], in directory: URL = repositoryRoot, timeout: Double? = nil,
    environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Result {
    let binary = try #require(
      url, "no caresim binary; run 'swift build' first", sourceLocation: sourceLocation)
    return try withTemporaryDirectory { scratch in
      let outURL = scratch.appendingPathComponent("stdout")
      let errURL = scratch.appendingPathComponent("stderr")
      for file in [outURL, errURL] {
        try #require(FileManager.default.createFile(atPath: file.path, contents: nil))
      }
      let out = try FileHandle(forWritingTo: outURL)
      let err = try FileHandle(forWritingTo: errURL)

      let process = Process()
      process.executableURL = binary
      process.arguments = arguments
      process.currentDirectoryURL = directory
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = out
      process.standardError = err
      try process.run()
      if let timeout {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
          process.terminate()
          Issue.record(
            "caresim ran past \(timeout) s: \(arguments)", sourceLocation: sourceLocation)
        }
      }
      process.waitUntilExit()
      try out.close()
      try err.close()

      return Result(
        exitCode: process.terminationReason == .exit ? process.terminationStatus : nil,
        stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
  }
}
