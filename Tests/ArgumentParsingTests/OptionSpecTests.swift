import Testing

@testable import ArgumentParsing

/// What help says of an option: its text, then its range, default and "required" in brackets.
@Suite struct OptionSpecTests {
  @Test(
    arguments: [
      (OptionSpec("seed", help: "Base random seed."), "Base random seed."),
      (
        OptionSpec("n", help: "Replications.", range: .integer(1...1000)),
        "Replications. (1...1000)"
      ),
      (
        OptionSpec("n", help: "Replications.", default: .value("200")),
        "Replications. (default: 200)"
      ),
      (
        OptionSpec("seed", help: "Seed.", default: .described("the scenario's")),
        "Seed. (default: the scenario's)"
      ),
      (OptionSpec("target", help: "Targets.", required: true), "Targets. (required)"),
      (
        OptionSpec(
          "rate", help: "Rate.", default: .value("0.5"), range: .number(0...1), required: true),
        "Rate. (0...1; default: 0.5; required)"
      ),
    ] as [(OptionSpec, String)])
  func fullHelpAppendsRangeDefaultAndRequiredInThatOrder(option: OptionSpec, expected: String) {
    #expect(option.fullHelp == expected)
  }

  @Test(
    arguments: [
      (.integer(1...1_000_000), "1...1000000"),
      (.integer(-5...5), "-5...5"),
      (.number(0...0.2), "0...0.2"),
      (.number(-0.5...1.5), "-0.5...1.5"),
      (.number(1e-12...1), "1e-12...1"),
    ] as [(OptionSpec.Range, String)])
  func rangeReadsAsHelpAndErrorsShowIt(range: OptionSpec.Range, expected: String) {
    #expect(range.description == expected)
  }

  @Test func aPlainDeclarationTakesOneValueWithNoDefaultRangeOrRequirement() {
    let plain = OptionSpec("out", help: "Folder.")
    #expect(plain.kind == .value)
    #expect(plain.valueName == "VALUE")
    #expect(plain.defaultValue == .none)
    #expect(plain.range == nil)
    #expect(!plain.isRequired && !plain.standsAlone)
  }

  /// Two declarations are the same option only when everything help shows agrees: `declares`
  /// relies on it to refuse reading an option declared apart from the spec.
  @Test func specsDifferingInAnyShownPartAreDifferent() {
    let base = OptionSpec("n", valueName: "N", help: "Count.", range: .integer(1...9))
    #expect(base == OptionSpec("n", valueName: "N", help: "Count.", range: .integer(1...9)))
    #expect(base != OptionSpec("n", valueName: "N", help: "Count.", range: .integer(1...8)))
    #expect(base != OptionSpec("n", valueName: "K", help: "Count.", range: .integer(1...9)))
    #expect(base != OptionSpec("n", valueName: "N", help: "Counts.", range: .integer(1...9)))
    #expect(
      base
        != OptionSpec("n", valueName: "N", help: "Count.", range: .integer(1...9), required: true))
  }
}
