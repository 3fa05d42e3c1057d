import Testing

@testable import ArgumentParsing

/// Each mistake prints as one line that starts with `error:` and says how to fix it.
@Suite struct CommandLineErrorTests {
  @Test func unknownOptionWithSuggestion() {
    #expect(
      parseError(run, ["a.json", "--replication", "5"])?.description
        == "error: unknown option '--replication': 'caresim run' has no such option; did you "
        + "mean '--replications'?")
  }

  @Test func unknownOptionWithoutSuggestion() {
    #expect(
      parseError(run, ["a.json", "--bogus"])?.description
        == "error: unknown option '--bogus': 'caresim run' has no such option; see "
        + "'caresim run --help'")
  }

  @Test func missingValue() {
    #expect(parseError(run, ["a.json", "--seed"])?.description == "error: --seed: missing value")
  }

  @Test func missingPositional() {
    #expect(
      parseError(run, ["--seed", "7"])?.description
        == "error: missing argument SCENARIO; usage: caresim run SCENARIO [--replications N] "
        + "[--seed N] [--discount RATE] [--verbose] [--output PATH ...]")
  }

  @Test func unexpectedArgument() {
    #expect(
      parseError(list, ["extra"])?.description
        == "error: unexpected argument 'extra'; usage: caresim list [--json]")
  }

  @Test func flagGivenAValue() {
    #expect(
      parseError(run, ["a.json", "--verbose=yes"])?.description
        == "error: --verbose: 'yes' is not accepted; a flag takes no value")
  }

  @Test func invalidValue() {
    let error = CommandLineError.invalidValue(
      option: "replications", value: "abc", allowed: "an integer in 1...1000000")
    #expect(error.description == "error: --replications: 'abc' is not an integer in 1...1000000")
  }

  @Test func unknownCommand() {
    let error = CommandLineError.unknownCommand("rn", available: ["run", "validate"])
    #expect(error.description == "error: unknown command 'rn'; available commands: run, validate")
  }

  @Test func unknownCommandWithSuggestion() {
    let error = CommandLineError.unknownCommand(
      "runn", available: ["run", "validate"], suggestion: "run")
    #expect(
      error.description
        == "error: unknown command 'runn'; did you mean 'run'? available commands: run, validate"
    )
  }

  @Test func repeatedOption() {
    #expect(
      parseError(run, ["a.json", "--replications", "5", "--replications=6"])?.description
        == "error: --replications is given twice ('5' and '6'); give it once")
  }

  @Test func unknownCommandWithNoneAvailable() {
    let error = CommandLineError.unknownCommand("rn", available: [])
    #expect(error.description == "error: unknown command 'rn'")
  }

  @Test func missingOption() {
    let error = CommandLineError.missingOption(
      option: "parameter", usage: "caresim solve --parameter PATH")
    #expect(
      error.description == "error: --parameter is required; usage: caresim solve --parameter PATH")
  }
}
