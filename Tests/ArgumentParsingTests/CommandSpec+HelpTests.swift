import Testing

@testable import ArgumentParsing

/// The usage line and the help text, both made from the spec.
@Suite struct CommandSpecHelpTests {
  @Test func usageListsPositionalsThenOptionsInDeclarationOrder() {
    #expect(
      run.usage
        == "caresim run SCENARIO [--replications N] [--seed N] [--discount RATE] [--verbose] "
        + "[--output PATH ...]")
    #expect(list.usage == "caresim list [--json]")
  }

  @Test func helpTextAlignsArgumentsAndOptionsInOneColumnWithRangesAndDefaults() {
    let expected = """
      Run a scenario and write its reports.

      Usage: caresim run SCENARIO [--replications N] [--seed N] [--discount RATE]
               [--verbose] [--output PATH ...]

      Arguments:
        SCENARIO           Path to the scenario JSON file.

      Options:
        --replications N   Number of replications. (1...1000000; default: 1000)
        --seed N           Base random seed.
        --discount RATE    Annual discount rate. (0...0.2; default: the scenario's)
        --verbose          Print progress to stderr.
        --output PATH ...  Report file to write.
        -h, --help         Show this help.
      """
    #expect(run.helpText == expected)
  }

  @Test func helpTextWrapsAt80ColumnsAndMarksRequiredOptions() {
    let spec = CommandSpec(
      name: "solve", summary: "Solve.",
      options: [
        OptionSpec(
          "parameter", valueName: "PATH",
          help: "The parameter to solve for, named by its path in the scenario file as every "
            + "what-if command names it", required: true),
        OptionSpec("a-very-long-option-name-indeed", valueName: "VALUE", help: "Short."),
      ])
    let expected = """
      Solve.

      Usage: caresim solve --parameter PATH [--a-very-long-option-name-indeed VALUE]

      Options:
        --parameter PATH                The parameter to solve for, named by its path
                                        in the scenario file as every what-if command
                                        names it (required)
        --a-very-long-option-name-indeed VALUE
                                        Short.
        -h, --help                      Show this help.
      """
    #expect(spec.helpText == expected)
    for line in spec.helpText.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }

  @Test func helpTextOmitsEmptySectionsAndTrailingSpaces() {
    let expected = """
      List the bundled scenarios.

      Usage: caresim list [--json]

      Options:
        --json
        -h, --help  Show this help.
      """
    #expect(list.helpText == expected)
  }

  /// A required option stands without brackets in the usage line, a repeated one with `...`.
  @Test func usageShowsRequiredOptionsBareAndRepeatedOnesWithAnEllipsis() {
    let spec = CommandSpec(
      name: "sweep", summary: "Sweep.", positionals: [(name: "SCENARIO", help: "")],
      options: [
        OptionSpec("vary", kind: .repeatedValue, valueName: "PATH", help: "", required: true),
        OptionSpec("target", valueName: "FILE", help: "", required: true),
        OptionSpec("quiet", kind: .flag, help: ""),
      ])
    #expect(spec.usage == "caresim sweep SCENARIO --vary PATH ... --target FILE [--quiet]")
  }

  /// An executable of its own (the benchmark) is used by its name alone, not as a command of
  /// `caresim`.
  @Test func anExecutablesUsageStartsWithItsNameAlone() {
    var spec = CommandSpec(
      name: "caresim-bench", summary: "Bench.",
      options: [OptionSpec("quick", kind: .flag, help: "")])
    spec.isExecutable = true
    #expect(spec.usage == "caresim-bench [--quick]")
    #expect(spec.helpText.contains("Usage: caresim-bench [--quick]"))
  }

  /// The usage line wraps between options, never inside one, and its continuation lines stand
  /// under the first option after `Usage: `.
  @Test func usageWrapsBetweenOptionsAndKeepsEachWhole() {
    let options = (1...8).map { OptionSpec("option\($0)", valueName: "VALUE", help: "") }
    let spec = CommandSpec(name: "many", summary: "Many.", options: options)
    let usage = spec.helpText.split(separator: "\n").filter {
      $0.hasPrefix("Usage: ") || $0.hasPrefix("         ")
    }
    #expect(
      usage == [
        "Usage: caresim many [--option1 VALUE] [--option2 VALUE] [--option3 VALUE]",
        "         [--option4 VALUE] [--option5 VALUE] [--option6 VALUE] [--option7 VALUE]",
        "         [--option8 VALUE]",
      ])
  }

  /// An option without help text still shows its range, with no stray space before it.
  @Test func anOptionWithoutHelpTextStillShowsItsRange() {
    let spec = CommandSpec(
      name: "count", summary: "Count.",
      options: [OptionSpec("count", valueName: "N", help: "", range: .integer(1...9))])
    #expect(spec.helpText.contains("\n  --count N   (1...9)\n"))
  }
}
