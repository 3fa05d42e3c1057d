/// A mistake in what the user typed on the command line.
///
/// Each case carries what the user needs to fix the mistake (the option, the value, the allowed
/// range or the usage line), so the CLI can print `description` as one line on stderr and exit
/// with a failure code. Programmer mistakes, such as reading an undeclared option, trap instead.
///
/// Naming convention for the associated values: names the command *declared* are stored without
/// dashes (`"replications"`), and `description` adds them; text the user *typed* is stored as
/// typed (`"--replication"`, `"-x"`).
package enum CommandLineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An option the command does not declare, such as `--replication`.
  ///
  /// `command` is the command's name (`"run"`); `suggestion` is the declared option name closest
  /// to the typed one, if it is close enough to be a likely typo.
  case unknownOption(String, command: String, suggestion: String?)

  /// A `.value` or `.repeatedValue` option at the end of the arguments or followed by another
  /// option.
  case missingValue(option: String)

  /// A required option that was not given.
  case missingOption(option: String, usage: String)

  /// Fewer positional arguments than the command declares; `name` is the first one missing.
  case missingPositional(name: String, usage: String)

  /// More positional arguments than the command declares; the first extra one.
  case unexpectedArgument(String, usage: String)

  /// A value the option cannot accept.
  ///
  /// `allowed` completes the sentence "'value' is not …", e.g. `"an integer in 1...1000"`.
  case invalidValue(option: String, value: String, allowed: String)

  /// A `.value` option given twice, with the two values typed: one of them is a mistake.
  case repeatedOption(option: String, first: String, second: String)

  /// A command name that is not one of `available`; `suggestion` is the command (or the tool's
  /// own option, such as `--version`) closest to it, if close enough to be a likely typo.
  case unknownCommand(String, available: [String], suggestion: String? = nil)

  /// One line for stderr, starting with `error:`.
  package var description: String {
    let tool = CommandSpec.toolName
    switch self {
    case .unknownOption(let option, let command, let suggestion):
      let hint = suggestion.map { "did you mean '--\($0)'?" } ?? "see '\(tool) \(command) --help'"
      return "error: unknown option '\(option)': '\(tool) \(command)' has no such option; \(hint)"
    case .missingValue(let option):
      return "error: --\(option): missing value"
    case .missingOption(let option, let usage):
      return "error: --\(option) is required; usage: \(usage)"
    case .missingPositional(let name, let usage):
      return "error: missing argument \(name); usage: \(usage)"
    case .unexpectedArgument(let argument, let usage):
      return "error: unexpected argument '\(argument)'; usage: \(usage)"
    case .invalidValue(let option, let value, let allowed):
      return "error: --\(option): '\(value)' is not \(allowed)"
    case .repeatedOption(let option, let first, let second):
      return "error: --\(option) is given twice ('\(first)' and '\(second)'); give it once"
    case .unknownCommand(let command, let available, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      guard !available.isEmpty else { return "error: unknown command '\(command)'\(hint)" }
      return "error: unknown command '\(command)'\(hint.isEmpty ? ";" : hint) available commands: "
        + available.joined(separator: ", ")
    }
  }
}
