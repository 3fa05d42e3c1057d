extension CommandSpec {
  /// The usage line, such as `caresim run SCENARIO [--replications N] [--verbose]`.
  ///
  /// Required options are shown without brackets. `-h`/`--help` is left out: every command has it
  /// and the help text lists it.
  var usage: String { usageWords.joined(separator: " ") }

  /// The usage line's parts; an option and its value stay together when the line wraps.
  private var usageWords: [String] {
    (isExecutable ? [name] : [Self.toolName, name]) + positionalSynopsis
      + options.map { $0.isRequired ? Self.synopsis(of: $0) : "[\(Self.synopsis(of: $0))]" }
  }

  /// The positionals as usage shows them: `SCENARIO`, and an optional one in brackets,
  /// `[FOLDER]`.
  package var positionalSynopsis: [String] {
    positionals.enumerated().map { index, positional in
      index < positionals.count - optionalPositionals ? positional.name : "[\(positional.name)]"
    }
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

  /// `--name`, `--name VALUE` or `--name VALUE ...`, as usage and help show an option.
  private static func synopsis(of option: OptionSpec) -> String {
    switch option.kind {
    case .flag: "--\(option.name)"
    case .value: "--\(option.name) \(option.valueName)"
    case .repeatedValue: "--\(option.name) \(option.valueName) ..."
    }
  }

}
