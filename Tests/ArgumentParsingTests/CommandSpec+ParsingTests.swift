import Testing

@testable import ArgumentParsing

/// The arguments after the command name, read by the rules of `parse(_:)`: options and their
/// values, positionals, `--`, help, and the errors for each rule broken.
@Suite struct CommandSpecParsingTests {
  @Test func spaceAndEqualsFormsGiveTheSameValue() throws {
    let spaced = try run.parse(["a.json", "--seed", "7"])
    let joined = try run.parse(["a.json", "--seed=7"])
    #expect(spaced.value("seed") == "7")
    #expect(joined.value("seed") == "7")
  }

  @Test func attachedValueIsTakenVerbatimUpToTheFirstEquals() throws {
    let parsed = try run.parse(["a.json", "--seed=-x", "--output=a=b.csv", "--replications="])
    #expect(parsed.value("seed") == "-x")
    #expect(parsed.values("output") == ["a=b.csv"])
    #expect(parsed.value("replications") == "")
  }

  @Test func positionalsMayComeBeforeBetweenOrAfterOptions() throws {
    for arguments in [
      ["a.json", "--verbose", "--seed", "7"],
      ["--verbose", "a.json", "--seed", "7"],
      ["--verbose", "--seed", "7", "a.json"],
    ] {
      let parsed = try run.parse(arguments)
      #expect(parsed.positional("SCENARIO") == "a.json", "\(arguments)")
      #expect(parsed.flag("verbose"), "\(arguments)")
      #expect(parsed.value("seed") == "7", "\(arguments)")
    }
  }

  @Test func doubleDashMakesEverythingAfterItPositional() throws {
    let parsed = try run.parse(["--verbose", "--", "--seed"])
    #expect(parsed.positional("SCENARIO") == "--seed")
    #expect(parsed.value("seed") == nil)
    #expect(try run.parse(["--", "-h"]).positional("SCENARIO") == "-h")
    #expect(try !run.parse(["--", "-h"]).requestsHelp)
    #expect(try run.parse(["--", "--"]).positional("SCENARIO") == "--")
  }

