import Testing

@testable import ArgumentParsing

/// Whose benefit a command counts, as a choice option reads it.
enum Payer: String, CaseIterable, Sendable {
  case wmo, zvw, society
}

/// A command with one typed option of every kind (`ParsedArgumentsTests` reads it too).
enum Solve {
  static let replications: Option<Int> = .integer(
    "replications", valueName: "N", help: "Number of replications.", default: 1000,
    range: 1...1_000_000)
  static let threads: Option<Int?> = .integer(
    "threads", valueName: "T", help: "Worker threads.", describedDefault: "all cores",
    range: 1...1024)
  static let seed: Option<UInt64?> = .unsignedInteger(
    "seed", valueName: "S", help: "Random seed.", describedDefault: "the scenario's")
  static let discount: Option<Double?> = .number(
    "discount", valueName: "RATE", help: "Annual discount rate.",
    describedDefault: "the scenario's", range: 0...0.2)
  static let payer: Option<Payer> = .choice(
    "for", valueName: "PAYER", help: "Whose benefit.", default: .society, word: \.rawValue)
  static let out: Option<String?> = .text("out", valueName: "DIR", help: "Output folder.")
  static let vary: Option<[String]> = .repeated("vary", valueName: "PATH", help: "A parameter.")
  static let verbose: Option<Bool> = .flag("verbose", help: "Print progress.")
  static let target: Option<String> = .required("target", valueName: "FILE", help: "Targets.")

  static let spec = CommandSpec(
    name: "solve", summary: "Solve.",
    options: [
      replications.spec, threads.spec, seed.spec, discount.spec, payer.spec, out.spec, vary.spec,
      verbose.spec, target.spec,
    ])

  /// The arguments parsed, with the required `--target` added.
  static func parse(_ arguments: [String]) throws -> ParsedArguments {
    try spec.parse(["--target", "t.json"] + arguments)
  }
}

@Suite struct OptionTests {
  @Test func aFixedDefaultIsReadAsTheValueHelpShows() throws {
    #expect(Solve.replications.spec.defaultValue == .value("1000"))
    #expect(try Solve.parse([])[Solve.replications] == 1000)
    #expect(try Solve.parse(["--replications", "1000000"])[Solve.replications] == 1_000_000)
  }

  @Test(arguments: ["abc", "0", "1000001", "1.5", "", " 5", "99999999999999999999"])
  func integerRejectsNonIntegersAndOutOfRange(text: String) throws {
    let parsed = try Solve.parse(["--replications=\(text)"])
    let expected = CommandLineError.invalidValue(
      option: "replications", value: text, allowed: "an integer in 1...1000000")
    #expect(throws: expected) { try parsed[Solve.replications] }
    #expect(
      expected.description
        == "error: --replications: '\(text)' is not an integer in 1...1000000")
  }

  @Test func aDescribedDefaultLeavesTheValueToTheCommand() throws {
    #expect(Solve.threads.spec.defaultValue == .described("all cores"))
    #expect(try Solve.parse([])[Solve.threads] == nil)
    #expect(try Solve.parse(["--threads", "4"])[Solve.threads] == 4)
    #expect(
      throws: CommandLineError.invalidValue(
        option: "threads", value: "0", allowed: "an integer in 1...1024")
    ) { try Solve.parse(["--threads", "0"])[Solve.threads] }
  }

  @Test func unsignedIntegerCoversTheFullRange() throws {
    #expect(try Solve.parse([])[Solve.seed] == nil)
    #expect(try Solve.parse(["--seed", "0"])[Solve.seed] == 0)
    #expect(try Solve.parse(["--seed", "18446744073709551615"])[Solve.seed] == UInt64.max)
  }

  @Test(arguments: ["-1", "18446744073709551616", "x", "1e3"])
  func unsignedIntegerRejectsOthers(text: String) throws {
    let parsed = try Solve.parse(["--seed", text])
    #expect(
      throws: CommandLineError.invalidValue(
        option: "seed", value: text, allowed: "an integer in 0...18446744073709551615")
    ) { try parsed[Solve.seed] }
  }

  @Test func numberIsNilWhenAbsentAndParsedWhenGiven() throws {
    #expect(try Solve.parse([])[Solve.discount] == nil)
    #expect(try Solve.parse(["--discount=0.035"])[Solve.discount] == 0.035)
  }

  @Test(arguments: ["-0.5", "0.25", "abc", "nan", "inf", "-inf", ""])
  func numberRejectsNonNumbersAndOutOfRange(text: String) throws {
    let parsed = try Solve.parse(["--discount=\(text)"])
    let expected = CommandLineError.invalidValue(
      option: "discount", value: text, allowed: "a number in 0...0.2")
    #expect(throws: expected) { try parsed[Solve.discount] }
  }

  @Test(arguments: [("WMO", Payer.wmo), ("Society", .society), ("zvw", .zvw)])
  func choiceIgnoresCase(typed: String, expected: Payer) throws {
    #expect(try Solve.parse(["--for", typed])[Solve.payer] == expected)
  }

  @Test func choiceShowsItsDefaultAndListsTheWordsItTakes() throws {
    #expect(Solve.payer.spec.defaultValue == .value("society"))
    #expect(try Solve.parse([])[Solve.payer] == .society)
    #expect(
      throws: CommandLineError.invalidValue(
        option: "for", value: "x", allowed: "one of wmo, zvw, society")
    ) { try Solve.parse(["--for", "x"])[Solve.payer] }
  }

  /// A slip of a choice's word is told the word it likely means, in the word's own spelling.
  @Test(arguments: [("wmoo", "wmo"), ("ZVV", "zvw"), ("socety", "society")])
  func aSlipOfAChoiceSuggestsItsWord(typed: String, meant: String) {
    #expect(
      throws: CommandLineError.invalidValue(
        option: "for", value: typed,
        allowed: "one of wmo, zvw, society; did you mean '\(meant)'?")
    ) { try Solve.parse(["--for", typed])[Solve.payer] }
  }

  @Test func textRepeatedFlagAndRequiredReadAsGiven() throws {
    let absent = try Solve.parse([])
    #expect(absent[Solve.out] == nil)
    #expect(try absent[Solve.vary] == [])
    #expect(!absent[Solve.verbose])
    #expect(try absent[Solve.target] == "t.json")
    let given = try Solve.parse(["--out", "o", "--vary", "a", "--vary", "b", "--verbose"])
    #expect(given[Solve.out] == "o")
    #expect(try given[Solve.vary] == ["a", "b"])
    #expect(given[Solve.verbose])
  }
}

#if compiler(>=6.2)
/// A declaration that contradicts itself is a bug in the command: it traps.
@Suite struct OptionProgrammerErrorTests {
  @Test func aDefaultOutsideTheRangeTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = Option<Int>.integer("n", valueName: "N", help: "", default: 0, range: 1...2)
    }
  }
}
#endif
