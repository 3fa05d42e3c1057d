// Instructions per resident-month under callgrind: a measure of the step's cost that a shared,
// busy machine does not blur, as wall-clock seconds are.

import Foundation

/// The instructions callgrind counts for `caresim run SCENARIO --replications N --threads 1`;
/// nil when the run fails.
private func instructions(scenario: String, replications: Int) -> Double? {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "caresim-bench-callgrind-\(ProcessInfo.processInfo.processIdentifier)")
  defer { try? FileManager.default.removeItem(at: folder) }
  guard
    let run = output(
      of: "/usr/bin/env",
      [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", caresimBinary, "run",
        scenario, "--replications", "\(replications)", "--threads", "1", "--out", folder.path,
        "--quiet",
      ]), run.status == 0,
    let line = run.text.split(separator: "\n").first(where: { $0.contains("Collected :") }),
    let count = Double(line.split(separator: " ").last ?? "")
  else { return nil }
  return count
}

/// Per shipped scenario, the instructions a resident-month costs in a whole `caresim run`: the
/// difference between runs of 2N and N replications, so the fixed costs (reading, the report)
/// drop out, over the N replications' resident-months of both arms.
func printInstructionsPerResidentMonth(quick: Bool) {
  print("")
  print(
    "Instructions per resident-month under callgrind (a whole caresim run, 1 thread; runs of 2N "
      + "less N replications, so reading and writing drop out)")
  guard let version = output(of: "/usr/bin/env", ["valgrind", "--version"]), version.status == 0
  else {
    print("skipped: valgrind is not installed")
    return
  }
  guard FileManager.default.isExecutableFile(atPath: caresimBinary) else {
    print("skipped: \(caresimBinary) is missing (swift build -c release first)")
    return
  }
  print("scenario                 N  instructions per resident-month")
  for name in shippedScenarioNames() {
    let parameters = load(name).parameters
    let residentMonths = Double(parameters.residents * parameters.months * 2)
    // About a million resident-months (a quarter when quick) in the N replications.
    let replications = max(2, Int((quick ? 250_000 : 1_000_000) / residentMonths))
    let path = "Scenarios/\(name).json"
    guard let single = instructions(scenario: path, replications: replications),
      let double = instructions(scenario: path, replications: 2 * replications)
    else {
      print(name.padding(toLength: 21, withPad: " ", startingAt: 0) + "  caresim run failed")
      continue
    }
    print(
      name.padding(toLength: 21, withPad: " ", startingAt: 0)
        + String(
          format: "  %3d  %31.0f", replications,
          (double - single) / (residentMonths * Double(replications))))
  }
}
