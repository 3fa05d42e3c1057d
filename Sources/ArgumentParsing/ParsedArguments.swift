/// The arguments a `CommandSpec` parsed: positionals by name, flags and option values.
///
/// Options are read by their typed declarations (``Option``). Reading one the command did not
/// declare, or declared otherwise, traps: that is a bug in the command, not a user mistake, and
/// trapping finds it in the first test that reaches it.
package struct ParsedArguments: Sendable {
  private let spec: CommandSpec
  private let positionalValues: [String: [String]]
  private let flags: Set<String>
  private let optionValues: [String: [String]]

  init(
    spec: CommandSpec,
    positionalValues: [String: [String]],
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
  /// Positionals may be missing only when help was requested, so check `requestsHelp` first.
  ///
  /// - Parameter name: A positional name the command declares, e.g. `"SCENARIO"`.
  /// - Returns: The argument the user gave in that position.
  package func positional(_ name: String) -> String {
    precondition(
      spec.positionals.contains { $0.name == name },
      "'\(spec.name)' declares no positional named '\(name)'")
    return positionals(name)[0]
  }

  /// Every value of a declared positional: one, or for the last positional of a command that
  /// takes more (``CommandSpec/takesMore``), one or more.
  package func positionals(_ name: String) -> [String] {
    precondition(
      spec.positionals.contains { $0.name == name },
      "'\(spec.name)' declares no positional named '\(name)'")
    guard let values = positionalValues[name] else {
      preconditionFailure("positional '\(name)' is missing; check requestsHelp before reading it")
    }
    return values
  }

  /// The value of a declared positional argument the command lets the user leave out; nil when
  /// left out.
  package func positionalIfGiven(_ name: String) -> String? {
    precondition(
      spec.positionals.contains { $0.name == name },
      "'\(spec.name)' declares no positional named '\(name)'")
    return positionalValues[name]?.first
  }

  /// Whether `-h` or `--help` was given; then positionals and required options may be missing.
  package var requestsHelp: Bool { flag(CommandSpec.helpOption.name) }

  /// Whether the command declares `option` (shared code asks before it reads one that not every
  /// command has).
  package func declares<Value>(_ option: Option<Value>) -> Bool {
    spec.options.contains(option.spec)
  }

  /// The value of a declared option, read as its declaration says.
  ///
  /// - Parameter option: An option the command declares, exactly as declared.
  /// - Returns: The value given, or the option's default.
  /// - Throws: `CommandLineError.invalidValue` naming the option and what it accepts.
  package subscript<Value>(option: Option<Value>) -> Value {
    get throws(CommandLineError) {
      checkDeclared(option)
      return try option.read(self)
    }
  }

  /// Whether a declared flag was given; reading a flag cannot fail.
  package subscript(option: Option<Bool>) -> Bool {
    checkDeclared(option)
    return flag(option.name)
  }

  /// The value of a declared option taken as typed; reading it cannot fail.
  package subscript(option: Option<String?>) -> String? {
    checkDeclared(option)
    return value(option.name)
  }

  /// Whether a declared flag was given; `"help"` is always declared.
  ///
  /// - Parameter name: A flag name without dashes.
  /// - Returns: `true` if the flag appeared at least once.
  func flag(_ name: String) -> Bool {
    checkDeclared(name, as: .flag)
    return flags.contains(name)
  }

  /// The value of a declared `.value` option (the parser refuses one given twice).
  ///
  /// - Parameter name: An option name without dashes.
  /// - Returns: The value given, or `nil` if the option was absent.
  func value(_ name: String) -> String? {
    checkDeclared(name, as: .value)
    return optionValues[name]?.last
  }

  /// Every value of a declared `.repeatedValue` option, in the order given.
  ///
  /// - Parameter name: An option name without dashes.
  /// - Returns: The values, or an empty array if the option was absent.
  func values(_ name: String) -> [String] {
    checkDeclared(name, as: .repeatedValue)
    return optionValues[name] ?? []
  }

  /// Traps unless the command declares `option` as it is read: a key declared apart from the
  /// command's spec could check another range or show another default.
  private func checkDeclared<Value>(_ option: Option<Value>) {
    precondition(
      declares(option), "'\(spec.name)' does not declare --\(option.name) as it is read")
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
