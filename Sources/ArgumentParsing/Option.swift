/// An option declared once, with the type its value reads as: the spec that parsing, usage and
/// help show, and the key a command reads the value by (`try parsed[samples]`).
///
/// A fixed default is a value of that type (`default: 200`), which help shows as text, so what
/// help says and what is read cannot differ. A default that depends on the input, such as the
/// scenario's seed, is described in words for help and makes the value optional: the command
/// supplies it (`try parsed[seed] ?? scenario.seed`).
package struct Option<Value>: Sendable {
  /// What parsing, usage and help know of the option; a command lists it in its `CommandSpec`.
  package let spec: OptionSpec
  /// Reads the value from arguments that a command declaring `spec` parsed.
  let read: @Sendable (ParsedArguments) throws(CommandLineError) -> Value

  /// The long name without dashes, such as `"replications"`.
  package var name: String { spec.name }
}

extension Option where Value == Bool {
  /// A flag: present or absent, taking no value.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - help: What the flag does.
  ///   - standsAlone: Whether the flag is a request of its own that needs no positionals.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func flag(_ name: String, help: String, standsAlone: Bool = false) -> Self {
    Self(spec: OptionSpec(name, kind: .flag, help: help, standsAlone: standsAlone)) {
      $0.flag(name)
    }
  }
}

extension Option where Value == String? {
  /// A value taken as typed, or nil when the option is absent.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - describedDefault: What the command does without it, for help; nil to show nothing.
  ///   - standsAlone: Whether the option is a request of its own that needs no positionals.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func text(
    _ name: String, valueName: String, help: String, describedDefault: String? = nil,
    standsAlone: Bool = false
  ) -> Self {
    Self(
      spec: OptionSpec(
        name, valueName: valueName, help: help,
        default: describedDefault.map { .described($0) } ?? .none, standsAlone: standsAlone)
    ) { $0.value(name) }
  }
}

extension Option where Value == String {
  /// A value the command cannot run without; parsing refuses a command line that lacks it.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func required(_ name: String, valueName: String, help: String) -> Self {
    Self(spec: OptionSpec(name, valueName: valueName, help: help, required: true)) { parsed in
      guard let value = parsed.value(name) else {
        preconditionFailure("--\(name) is required; read it only when the command runs")
      }
      return value
    }
  }
}

extension Option where Value == [String] {
  /// An option given once per value, all kept in order; empty when absent.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What one value does.
  ///   - describedDefault: What the command does without it, for help; nil to show nothing.
  ///   - required: Whether the command cannot run without at least one value.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func repeated(
    _ name: String, valueName: String, help: String, describedDefault: String? = nil,
    required: Bool = false
  ) -> Self {
    Self(
      spec: OptionSpec(
        name, kind: .repeatedValue, valueName: valueName, help: help,
        default: describedDefault.map { .described($0) } ?? .none, required: required)
    ) { $0.values(name) }
  }
}

extension Option where Value == Int {
  /// A decimal integer in `range`, or `default` when absent.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - default: The value when absent; must lie in `range`.
  ///   - range: The accepted values, shown in help and in the error for any other.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func integer(
    _ name: String, valueName: String, help: String, default: Int, range: ClosedRange<Int>
  ) -> Self {
    precondition(range.contains(`default`), "default \(`default`) of --\(name) is not in \(range)")
    let optional = Option<Int?>.integer(
      name, valueName: valueName, help: help, spec: .value(String(`default`)), range: range)
    return Self(spec: optional.spec) { parsed throws(CommandLineError) in
      try optional.read(parsed) ?? `default`
    }
  }
}

extension Option where Value == Int? {
  /// A decimal integer in `range`, or nil when absent: the default depends on the input.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - describedDefault: Where the value comes from without the option, for help.
  ///   - range: The accepted values, shown in help and in the error for any other.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func integer(
    _ name: String, valueName: String, help: String, describedDefault: String,
    range: ClosedRange<Int>
  ) -> Self {
    integer(
      name, valueName: valueName, help: help, spec: .described(describedDefault), range: range)
  }

  /// The integer option with the default its spec shows.
  fileprivate static func integer(
    _ name: String, valueName: String, help: String, spec defaultValue: OptionSpec.Default,
    range: ClosedRange<Int>
  ) -> Self {
    let allowed = OptionSpec.Range.integer(range)
    let spec = OptionSpec(
      name, valueName: valueName, help: help, default: defaultValue, range: allowed)
    return Self(spec: spec) { parsed throws(CommandLineError) in
      guard let text = parsed.value(name) else { return nil }
      guard let number = Int(text), range.contains(number) else {
        throw .invalidValue(
          option: name, value: text, allowed: "an integer in \(allowed.description)")
      }
      return number
    }
  }
}

extension Option where Value == UInt64? {
  /// A decimal integer in `0...UInt64.max`, such as a seed, or nil when absent.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - describedDefault: Where the value comes from without the option, for help.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func unsignedInteger(
    _ name: String, valueName: String, help: String, describedDefault: String
  ) -> Self {
    Self(
      spec: OptionSpec(
        name, valueName: valueName, help: help, default: .described(describedDefault))
    ) { parsed throws(CommandLineError) in
      guard let text = parsed.value(name) else { return nil }
      guard let number = UInt64(text) else {
        throw .invalidValue(option: name, value: text, allowed: "an integer in 0...\(UInt64.max)")
      }
      return number
    }
  }
}

extension Option where Value == Double? {
  /// A finite number in `range`, or nil when absent; NaN and infinities are never accepted.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - describedDefault: Where the value comes from without the option, for help.
  ///   - range: The accepted values, shown in help and in the error for any other.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func number(
    _ name: String, valueName: String, help: String, describedDefault: String,
    range: ClosedRange<Double>
  ) -> Self {
    let allowed = OptionSpec.Range.number(range)
    let spec = OptionSpec(
      name, valueName: valueName, help: help, default: .described(describedDefault),
      range: allowed)
    return Self(spec: spec) { parsed throws(CommandLineError) in
      guard let text = parsed.value(name) else { return nil }
      guard let number = Double(text), number.isFinite, range.contains(number) else {
        throw .invalidValue(
          option: name, value: text, allowed: "a number in \(allowed.description)")
      }
      return number
    }
  }
}

extension Option where Value: CaseIterable & Sendable {
  /// One of a type's cases, typed as its word and matched without regard to case; `default`
  /// when absent.
  ///
  /// A slip of a word (`nll`, `wmoo`) is told the word it is likely meant for.
  ///
  /// - Parameters:
  ///   - name: The long name without dashes.
  ///   - valueName: The placeholder shown in usage and help.
  ///   - help: What the option does.
  ///   - default: The case when absent; help shows its word.
  ///   - word: How a case is typed, such as its raw value.
  /// - Returns: The declaration, for the command's spec and for reading the value.
  package static func choice(
    _ name: String, valueName: String, help: String, default: Value,
    word: @escaping @Sendable (Value) -> String
  ) -> Self {
    let spec = OptionSpec(
      name, valueName: valueName, help: help, default: .value(word(`default`)))
    return Self(spec: spec) { parsed throws(CommandLineError) in
      guard let text = parsed.value(name) else { return `default` }
      guard let match = Value.allCases.first(where: { word($0).lowercased() == text.lowercased() })
      else {
        let words = Value.allCases.map(word)
        let hint =
          CommandSpec.closest(to: text, among: words).map { "; did you mean '\($0)'?" } ?? ""
        throw .invalidValue(
          option: name, value: text, allowed: "one of " + words.joined(separator: ", ") + hint)
      }
      return match
    }
  }
}
