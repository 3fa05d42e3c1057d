import ArgumentParsing
import CareSimOutput
import CareSimReports
import Foundation

/// The `caresim` tool, which `main.swift` runs through ``main()``.
///
/// It dispatches to a subcommand and turns every error into one clear line and an exit code.
public enum CareSimCommand {
  /// Process exit codes.
  public enum ExitCode: Int32, Sendable {
    case success = 0
    /// The run failed while working (for example, the output folder could not be written).
    case failure = 1
    /// The command line or the scenario file is invalid.
    case invalidInput = 2
    /// Stopped by Ctrl-C (128 + SIGINT).
    case interrupted = 130
    /// Stopped by SIGTERM (128 + SIGTERM).
    case terminated = 143
  }

  /// Every command, in the order the overview lists them.
  static let commands: [CommandEntry] = [
    CommandEntry(RunCommand.self), CommandEntry(ValidateCommand.self),
    CommandEntry(ValidateStudyCommand.self), CommandEntry(SweepCommand.self),
    CommandEntry(GridCommand.self), CommandEntry(PSACommand.self), CommandEntry(SplitCommand.self),
    CommandEntry(BreakEvenCommand.self), CommandEntry(CalibrateCommand.self),
    CommandEntry(VOICommand.self), CommandEntry(WorkshopCommand.self),
    CommandEntry(ReportCommand.self), CommandEntry(DiffCommand.self),
    CommandEntry(RunsCommand.self), CommandEntry(MergeCommand.self),
    CommandEntry(PlanCommand.self), CommandEntry(StatusCommand.self),
  ]

  /// The tool's help: generated from the commands' own specs, so it cannot drift from them.
  static var overview: String {
    let rows = commands.map { command in
      let spec = command.spec
      return (
        left: ([spec.name] + spec.positionalSynopsis).joined(separator: " "),
        help: spec.summary
      )
    }
    let column = (rows.map(\.left.count).max() ?? 0) + 4
    let indent = String(repeating: " ", count: column)
    var lines = [
      "caresim \(CareSimVersion.current): scenario engine for preventive social work for older "
        + "residents", "", "Usage: caresim COMMAND [OPTIONS]", "", "Commands:",
    ]
    for row in rows {
      let help = TextWrapping.wrap(row.help, width: CommandSpec.helpWidth - column)
      let padding = String(repeating: " ", count: column - row.left.count - 2)
      lines.append("  " + row.left + padding + help[0])
      lines += help.dropFirst().map { indent + $0 }
    }
    lines += [
      "", "Run 'caresim help COMMAND' or 'caresim COMMAND --help' for a command's options;",
      "'caresim --version' prints the version.",
    ]
    return lines.joined(separator: "\n")
  }

  /// Runs the tool for this process: installs the Ctrl-C and SIGTERM handling, runs the command
  /// line and returns the exit code.
  public static func main() -> Int32 {
    Interruption.install()
    return run(arguments: CommandLine.arguments)
  }

  /// Runs the tool with the process's arguments (the first is the program's path).
  public static func run(arguments: [String], console: Console = .standard) -> Int32 {
    let arguments = Array(arguments.dropFirst())
    let code = dispatch(arguments, console: console)
    if code != ExitCode.success.rawValue {
      // Folders made for an output that was never written go again.
      TemporaryPaths.shared.removeAll()
    }
    return code
  }

  /// The command, or the tool's own option, that a name which is neither likely means: `runn`
  /// a command, `hlep` help, `--verison`, `-v` and `version` the tool's `--version`.
  static func suggestion(forCommand name: String, among names: [String]) -> String? {
    name.hasPrefix("-")
      ? toolOption(name)
      : CommandSpec.closest(to: name, among: names + ["help"])
        ?? CommandSpec.closest(to: name, among: ["version"]).map { "--\($0)" }
  }

  /// The tool's own option (`--version`, `--help`) a typed option likely means: its name with
  /// any dashes, mistyped (`--verison`, `-version`), or its first letter alone (`-v`).
  static func toolOption(_ typed: String) -> String? {
    let options = ["version", "help"]
    let name = String(typed.drop { $0 == "-" })
    let match =
      name.count == 1
      ? options.first { $0.hasPrefix(name.lowercased()) }
      : CommandSpec.closest(to: name, among: options)
    return match.map { "--\($0)" }
  }

