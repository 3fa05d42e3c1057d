// A small command-line parser for `caresim` subcommands.
//
// Third-party packages are not allowed, so this replaces swift-argument-parser with the part of
// it CareSim needs: long options (`--name value`, `--name=value`), flags, repeatable options,
// required positionals, `--`, `-h`/`--help`, and one-line errors with the usage attached.
// Commands declare a `CommandSpec`, call `parse(_:)`, then read typed values from the result.

/// One option a command accepts, spelled `--name` on the command line.
///
/// The spec carries everything help shows about the option (its value's range, its default,
/// whether it is required) as typed data, so that help cannot drift from what parsing does.
package struct OptionSpec: Sendable {
  /// How the option takes values.
  package enum Kind: Sendable {
    /// Present or absent; takes no value (`--verbose`).
    case flag
    /// Takes one value; when repeated, the last occurrence wins (`--seed 7`).
    case value
    /// Takes one value per occurrence; all are kept in order (`--output a.csv --output b.json`).
    case repeatedValue
  }

  /// What the option is when it is absent.
  package enum Default: Sendable, Equatable {
    /// Nothing: the command does without.
    case none
    /// A fixed value, shown in help and read when the option is absent.
    case value(String)
    /// A value that depends on the input, such as a scenario's replications; help shows the text.
    case described(String)
  }

  /// The values a numeric option accepts, checked by the typed accessors and shown in help.
  package enum Range: Sendable, Equatable {
    case integer(ClosedRange<Int>)
    case number(ClosedRange<Double>)

    /// The range as help and errors show it: `1...1000000`.
    var description: String {
      switch self {
      case .integer(let range): "\(range.lowerBound)...\(range.upperBound)"
      case .number(let range):
        "\(ArgumentNumber.text(range.lowerBound))...\(ArgumentNumber.text(range.upperBound))"
      }
    }
  }

  /// The long name without dashes, such as `"replications"`.
  package var name: String
  /// How the option takes values.
  package var kind: Kind
  /// The placeholder shown in usage and help, such as `"N"`; unused for flags.
  package var valueName: String
  /// What the option does, shown in the help text (wrapped there).
  package var help: String
  /// The value when the option is absent.
  package var defaultValue: Default
  /// The accepted values of a numeric option.
  package var range: Range?
  /// Whether the command cannot run without the option.
  package var isRequired: Bool
  /// Whether the option, like `--help`, is a request of its own that needs no positional
  /// arguments (`caresim validate-study --list`, `caresim workshop --all FOLDER`).
  package var standsAlone: Bool

  /// Declares an option.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes; must not contain `=` and must not be `help`.
  ///   - kind: How the option takes values.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - defaultValue: The value when the option is absent.
  ///   - range: The accepted values of a numeric option.
  ///   - required: Whether the command cannot run without it.
  ///   - standsAlone: Whether the flag needs no positional arguments.
  package init(
    _ name: String, kind: Kind = .value, valueName: String = "VALUE", help: String,
    default defaultValue: Default = .none, range: Range? = nil, required: Bool = false,
    standsAlone: Bool = false
  ) {
    self.name = name
    self.kind = kind
    self.valueName = valueName
    self.help = help
    self.defaultValue = defaultValue
    self.range = range
    self.isRequired = required
    self.standsAlone = standsAlone
  }

  /// The help text with the range, the default and "required" appended, as help shows it.
  var fullHelp: String {
    var notes: [String] = []
    if let range { notes.append(range.description) }
    switch defaultValue {
    case .none: break
    case .value(let text): notes.append("default: \(text)")
    case .described(let text): notes.append("default: \(text)")
    }
    if isRequired { notes.append("required") }
    return notes.isEmpty ? help : "\(help) (\(notes.joined(separator: "; ")))"
  }
}

/// Numbers as help and errors show them: `0.5`, `1000`, and `1e+15` for the large bounds that only
/// guard against nonsense.
enum ArgumentNumber {
  static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e7 {
      return String(Int64(value))
    }
    return "\(value)"
  }
}

