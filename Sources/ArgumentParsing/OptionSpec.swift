/// One option a command accepts, spelled `--name` on the command line.
///
/// The spec carries everything help shows about the option (its value's range, its default,
/// whether it is required) as typed data, so that help cannot drift from what parsing does.
package struct OptionSpec: Sendable, Equatable {
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
  enum Range: Sendable, Equatable {
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
  var valueName: String
  /// What the option does, shown in the help text (wrapped there).
  var help: String
  /// The value when the option is absent.
  package var defaultValue: Default
  /// The accepted values of a numeric option.
  var range: Range?
  /// Whether the command cannot run without the option.
  package var isRequired: Bool
  /// Whether the option, like `--help`, is a request of its own that needs no positional
  /// arguments (`caresim validate-study --list`, `caresim workshop --all FOLDER`).
  var standsAlone: Bool

  /// Declares an option; commands declare theirs through ``Option``, which adds the type.
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
  init(
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