  private static func dispatch(_ arguments: [String], console: Console) -> Int32 {
    guard var name = arguments.first, !["-h", "--help"].contains(name) else {
      console.out(overview + "\n")
      return arguments.isEmpty ? ExitCode.invalidInput.rawValue : ExitCode.success.rawValue
    }
    var rest = Array(arguments.dropFirst())
    if name == "--version" {
      console.out("caresim \(CareSimVersion.current)\n")
      return ExitCode.success.rawValue
    }
    if name == "help" {
      // `help help` asks for the overview, as `help` does.
      guard let topic = rest.first, topic != "help" else {
        console.out(overview + "\n")
        return ExitCode.success.rawValue
      }
      name = topic
      rest = ["--help"]
    }
    guard let command = commands.first(where: { $0.spec.name == name }) else {
      let names = commands.map(\.spec.name)
      console.error(
        CommandLineError.unknownCommand(
          name, available: names, suggestion: suggestion(forCommand: name, among: names)
        ).description + "\n")
      return ExitCode.invalidInput.rawValue
    }
    do {
      let parsed = try command.spec.parse(rest)
      if parsed.requestsHelp {
        console.out(command.spec.helpText + "\n")
        return ExitCode.success.rawValue
      }
      var console = console
      if parsed.declares(CommonOptions.quiet), parsed[CommonOptions.quiet] {
        console.out = { _ in }
      }
      try command.run(
        Invocation(parsed: parsed, commandLine: ["caresim"] + arguments, console: console))
      return ExitCode.success.rawValue
    } catch CommandLineError.unknownOption(let option, let command, suggestion: nil)
      where toolOption(option) != nil
    {
      // `caresim run --verison`: the tool's own option, given to a command.
      console.error(
        "error: unknown option '\(option)': 'caresim \(command)' has no such option; did you "
          + "mean 'caresim \(toolOption(option) ?? "")'?\n")
      return ExitCode.invalidInput.rawValue
    } catch let error as CommandLineError {
      console.error(error.description + "\n")
      return ExitCode.invalidInput.rawValue
    } catch let error as CommandFailure {
      console.error(error.message + "\n")
      return error.exitCode.rawValue
    } catch {
      console.error("error: \(error)\n")
      return ExitCode.failure.rawValue
    }
  }
}

/// A command of the tool: its spec (the single source of parsing, usage and help) and its run.
protocol Command: SendableMetatype {
  static var spec: CommandSpec { get }
  /// Runs the command on parsed arguments: parse the rest, call the core, render.
  static func run(_ invocation: Invocation) throws
}

/// A command as the dispatcher holds it: its spec and its run.
struct CommandEntry: Sendable {
  var spec: CommandSpec
  var run: @Sendable (Invocation) throws -> Void

  init<C: Command>(_ command: C.Type) {
    spec = C.spec
    run = { try C.run($0) }
  }
}

/// One call of a command: its arguments, the whole command line (recorded in outputs) and where
/// it prints.
struct Invocation {
  var parsed: ParsedArguments
  /// The command line as typed, with the program called `caresim`.
  var commandLine: [String]
  var console: Console
  /// The shards whose blocks this command merges instead of computing them (`caresim merge`).
  var mergingShards: [ShardFolder.Read]? = nil
  /// Set by `caresim plan`: the command checks its options, its scenario and that its shard fits
  /// its work, as the shard will, and stops there, before any work or file.
  var checksShardFitOnly = false

  /// The output folder named by `option` (or `fallback`), checked and its parents made before
  /// any work (see ``ResultFolder/prepare(_:)``).
  func outputFolder(_ option: Option<String?>, fallback: String) throws(CommandFailure)
    -> ResultFolder
  {
    let path = parsed[option] ?? fallback
    do {
      return try ResultFolder.prepare(path)
    } catch {
      throw CommandFailure(
        message: "error: --\(option.name): \(error)",
        exitCode: error.isInputError ? .invalidInput : .failure)
    }
  }

  /// Writes a command's files, and its report unless `--no-report` says not to, into its result
  /// folder, replacing an earlier result.
  ///
  /// - Parameters:
  ///   - files: The command's data files.
  ///   - folder: The prepared result folder.
  ///   - threads: The threads the results were computed on, for the marker and the report.
  ///   - mergedFrom: The shard folders a merged result came from, for the marker.
  /// - Returns: The names of the files written besides the data files (the report).
  /// - Throws: ``CommandFailure`` when the report cannot be drawn or the folder not written.
  @discardableResult
  func write(
    _ files: [String: Data], to folder: ResultFolder, threads: Int?, mergedFrom: [String]? = nil
  ) throws -> [String] {
    var files = files
    var extra: [String] = []
    let command = commandLine.count > 1 ? commandLine[1] : ""
    if ReportBuilder.commands.contains(command),
      !(parsed.declares(CommonOptions.noReport) && parsed[CommonOptions.noReport])
    {
      do {
        let locale = try reportLocale()
        files = try ReportBuilder.adding(
          to: files, command: commandLine, threads: threads, locale: locale)
        extra.append(ReportBuilder.fileName(for: locale))
      } catch let error as ReportInputError {
        throw CommandFailure(message: "error: cannot draw the report: \(error)", exitCode: .failure)
      }
    }
    do {
      try folder.write(files, command: commandLine, threads: threads, mergedFrom: mergedFrom)
    } catch {
      throw CommandFailure(
        message: "error: \(error)", exitCode: error.isInputError ? .invalidInput : .failure)
    }
    return extra
  }
}

/// A command's failure, already worded for the user.
struct CommandFailure: Error {
  var message: String
  var exitCode: CareSimCommand.ExitCode
}

/// Where a command writes; tests capture it, the tool writes to the process's streams.
public struct Console: Sendable {
  public var out: @Sendable (String) -> Void
  public var error: @Sendable (String) -> Void

  public init(
    out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void
  ) {
    self.out = out
    self.error = error
  }

  /// The process's streams; on a terminal, standard output's sentences are wrapped to its width
  /// (see ``TerminalText``), and errors keep their lines.
  public static let standard = Console(
    out: { text in
      let shown = TerminalText.shown(text, columns: TerminalText.standardOutputColumns())
      FileHandle.standardOutput.write(Data(shown.utf8))
    },
    error: { FileHandle.standardError.write(Data($0.utf8)) })
}
