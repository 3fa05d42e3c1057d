import Foundation

/// The `caresim` tool, which `main.swift` runs through ``run(arguments:console:)``.
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
  }

  static let commands: [String: @Sendable ([String], Console) throws -> Void] = [
    "run": RunCommand.run,
    "validate": ValidateCommand.run,
    "validate-study": ValidateStudyCommand.run,
    "sweep": SweepCommand.run,
    "grid": GridCommand.run,
    "split": SplitCommand.run,
    "breakeven": BreakEvenCommand.run,
    "psa": PSACommand.run,
  ]

  static let overview = """
    caresim: scenario engine for preventive social work for older residents

    Usage: caresim COMMAND [OPTIONS]

    Commands:
      run SCENARIO        Run a scenario's replications and write summary.json and trajectories.csv
      validate SCENARIO   Check a scenario file and list every problem in it
      validate-study NAME Compare a study's published figures with CareSim's estimates
      sweep SCENARIO      One-way sensitivity and tornado (--param PATH=LOW:HIGH[:STEPS])
      grid SCENARIO       Two-way sensitivity (--x PATH=... --y PATH=...)
      split SCENARIO      Funding-split stress test: balances and chance of loss per payer
      breakeven SCENARIO  Where a funder's net benefit is zero (--param PATH [--for FUNDER])
      psa SCENARIO        Probabilistic sensitivity analysis over the scenario's distributions

    Run 'caresim COMMAND --help' for a command's options.
    """

  /// Runs the tool with the process's arguments (the first is the program's path).
  public static func run(arguments: [String], console: Console = .standard) -> Int32 {
    let arguments = Array(arguments.dropFirst())
    guard let name = arguments.first, !["-h", "--help", "help"].contains(name) else {
      console.out(overview + "\n")
      return arguments.isEmpty ? ExitCode.invalidInput.rawValue : ExitCode.success.rawValue
    }
    guard let command = commands[name] else {
      console.error(
        CommandLineError.unknownCommand(name, available: commands.keys.sorted()).description + "\n")
      return ExitCode.invalidInput.rawValue
    }
    do {
      try command(Array(arguments.dropFirst()), console)
      return ExitCode.success.rawValue
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

extension CommandSpec {
  /// Parses a command's arguments; with `--help` it prints the command's help and returns nil.
  func parse(_ arguments: [String], helpTo console: Console) throws(CommandLineError)
    -> ParsedArguments?
  {
    let parsed = try parse(arguments)
    guard !parsed.flag("help") else {
      console.out(helpText + "\n")
      return nil
    }
    return parsed
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

  public static let standard = Console(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    error: { FileHandle.standardError.write(Data($0.utf8)) })
}
