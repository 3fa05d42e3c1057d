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
        if option.kind == .value, let earlier = optionValues[option.name]?.first {
          // Silently keeping the last of two values would run with a choice the user may not
          // have meant.
          throw .repeatedOption(option: option.name, first: earlier, second: value)
        }
        optionValues[option.name, default: []].append(value)
      }
    }

    let standsAlone = options.contains {
      $0.standsAlone && (flags.contains($0.name) || optionValues[$0.name] != nil)
    }
    if !flags.contains(Self.helpOption.name) && !standsAlone {
      if positionalValues.count < positionals.count - optionalPositionals {
        throw .missingPositional(name: positionals[positionalValues.count].name, usage: usage)
      }
      if positionalValues.count > positionals.count && !takesMore {
        throw .unexpectedArgument(positionalValues[positionals.count], usage: usage)
      }
      for option in options where option.isRequired && optionValues[option.name] == nil {
        throw .missingOption(option: option.name, usage: usage)
      }
    }
    var positionalsByName: [String: [String]] = [:]
    for (index, positional) in positionals.enumerated() where index < positionalValues.count {
      positionalsByName[positional.name] =
        takesMore && index == positionals.count - 1
        ? Array(positionalValues[index...]) : [positionalValues[index]]
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

  /// The declared option (or `help`) nearest to a mistyped name, if it is a likely typo.
  ///
  /// `typed` is the name without its dashes, so a single-dash slip (`-seed`) suggests `--seed`.
  private func suggestion(for typed: Substring) -> String? {
    Self.closest(to: String(typed), among: options.map(\.name) + [Self.helpOption.name])
  }

  /// The candidate nearest to a mistyped name, if close enough to be a likely typo.
  ///
  /// A slip is a dropped, doubled, changed or swapped letter (`replication`, `seeed`, `sede`,
  /// `verison`); a name may take one slip for every three of its letters, and at most two, so a
  /// short name does not suggest a longer, unrelated one (`--for` is not `--force`). Capitals
  /// are no slip (`RUN` is `run`). On a tie the candidate listed first wins.
  ///
  /// - Parameters:
  ///   - typed: What the user typed.
  ///   - candidates: The names that exist, in the order to prefer them.
  /// - Returns: The nearest candidate, or nil when none is close enough.
  package static func closest(to typed: String, among candidates: [String]) -> String? {
    let typed = Array(typed.lowercased())
    let allowed = min(2, max(1, typed.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(typed, Array(candidate.lowercased()))
      if distance <= allowed, distance < best?.distance ?? .max {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The optimal string alignment distance: the fewest insertions, deletions, substitutions and
  /// swaps of two neighbouring letters from `a` to `b`.
  ///
  /// Wagner and Fischer's dynamic programme (J. ACM 21(1), 1974) with Damerau's swap (Commun.
  /// ACM 7(3), 1964), keeping two rows: O(|a|·|b|) time, which is nothing for names.
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var beforePrevious: [Int] = []
    var previous = Array(0...b.count)
    for i in a.indices {
      var current = [i + 1]
      for j in b.indices {
        var distance = min(
          previous[j] + (a[i] == b[j] ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
        if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
          distance = min(distance, beforePrevious[j - 1] + 1)
        }
        current.append(distance)
      }
      beforePrevious = previous
      previous = current
    }
    return previous[b.count]
  }
}