/// What a command declares: its positional arguments and its options.
///
/// The declaration is the single source for parsing, the usage line and the help text, so the
/// three cannot drift apart.
package struct CommandSpec: Sendable {
  /// The executable's name; usage lines and error hints start with it.
  package static let toolName = "caresim"

  /// The command's name, such as `"run"`.
  package var name: String
  /// One line describing the command, shown at the top of the help text.
  package var summary: String
  /// The positional arguments, all required, in order; names are shown as given (`"SCENARIO"`).
  package var positionals: [(name: String, help: String)]
  /// The options, in the order help lists them; `help` is implicit and must not be declared.
  package var options: [OptionSpec]
  /// Options a user may reach for that the command spells otherwise, by the name typed: an
  /// unknown `--replications` of a command that takes `--inner` suggests `--inner`.
  package var redirects: [String: String]

  /// Declares a command.
  ///
  /// - Parameters:
  ///   - name: The command's name, e.g. `"run"`.
  ///   - summary: One line describing the command.
  ///   - positionals: The required positional arguments, in order.
  ///   - options: The options, in the order help lists them.
  ///   - redirects: Names the command does not take, with the option to suggest instead.
  package init(
    name: String,
    summary: String,
    positionals: [(name: String, help: String)] = [],
    options: [OptionSpec] = [],
    redirects: [String: String] = [:]
  ) {
    self.name = name
    self.summary = summary
    self.positionals = positionals
    self.options = options
    self.redirects = redirects
  }

  /// The usage line, such as `caresim run SCENARIO [--replications N] [--verbose]`.
  ///
  /// Required options are shown without brackets. `-h`/`--help` is left out: every command has it
  /// and the help text lists it.
  package var usage: String { usageWords.joined(separator: " ") }

  /// The usage line's parts; an option and its value stay together when the line wraps.
  private var usageWords: [String] {
    [Self.toolName, name] + positionals.map(\.name)
      + options.map { $0.isRequired ? Self.synopsis(of: $0) : "[\(Self.synopsis(of: $0))]" }
  }

  /// The width help text is wrapped to: a terminal's traditional 80 columns.
  package static let helpWidth = 80

  /// The summary, the usage line and the arguments and options with their help, wrapped to 80
  /// columns.
  ///
  /// All entries share one column so the help texts line up across both sections; an entry whose
  /// name is too long for the column puts its help on the next line. The text has no trailing
  /// newline; callers `print` it.
  package var helpText: String {
    let argumentRows = positionals.map { (left: $0.name, help: $0.help) }
    let optionRows =
      options.map { (left: Self.synopsis(of: $0), help: $0.fullHelp) }
      + [(left: "-h, --help", help: Self.helpOption.help)]
    let longest = (argumentRows + optionRows).map(\.left.count).max() ?? 0
    let column = min(longest, 30) + 4

    func render(_ row: (left: String, help: String)) -> [String] {
      guard !row.help.isEmpty else { return ["  " + row.left] }
      let lines = TextWrapping.wrap(row.help, width: Self.helpWidth - column)
      let indent = String(repeating: " ", count: column)
      var rendered: [String]
      if row.left.count + 4 <= column {
        let padding = String(repeating: " ", count: column - row.left.count - 2)
        rendered = ["  " + row.left + padding + lines[0]]
      } else {
        rendered = ["  " + row.left, indent + lines[0]]
      }
      rendered += lines.dropFirst().map { indent + $0 }
      return rendered
    }

    var lines = TextWrapping.wrap(summary, width: Self.helpWidth) + [""]
    let usageLines = TextWrapping.wrap(words: usageWords, width: Self.helpWidth - 7)
    lines += ["Usage: " + usageLines[0]] + usageLines.dropFirst().map { "         " + $0 }
    if !argumentRows.isEmpty {
      lines += ["", "Arguments:"] + argumentRows.flatMap(render)
    }
    lines += ["", "Options:"] + optionRows.flatMap(render)
    return lines.joined(separator: "\n")
  }

  /// The implicit `--help` flag every command accepts.
  fileprivate static let helpOption = OptionSpec("help", kind: .flag, help: "Show this help.")

  /// `--name`, `--name VALUE` or `--name VALUE ...`, as usage and help show an option.
  private static func synopsis(of option: OptionSpec) -> String {
    switch option.kind {
    case .flag: "--\(option.name)"
    case .value: "--\(option.name) \(option.valueName)"
    case .repeatedValue: "--\(option.name) \(option.valueName) ..."
    }
  }

  /// The declared option with this name, including the implicit `help`.
  fileprivate func option(named name: some StringProtocol) -> OptionSpec? {
    name == Self.helpOption.name ? Self.helpOption : options.first { $0.name == name }
  }
}

