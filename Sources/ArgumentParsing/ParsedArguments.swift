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

  init(
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