  @Test func doubleDashDoesNotExcuseExtraPositionals() {
    #expect(throws: CommandLineError.unexpectedArgument("b", usage: run.usage)) {
      try run.parse(["--", "a", "b"])
    }
  }

  @Test(arguments: ["-h", "--help"])
  func helpIsAFlagOfEveryCommand(spelling: String) throws {
    #expect(try run.parse(["a.json", spelling]).requestsHelp)
    #expect(try list.parse([spelling]).requestsHelp)
    #expect(try !list.parse([]).requestsHelp)
  }

  @Test(arguments: [["--help"], ["-h", "a.json", "b.json"], ["a", "b", "c", "--help"]])
  func helpExcusesMissingAndExtraPositionals(arguments: [String]) throws {
    #expect(try run.parse(arguments).requestsHelp)
  }

  @Test func helpDoesNotExcuseOptionErrors() {
    #expect(parseError(run, ["--help", "--bogus"]) != nil)
    #expect(parseError(run, ["--help", "--seed"]) == .missingValue(option: "seed"))
  }

  @Test(arguments: [
    ("--verbose=yes", "verbose", "yes"),
    ("--verbose=", "verbose", ""),
    ("--help=x", "help", "x"),
    ("-h=x", "help", "x"),
  ])
  func flagGivenAValueIsAnError(argument: String, option: String, value: String) {
    let expected = CommandLineError.invalidValue(
      option: option, value: value, allowed: "accepted; a flag takes no value")
    #expect(parseError(run, ["a.json", argument]) == expected)
  }

  @Test(arguments: ["-0.5", "-3", "-1e3", "-0"])
  func dashFollowedByADigitIsAValue(number: String) throws {
    let parsed = try run.parse(["a.json", "--discount", number, "--output", number])
    #expect(parsed.value("discount") == number)
    #expect(parsed.values("output") == [number])
  }

  @Test func dashFollowedByADigitIsAPositional() throws {
    #expect(try run.parse(["-1"]).positional("SCENARIO") == "-1")
  }

  @Test func loneDashIsAnOrdinaryArgument() throws {
    // `-` conventionally means standard input; it is never an option.
    #expect(try run.parse(["-"]).positional("SCENARIO") == "-")
    #expect(try run.parse(["a.json", "--seed", "-"]).value("seed") == "-")
  }

  @Test func repeatedFlagIsStillSet() throws {
    #expect(try run.parse(["a.json", "--verbose", "--verbose"]).flag("verbose"))
  }

  @Test(arguments: [
    ["a.json", "--seed"], ["a.json", "--seed", "--verbose"], ["--seed", "--", "a"],
  ])
  func optionWithoutItsValueIsAnError(arguments: [String]) {
    #expect(parseError(run, arguments) == .missingValue(option: "seed"))
  }

  @Test func repeatedValueOptionNeedsAValueToo() {
    #expect(parseError(run, ["a.json", "--output"]) == .missingValue(option: "output"))
  }

  @Test func missingPositionalIsAnError() {
    #expect(parseError(run, []) == .missingPositional(name: "SCENARIO", usage: run.usage))
    #expect(
      parseError(run, ["--verbose"]) == .missingPositional(name: "SCENARIO", usage: run.usage))
  }

  @Test func extraPositionalIsAnError() {
    #expect(
      parseError(run, ["a.json", "b.json"]) == .unexpectedArgument("b.json", usage: run.usage))
    #expect(parseError(list, ["x"]) == .unexpectedArgument("x", usage: list.usage))
  }

  @Test func severalPositionalsAreAssignedInOrder() throws {
    let compare = CommandSpec(
      name: "compare", summary: "Compare two runs.",
      positionals: [(name: "BASELINE", help: ""), (name: "VARIANT", help: "")])
    let parsed = try compare.parse(["base.json", "variant.json"])
    #expect(parsed.positional("BASELINE") == "base.json")
    #expect(parsed.positional("VARIANT") == "variant.json")
    #expect(
      parseError(compare, ["base.json"])
        == .missingPositional(name: "VARIANT", usage: compare.usage))
  }

  @Test(
    arguments: [
      ("--replication", "--replication"),
      ("--replication=5", "--replication"),
      ("-x", "-x"),
      ("--", nil),  // the terminator, not an unknown option
    ] as [(String, String?)])
  func unknownOptionIsReportedAsTypedWithoutItsValue(argument: String, reported: String?) {
    let error = parseError(run, [argument, "a.json"])
    guard let reported else {
      #expect(error == nil)
      return
    }
    guard case .unknownOption(let option, let command, _) = error else {
      Issue.record("expected unknownOption, got \(String(describing: error))")
      return
    }
    #expect(option == reported)
    #expect(command == "run")
  }

  @Test func aMissingRequiredOptionNamesItAndTheUsage() {
    let spec = CommandSpec(
      name: "solve", summary: "Solve.",
      options: [OptionSpec("parameter", valueName: "PATH", help: "P", required: true)])
    #expect(
      parseError(spec, []) == .missingOption(option: "parameter", usage: spec.usage))
    #expect(parseError(spec, ["--help"]) == nil)
  }

  @Test func aFlagThatStandsAloneExcusesThePositionals() throws {
    let spec = CommandSpec(
      name: "study", summary: "S.", positionals: [(name: "NAME", help: "N")],
      options: [OptionSpec("list", kind: .flag, help: "List", standsAlone: true)])
    #expect(try spec.parse(["--list"]).flag("list"))
    #expect(parseError(spec, []) == .missingPositional(name: "NAME", usage: spec.usage))
  }

  @Test func aRedirectSuggestsTheOptionTheCommandSpellsOtherwise() {
    let spec = CommandSpec(
      name: "psa", summary: "P.", options: [OptionSpec("inner", valueName: "R", help: "R")],
      redirects: ["replications": "inner"])
    #expect(
      parseError(spec, ["--replications", "5"])
        == .unknownOption("--replications", command: "psa", suggestion: "inner"))
  }
}

