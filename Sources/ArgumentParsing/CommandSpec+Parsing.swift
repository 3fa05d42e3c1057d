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
