// The benchmark's options: one spec (the repository's ArgumentParsing) for parsing and help.

import ArgumentParsing
import Foundation

/// What `caresim-bench` was asked to print.
struct BenchOptions {
  static let quick: Option<Bool> = .flag(
    "quick", help: "Smaller sizes throughout, for a check in minutes rather than an hour")
  static let tornadoOnly: Option<Bool> = .flag(
    "tornado-only", help: "Only the tornado and the workshop page")
  static let profileOnly: Option<Bool> = .flag(
    "profile-only", help: "Only the control-arm profile (a calibration's trial point)")
  static let calibrateOnly: Option<Bool> = .flag(
    "calibrate-only", help: "Only the README's caresim calibrate command")
  static let memoryOnly: Option<Bool> = .flag(
    "memory-only", help: "Only a run's summary memory by replications")
  static let psaOnly: Option<Bool> = .flag(
    "psa-only", help: "Only the PSA of the default scenario (1,000 sets x 100 replications)")
  static let sweepOnly: Option<Bool> = .flag(
    "sweep-only",
    help: "Only the sweeps at 1,000 replications, the calibrated values included and left out")
  static let ladderOnly: Option<Bool> = .flag(
    "ladder-only", help: "Only the reference ladder against a two-thread numba kernel and C loop")
  static let instructionsOnly: Option<Bool> = .flag(
    "instructions-only",
    help: "Only the instructions per resident-month under callgrind on every shipped scenario")
  static let scalingOnly: Option<Bool> = .flag(
    "scaling-only", help: "Only the default scenario's throughput by threads")

  static let spec: CommandSpec = {
    var spec = CommandSpec(
      name: "caresim-bench",
      summary: "Prints CareSim's performance figures from the release build, run from the "
        + "repository root (the PSA, sweep, calibrate and callgrind figures run "
        + ".build/release/caresim). Without an --...-only option it prints every figure.",
      options: [quick.spec] + figureOptions.map(\.spec))
    spec.isExecutable = true
    return spec
  }()

  /// The options that ask for one figure alone.
  static let figureOptions = [
    psaOnly, sweepOnly, ladderOnly, instructionsOnly, scalingOnly, tornadoOnly, profileOnly,
    calibrateOnly, memoryOnly,
  ]

  var quick: Bool
  /// The one figure asked for, or nil for every figure.
  var only: Option<Bool>?

  /// Reads the command line; `--help` prints the options and exits, a bad option exits with one
  /// line on stderr.
  init(_ arguments: [String]) {
    let parsed: ParsedArguments
    do {
      parsed = try Self.spec.parse(arguments)
    } catch {
      // The parser's hints name `caresim COMMAND`; the benchmark is an executable of its own.
      let message =
        switch error {
        case .unknownOption(let option, _, let suggestion):
          "error: unknown option '\(option)'"
            + (suggestion.map { "; did you mean '--\($0)'?" } ?? "")
            + "; see 'caresim-bench --help'"
        default: error.description
        }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      exit(2)
    }
    if parsed.requestsHelp {
      print(Self.spec.helpText)
      exit(0)
    }
    quick = parsed[Self.quick]
    let chosen = Self.figureOptions.filter { parsed[$0] }
    guard chosen.count <= 1 else {
      FileHandle.standardError.write(
        Data(
          ("error: \(chosen.map { "--\($0.name)" }.joined(separator: " and ")): give one "
            + "--...-only option, or none for every figure\n").utf8))
      exit(2)
    }
    only = chosen.first
  }
}