/// The arguments a `CommandSpec` parsed: positionals by name, flags and option values.
///
/// Accessors trap when asked for a name the command did not declare (or declared with another
/// kind): that is a bug in the command, not a user mistake, and trapping finds it in the first
/// test that reaches it.
package struct ParsedArguments: Sendable {
  private let spec: CommandSpec
  private let positionalValues: [String: String]
  private let flags: Set<String>
  private let optionValues: [String: [String]]

  fileprivate init(
    spec: CommandSpec,
    positionalValues: [String: String],
    flags: Set<String>,
    optionValues: [String: [String]]
  ) {
    self.spec = spec
    self.positionalValues = positionalValues
    self.flags = flags
    self.optionValues = optionValues
  }

  /// The value of a declared positional argument.
  ///
  /// Positionals may be missing only when help was requested, so check `flag("help")` first.
  ///
  /// - Parameter name: A positional name the command declares, e.g. `"SCENARIO"`.
  /// - Returns: The argument the user gave in that position.
  package func positional(_ name: String) -> String {
    precondition(
      spec.positionals.contains { $0.name == name },
      "'\(spec.name)' declares no positional named '\(name)'")
    guard let value = positionalValues[name] else {
      preconditionFailure("positional '\(name)' is missing; check flag(\"help\") before reading it")
    }
    return value
  }

  /// Whether the command declares an option of this name (shared code asks before it reads one
  /// that not every command has).
  package func declares(_ name: String) -> Bool { spec.option(named: name) != nil }

  /// Whether a declared flag was given; `"help"` is always declared.
  ///
  /// - Parameter name: A flag name without dashes.
  /// - Returns: `true` if the flag appeared at least once.
  package func flag(_ name: String) -> Bool {
    checkDeclared(name, as: .flag)
    return flags.contains(name)
  }

  /// The value of a declared `.value` option; when given more than once, the last one wins.
  ///
  /// - Parameter name: An option name without dashes.
  /// - Returns: The last value given, or `nil` if the option was absent.
  package func value(_ name: String) -> String? {
    checkDeclared(name, as: .value)
    return optionValues[name]?.last
  }

  /// Every value of a declared `.repeatedValue` option, in the order given.
  ///
  /// - Parameter name: An option name without dashes.
  /// - Returns: The values, or an empty array if the option was absent.
  package func values(_ name: String) -> [String] {
    checkDeclared(name, as: .repeatedValue)
    return optionValues[name] ?? []
  }

  /// A `.value` option read as an integer in its declared range, or its declared default.
  ///
  /// - Parameter name: An option name without dashes, declared with an integer range and a
  ///   `.value` default.
  /// - Returns: The given value, or the declared default.
  /// - Throws: `CommandLineError.invalidValue` naming the option and its range.
  package func integer(_ name: String) throws(CommandLineError) -> Int {
    guard case .value(let text) = option(name).defaultValue, let fallback = Int(text) else {
      preconditionFailure("--\(name) of '\(spec.name)' declares no integer default")
    }
    return try integer(name, default: fallback)
  }

  /// A `.value` option read as an integer in its declared range, or `default` when absent (for
  /// options whose default depends on the input).
  ///
  /// - Parameters:
  ///   - name: An option name without dashes, declared with an integer range.
  ///   - default: The result when the option is absent; must lie in the range.
  /// - Returns: The given value, or `default`.
  /// - Throws: `CommandLineError.invalidValue` naming the option and its range when the value is
  ///   not a decimal integer in it.
  package func integer(_ name: String, default: Int) throws(CommandLineError) -> Int {
    guard case .integer(let allowed) = option(name).range else {
      preconditionFailure("--\(name) of '\(spec.name)' declares no integer range")
    }
    precondition(
      allowed.contains(`default`), "default \(`default`) of --\(name) is not in \(allowed)")
    guard let text = value(name) else { return `default` }
    guard let number = Int(text), allowed.contains(number) else {
      throw .invalidValue(
        option: name, value: text,
        allowed: "an integer in \(OptionSpec.Range.integer(allowed).description)")
    }
    return number
  }

  /// A `.value` option read as an unsigned 64-bit integer, such as a seed.
  ///
  /// - Parameters:
  ///   - name: An option name without dashes.
  ///   - default: The result when the option is absent.
  /// - Returns: The given value, or `default`.
  /// - Throws: `CommandLineError.invalidValue` naming the option and the full `UInt64` range when
  ///   the value is not a decimal integer in that range.
  package func unsignedInteger(_ name: String, default: UInt64) throws(CommandLineError) -> UInt64 {
    guard let text = value(name) else { return `default` }
    guard let number = UInt64(text) else {
      throw .invalidValue(option: name, value: text, allowed: "an integer in 0...\(UInt64.max)")
    }
    return number
  }

  /// A `.value` option read as a finite number in its declared range, or `default` when absent.
  ///
  /// NaN and infinities are never accepted.
  ///
  /// - Parameters:
  ///   - name: An option name without dashes, declared with a number range.
  ///   - default: The result when the option is absent; nil makes the option optional.
  /// - Returns: The given value, or `default`.
  /// - Throws: `CommandLineError.invalidValue` naming the option and its range when the value is
  ///   not a number in it.
  package func double(_ name: String, default: Double? = nil) throws(CommandLineError) -> Double? {
    guard case .number(let allowed) = option(name).range else {
      preconditionFailure("--\(name) of '\(spec.name)' declares no number range")
    }
    guard let text = value(name) else { return `default` }
    guard let number = Double(text), number.isFinite, allowed.contains(number) else {
      throw .invalidValue(
        option: name, value: text,
        allowed: "a number in \(OptionSpec.Range.number(allowed).description)")
    }
    return number
  }

  /// One of a declared set of words, matched without regard to case.
  ///
  /// - Parameters:
  ///   - name: An option name without dashes.
  ///   - choices: The accepted words, in the spelling returned.
  ///   - default: The result when the option is absent.
  /// - Returns: The choice matched, spelled as in `choices`, or `default`.
  /// - Throws: `CommandLineError.invalidValue` listing the choices.
  package func choice(_ name: String, among choices: [String], default: String)
    throws(CommandLineError) -> String
  {
    guard let text = value(name) else { return `default` }
    guard let match = choices.first(where: { $0.lowercased() == text.lowercased() }) else {
      throw .invalidValue(
        option: name, value: text, allowed: "one of " + choices.joined(separator: ", "))
    }
    return match
  }

  private func option(_ name: String) -> OptionSpec {
    guard let option = spec.option(named: name) else {
      preconditionFailure("'\(spec.name)' declares no option named '\(name)'")
    }
    return option
  }

  private func checkDeclared(_ name: String, as kind: OptionSpec.Kind) {
    guard let option = spec.option(named: name) else {
      preconditionFailure("'\(spec.name)' declares no option named '\(name)'")
    }
    precondition(
      option.kind == kind,
      "--\(name) of '\(spec.name)' is declared as \(option.kind), not \(kind)")
  }
}