/// A mistyped option suggests the declared one it most likely meant.
@Suite struct CommandSpecSuggestionTests {
  @Test(
    arguments: [
      ("--replication", "replications"),  // dropped letter
      ("--replicationss", "replications"),  // doubled letter
      ("--seeed", "seed"),
      ("--sede", "seed"),  // swapped letters: one swap
      ("--verbos", "verbose"),
      ("--hlep", "help"),  // the implicit option is a candidate too
      ("-seed", "seed"),  // single-dash slip
      ("-output", "output"),
      ("--Seed", "seed"),
      ("--replicates", nil),  // four edits away
      ("--sx", nil),  // three edits from "seed"
      ("--bogus", nil),
      ("-x", nil),
    ] as [(String, String?)])
  func suggestsTheClosestOptionWithinTwoEdits(typed: String, expected: String?) {
    let error = parseError(run, ["a.json", typed])
    #expect(error == .unknownOption(typed, command: "run", suggestion: expected))
  }

  /// A short name takes one slip for every three letters: `--for` is not a slip of `--force`
  /// (two letters short), while a long name takes two.
  @Test func aShortNameSuggestsOnlyACloseOption() {
    let spec = CommandSpec(
      name: "split", summary: "",
      options: [OptionSpec("force", kind: .flag, help: ""), OptionSpec("format", help: "")])
    #expect(
      parseError(spec, ["--for", "wmo"])
        == .unknownOption("--for", command: "split", suggestion: nil))
    #expect(
      parseError(spec, ["--forc"])
        == .unknownOption("--forc", command: "split", suggestion: "force"))
    #expect(
      parseError(spec, ["--formt"])
        == .unknownOption("--formt", command: "split", suggestion: "format"))
  }

  @Test func aCommandOrTheToolsOptionIsSuggested() {
    #expect(CommandSpec.closest(to: "runn", among: ["run", "validate"]) == "run")
    #expect(CommandSpec.closest(to: "--verison", among: ["--version", "--help"]) == "--version")
    #expect(CommandSpec.closest(to: "frobnicate", among: ["run", "validate"]) == nil)
    // Capitals are no slip: the candidate comes back as it is spelled.
    #expect(CommandSpec.closest(to: "RUN", among: ["run", "validate"]) == "run")
    #expect(CommandSpec.closest(to: "Replicatoins", among: ["replications"]) == "replications")
  }

  @Test func tieGoesToTheOptionDeclaredFirst() {
    // "sped" is one edit from both "seed" and "speed".
    let seedFirst = CommandSpec(
      name: "x", summary: "",
      options: [OptionSpec("seed", help: ""), OptionSpec("speed", help: "")])
    let speedFirst = CommandSpec(
      name: "x", summary: "",
      options: [OptionSpec("speed", help: ""), OptionSpec("seed", help: "")])
    #expect(
      parseError(seedFirst, ["--sped"])
        == .unknownOption("--sped", command: "x", suggestion: "seed"))
    #expect(
      parseError(speedFirst, ["--sped"])
        == .unknownOption("--sped", command: "x", suggestion: "speed"))
  }

  @Test func closerOptionWinsOverEarlierOne() {
    // "seedz" is two edits from "speed" (declared first) but one from "seed".
    let spec = CommandSpec(
      name: "x", summary: "",
      options: [OptionSpec("speed", help: ""), OptionSpec("seed", help: "")])
    #expect(
      parseError(spec, ["--seedz"]) == .unknownOption("--seedz", command: "x", suggestion: "seed"))
  }
}

#if compiler(>=6.2)
/// A spec no user input could make sense of is a bug in the command: parsing traps.
@Suite struct CommandSpecDeclarationTests {
  @Test func declaringAnOptionTwiceTraps() async {
    await #expect(processExitsWith: .failure) {
      let spec = CommandSpec(
        name: "x", summary: "", options: [OptionSpec("a", help: ""), OptionSpec("a", help: "")])
      _ = try? spec.parse([])
    }
  }

  @Test func declaringHelpTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = try? CommandSpec(name: "x", summary: "", options: [OptionSpec("help", help: "")]).parse([]
      )
    }
  }
}
#endif
