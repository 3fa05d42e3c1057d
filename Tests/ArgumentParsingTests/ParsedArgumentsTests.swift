import Testing

@testable import ArgumentParsing

/// Reading what a spec parsed: the value of an option, every value of a repeated one, and
/// nothing for an absent one.
@Suite struct ParsedArgumentsTests {
  /// A single value given twice is refused: silently keeping one would run a choice the user
  /// may not have meant.
  @Test func aValueOptionGivenTwiceIsRefused() throws {
    #expect(
      parseError(run, ["a.json", "--seed", "1", "--seed=2"])
        == .repeatedOption(option: "seed", first: "1", second: "2"))
    #expect(try run.parse(["a.json", "--seed", "3"]).value("seed") == "3")
  }

  @Test func repeatedValueOptionsAccumulateInOrder() throws {
    let parsed = try run.parse([
      "--output", "b.json", "a.json", "--output=a.csv", "--output", "b.json",
    ])
    #expect(parsed.values("output") == ["b.json", "a.csv", "b.json"])
  }

  @Test func absentOptionsReadAsNothing() throws {
    let parsed = try run.parse(["a.json"])
    #expect(parsed.positional("SCENARIO") == "a.json")
    #expect(!parsed.flag("verbose"))
    #expect(!parsed.requestsHelp)
    #expect(parsed.value("seed") == nil)
    #expect(parsed.values("output") == [])
  }

  /// `help` is declared by every command, so it can be read as a flag by name.
  @Test func helpReadsAsAFlagByName() throws {
    #expect(try list.parse(["-h"]).flag("help"))
    #expect(try !list.parse([]).flag("help"))
  }

  @Test func declaresIsTrueOnlyForTheOptionAsDeclared() throws {
    let parsed = try Solve.parse([])
    #expect(parsed.declares(Solve.verbose))
    #expect(!parsed.declares(Option<Bool>.flag("verbose", help: "Another help.")))
    #expect(!parsed.declares(Option<Bool>.flag("quiet", help: "Print nothing.")))
  }
}

#if compiler(>=6.2)
/// Reading what the command did not declare, or declared otherwise, is a bug in the command: it
/// traps.
@Suite struct ParsedArgumentsProgrammerErrorTests {
  @Test func readingAnUndeclaredNameTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = try? run.parse(["a.json"]).value("replication")
    }
  }

  @Test func readingAnOptionAsTheWrongKindTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = try? run.parse(["a.json"]).values("seed")
    }
  }

  @Test func readingAnUndeclaredPositionalTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = try? run.parse(["a.json"]).positional("SCENARIOS")
    }
  }

  @Test func readingAPositionalExcusedByHelpTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = try? run.parse(["--help"]).positional("SCENARIO")
    }
  }

  @Test func readingAnUndeclaredOptionTraps() async {
    await #expect(processExitsWith: .failure) {
      _ = try? Solve.parse([])[Option<Bool>.flag("quiet", help: "Print nothing.")]
    }
  }

  @Test func readingAnOptionDeclaredWithAnotherRangeTraps() async {
    await #expect(processExitsWith: .failure) {
      let other: Option<Int> = .integer(
        "replications", valueName: "N", help: "Number of replications.", default: 1000,
        range: 1...10)
      _ = try? Solve.parse([])[other]
    }
  }
}
#endif