extension CommandSpec {
  /// Parses the arguments that follow the command name.
  ///
  /// Rules, in the order they apply to each argument:
  /// - After `--`, every argument is positional.
  /// - `-h` and `--help` set the flag `help`. When it is set, missing or extra positionals are not
  ///   errors, so `caresim run --help` works without a scenario; other errors still are.
  /// - `--name=value` and `--name value` give a value; a flag given `=value` is an error.
  /// - An argument starting with `-` is an option, unless it is `-` alone or `-` followed by a
  ///   digit (`-0.5`), which are values or positionals.
  /// - Anything else is positional; positionals and options may be interleaved.
  ///
  /// - Parameter arguments: The arguments after the command name, e.g. `["a.json", "--seed", "7"]`.
  /// - Returns: The parsed arguments.
  /// - Throws: `CommandLineError` for the first argument that breaks a rule, then for missing or
  ///   extra positionals.
  package func parse(_ arguments: [String]) throws(CommandLineError) -> ParsedArguments {
    checkDeclarations()
    var positionalValues: [String] = []
    var flags: Set<String> = []
    var optionValues: [String: [String]] = [:]

    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        positionalValues += arguments[index...]
        break
      }
      guard let token = OptionToken(argument) else {
        positionalValues.append(argument)
        continue
      }
      // Of the single-dash spellings only `-h` exists; everything else is a long name.
      let option =
        token.isShort ? (token.name == "h" ? Self.helpOption : nil) : option(named: token.name)
      guard let option else {
        throw .unknownOption(
          String(token.spelling), command: name,
          suggestion: redirects[String(token.name)] ?? suggestion(for: token.name))
      }
      switch option.kind {
      case .flag:
        if let attached = token.attachedValue {
          throw .invalidValue(
            option: option.name, value: attached, allowed: "accepted; a flag takes no value")
        }
        flags.insert(option.name)
      case .value, .repeatedValue:
        let value: String
        if let attached = token.attachedValue {
          value = attached
        } else if index < arguments.endIndex, OptionToken(arguments[index]) == nil {
          value = arguments[index]
          index += 1
        } else {
          throw .missingValue(option: option.name)
        }
        optionValues[option.name, default: []].append(value)
      }
    }

    let standsAlone = options.contains {
      $0.standsAlone && (flags.contains($0.name) || optionValues[$0.name] != nil)
    }
    if !flags.contains(Self.helpOption.name) && !standsAlone {
      if positionalValues.count < positionals.count {
        throw .missingPositional(name: positionals[positionalValues.count].name, usage: usage)
      }
      if positionalValues.count > positionals.count {
        throw .unexpectedArgument(positionalValues[positionals.count], usage: usage)
      }
      for option in options where option.isRequired && optionValues[option.name] == nil {
        throw .missingOption(option: option.name, usage: usage)
      }
    }
    var positionalsByName: [String: String] = [:]
    for (positional, value) in zip(positionals, positionalValues) {
      positionalsByName[positional.name] = value
    }
    return ParsedArguments(
      spec: self, positionalValues: positionalsByName, flags: flags, optionValues: optionValues)
  }

  /// Traps on declarations no user input could make sense of, such as two options named alike.
  ///
  /// Checked on every parse rather than in `init`, because the properties are mutable.
  private func checkDeclarations() {
    var optionNames: Set<String> = []
    for option in options {
      precondition(
        !option.name.isEmpty && !option.name.hasPrefix("-") && !option.name.contains("="),
        "option name '\(option.name)' of '\(name)' must be non-empty, without dashes or '='")
      precondition(option.name != Self.helpOption.name, "'\(name)' must not declare --help")
      precondition(
        optionNames.insert(option.name).inserted, "'\(name)' declares --\(option.name) twice")
    }
    var positionalNames: Set<String> = []
    for positional in positionals {
      precondition(
        positionalNames.insert(positional.name).inserted,
        "'\(name)' declares positional \(positional.name) twice")
    }
  }

  /// The declared option (or `help`) nearest to a mistyped name, if within two edits.
  ///
  /// Two edits catch a dropped, doubled or swapped letter (`replication`, `seeed`, `sede`) without
  /// suggesting unrelated options; on a tie the option declared first wins.
  ///
  /// `typed` is the name without its dashes, so a single-dash slip (`-seed`) suggests `--seed`.
  private func suggestion(for typed: Substring) -> String? {
    let typed = Array(typed)
    var best: (name: String, distance: Int)?
    for candidate in options.map(\.name) + [Self.helpOption.name] {
      let distance = Self.editDistance(typed, Array(candidate))
      if distance <= 2, distance < best?.distance ?? .max {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
  ///
  /// Wagner and Fischer's dynamic programme (J. ACM 21(1), 1974) keeping one row: O(|a|·|b|)
  /// time, which is nothing for option names.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, characterA) in a.enumerated() {
      var current = [i + 1]
      for (j, characterB) in b.enumerated() {
        let substitution = previous[j] + (characterA == characterB ? 0 : 1)
        current.append(min(substitution, previous[j + 1] + 1, current[j] + 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

/// An argument that is spelled as an option, split into its parts.
private struct OptionToken {
  /// The option as typed, without any `=value`: `"--seed"` or `"-h"`.
  var spelling: Substring
  /// The name after the dashes: `"seed"` or `"h"`.
  var name: Substring
  /// Whether it was spelled with a single dash.
  var isShort: Bool
  /// The value after the first `=`, if any.
  var attachedValue: String?

  /// Splits `argument`, or returns `nil` if it is a value: `-` alone or `-` and a digit.
  init?(_ argument: String) {
    guard argument.hasPrefix("-"), argument.count > 1 else { return nil }
    let second = argument[argument.index(after: argument.startIndex)]
    guard !("0"..."9").contains(second) else { return nil }

    isShort = second != "-"
    if let equals = argument.firstIndex(of: "=") {
      spelling = argument[..<equals]
      attachedValue = String(argument[argument.index(after: equals)...])
    } else {
      spelling = argument[...]
      attachedValue = nil
    }
    name = spelling.dropFirst(isShort ? 1 : 2)
  }
}
