// A small command-line parser for `caresim` subcommands.
//
// Third-party packages are not allowed, so this replaces swift-argument-parser with the part of
// it CareSim needs: long options (`--name value`, `--name=value`), flags, repeatable options,
// required positionals, `--`, `-h`/`--help`, and one-line errors with the usage attached.
// Commands declare a `CommandSpec`, call `parse(_:)`, then read typed values from the result.

/// What a command declares: its positional arguments and its options.
///
/// The declaration is the single source for parsing, the usage line and the help text, so the
/// three cannot drift apart.
package struct CommandSpec: Sendable {
  /// The executable's name; usage lines and error hints start with it.
  static let toolName = "caresim"

  /// The command's name, such as `"run"`.
  package var name: String
  /// One line describing the command, shown at the top of the help text.
  package var summary: String
  /// The positional arguments, in order; names are shown as given (`"SCENARIO"`).
  package var positionals: [(name: String, help: String)]
  /// How many of the last positionals may be left out (`caresim runs [FOLDER]`); 0 by default.
  package var optionalPositionals = 0
  /// The options, in the order help lists them; `help` is implicit and must not be declared.
  package var options: [OptionSpec]
  /// Whether the last positional takes every further argument too (`caresim merge SHARD...`).
  package var takesMore: Bool
  /// Whether `name` is an executable of its own (`caresim-bench`) rather than a `caresim`
  /// command: its usage line starts with the name alone.
  package var isExecutable = false
  /// Options a user may reach for that the command spells otherwise, by the name typed: an
  /// unknown `--replications` of a command that takes `--inner` suggests `--inner`.
  var redirects: [String: String]

  /// Declares a command.
  ///
  /// - Parameters:
  ///   - name: The command's name, e.g. `"run"`.
  ///   - summary: One line describing the command.
  ///   - positionals: The required positional arguments, in order.
  ///   - options: The options, in the order help lists them.
  ///   - redirects: Names the command does not take, with the option to suggest instead.
  ///   - takesMore: Whether the last positional takes every further argument too.
  package init(
    name: String,
    summary: String,
    positionals: [(name: String, help: String)] = [],
    options: [OptionSpec] = [],
    redirects: [String: String] = [:], takesMore: Bool = false
  ) {
    precondition(!takesMore || !positionals.isEmpty, "'\(name)' takes more of no positional")
    self.takesMore = takesMore
    self.name = name
    self.summary = summary
    self.positionals = positionals
    self.options = options
    self.redirects = redirects
  }

  /// The implicit `--help` flag every command accepts.
  static let helpOption = OptionSpec("help", kind: .flag, help: "Show this help.")

  /// The declared option with this name, including the implicit `help`.
  func option(named name: some StringProtocol) -> OptionSpec? {
    name == Self.helpOption.name ? Self.helpOption : options.first { $0.name == name }
  }
}
