import Testing

@testable import ArgumentParsing

/// A command's declaration: looking up its options, the implicit `help` among them.
@Suite struct CommandSpecTests {
  @Test func findsADeclaredOptionByName() throws {
    let seed = try #require(run.option(named: "seed"))
    #expect(seed.name == "seed" && seed.valueName == "N")
    #expect(run.option(named: "seed"[...]) == seed)
  }

  @Test func helpIsAnOptionOfEveryCommand() {
    #expect(list.option(named: "help") == CommandSpec.helpOption)
    #expect(CommandSpec.helpOption.kind == .flag)
    #expect(CommandSpec(name: "bare", summary: "").option(named: "help")?.name == "help")
  }

  /// Lookup is exact: no prefix, case or dash matches (suggestions are parsing's part).
  @Test(arguments: ["", "see", "Seed", "--seed", "h", "replication"])
  func findsNothingForAnyOtherName(name: String) {
    #expect(run.option(named: name) == nil)
  }

  @Test func aCommandDeclaresNothingUnlessToldAndKeepsTheOrderGiven() {
    let bare = CommandSpec(name: "bare", summary: "Nothing.")
    #expect(bare.positionals.isEmpty && bare.options.isEmpty && bare.redirects.isEmpty)
    #expect(run.options.map(\.name) == ["replications", "seed", "discount", "verbose", "output"])
    #expect(run.positionals.map(\.name) == ["SCENARIO"])
  }
}
