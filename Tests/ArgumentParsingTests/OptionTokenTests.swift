import Testing

@testable import ArgumentParsing

/// Splitting an argument spelled as an option into its dashes, name and attached value.
@Suite struct OptionTokenTests {
  struct Split: Sendable, CustomTestStringConvertible {
    var argument: String
    var spelling: String
    var name: String
    var isShort: Bool
    var attachedValue: String?
    var testDescription: String { argument }
  }

  @Test(
    arguments: [
      Split(argument: "--seed", spelling: "--seed", name: "seed", isShort: false),
      Split(
        argument: "--seed=7", spelling: "--seed", name: "seed", isShort: false, attachedValue: "7"),
      // Only the first `=` splits: the value may hold more.
      Split(
        argument: "--output=a=b.csv", spelling: "--output", name: "output", isShort: false,
        attachedValue: "a=b.csv"),
      Split(
        argument: "--replications=", spelling: "--replications", name: "replications",
        isShort: false, attachedValue: ""),
      Split(
        argument: "--seed=-1", spelling: "--seed", name: "seed", isShort: false, attachedValue: "-1"
      ),
      Split(argument: "-h", spelling: "-h", name: "h", isShort: true),
      Split(argument: "-h=x", spelling: "-h", name: "h", isShort: true, attachedValue: "x"),
      Split(argument: "-seed", spelling: "-seed", name: "seed", isShort: true),
      // The terminator splits like any option; parsing takes it before asking.
      Split(argument: "--", spelling: "--", name: "", isShort: false),
      Split(argument: "---x", spelling: "---x", name: "-x", isShort: false),
      // Only a digit after the dash makes a value; `-.5` is an option.
      Split(argument: "-.5", spelling: "-.5", name: ".5", isShort: true),
    ])
  func splitsAnOptionIntoItsParts(_ split: Split) throws {
    let token = try #require(OptionToken(split.argument))
    #expect(token.spelling == split.spelling)
    #expect(token.name == split.name)
    #expect(token.isShort == split.isShort)
    #expect(token.attachedValue == split.attachedValue)
  }

  /// `-` alone (standard input, by convention) and a negative number are values, not options.
  @Test(arguments: ["-", "-0", "-0.5", "-3", "-1e3", "a.json", "", "7", "a=b"])
  func valuesAreNotOptions(argument: String) {
    #expect(OptionToken(argument) == nil)
  }
}
