// caresim-bench: prints engine throughput and memory figures (release mode only).
//
// Usage: swift run -c release caresim-bench [OPTIONS]; `--help` lists the options.
// Every figure runs through the production path, which is what `caresim run` uses; the default
// scenario is also timed through the month-by-month oracle, and every shipped scenario through
// both, to show what the production order buys.
// Throughput counts resident-months of both arms: residents x months x 2 x replications / seconds,
// for the whole pipeline a run performs (simulation plus the summary's statistics), without file output.

import ArgumentParsing
import CareSimCore
import CareSimOutput
import CareSimScenario
import CareSimWorkshop
import Dispatch
import Foundation

/// Refuses a build whose figures would be meaningless: debug, or with internal checks.
func refuseUnmeasurableBuilds() {
  #if CARESIM_INTERNAL_CHECKS
  print(
    "INTERNAL CONSISTENCY CHECKING IS ENABLED: figures would be meaningless; rebuild without it.")
  exit(1)
  #endif
  #if DEBUG
  print("caresim-bench must be built in release mode: swift run -c release caresim-bench")
  exit(1)
  #endif
}
let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
refuseUnmeasurableBuilds()

let quick = options.quick
let cores = ProcessInfo.processInfo.activeProcessorCount

/// The shipped scenarios' names (`Scenarios/*.json`), sorted.
func shippedScenarioNames() -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? [])
    .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
}

func load(_ name: String) -> Scenario {
  do {
    return try Scenario.load(from: URL(fileURLWithPath: "Scenarios/\(name).json"))
  } catch {
    print("cannot load Scenarios/\(name).json (run from the repository root): \(error)")
    exit(1)
  }
}

/// A figure of this process's memory from Linux's /proc/self/status, in bytes: `VmHWM` is the
/// peak resident set size since the last ``resetPeakMemory()``, `VmRSS` the present one.
func memoryBytes(_ field: String) -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
    let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
  else { return .nan }
  return kilobytes * 1024
}

/// Peak resident set size of this process so far, in MiB.
func peakMemoryMiB() -> Double { memoryBytes("VmHWM") / (1024 * 1024) }

/// Starts the peak resident set size again from the present one (Linux 4.0 and later), so that
/// each figure's peak is its own.
func resetPeakMemory() {
  try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// A run's summary of `replications` copies of `outcome`, its monthly values kept in `store`:
/// the seconds it takes, the memory it holds once every replication is added and its peak, both
/// above the memory before it began, and the process's peak.
func summaryFigures<Store: MonthlyValueStore>(
  _ store: Store, parameters: ScenarioParameters, outcome: ReplicationOutcome,
  replications: Int, cores: Int
) throws(Store.Failure) -> (
  seconds: Double, keptBytes: Double, peakBytes: Double, processPeakBytes: Double
) {
  resetPeakMemory()
  let base = memoryBytes("VmRSS")
  let start = DispatchTime.now().uptimeNanoseconds
  var builder = OutcomeSummaryBuilder(
    parameters: parameters, threads: cores, store: store, replications: replications)
  var added = 0
  while added < replications {
    let count = min(RunBlock.size, replications - added)
    try builder.add(Array(repeating: outcome, count: count))
    added += count
  }
  let kept = memoryBytes("VmRSS") - base
  let summary = try builder.summary()
  precondition(summary.replications == replications, "the summary lost replications")
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  let peak = memoryBytes("VmHWM")
  return (seconds, kept, peak - base, peak)
}

/// Memory of a run's summary at many replications, without simulating them.
///
/// One replication's outcome of the default scenario is added again and again, its monthly
/// values kept where `caresim run` keeps them (``RunMonthlyValues``: in memory up to the budget,
/// in a temporary file past it) and, beside that, all in memory as before issue #22's bound.
/// "peak memory" is the process's, "kept" the memory held once every replication is added and
/// "peak" the most the summary takes, each per replication above the process's memory before it
/// began.
func summaryMemory(quick: Bool, cores: Int) {
  let parameters = load("neighbourhood").parameters
  let outcome = Simulation(parameters: parameters).run(seed: 1, replication: 0)
  let stated = MonthlyValuesInMemory.bytesPerReplication(months: parameters.months)
  print(
    "A run's summary by replications (default scenario, \(parameters.months) months, one outcome "
      + "repeated): monthly values of \(stated) bytes a replication, kept as caresim run keeps "
      + "them (in memory up to \(MonthlyValuesInMemory.budgetBytes >> 20) MiB, in a temporary "
      + "file past it) and all in memory")
  print(
    "replications  kept in  seconds  peak memory MiB  kept bytes/replication  "
      + "peak bytes/replication  file MB")
  for replications in quick ? [1_000, 10_000] : [1_000, 10_000, 100_000] {
    do {
      let store = try RunMonthlyValues(months: parameters.months, replications: replications)
      let file = store.file
      let run = try summaryFigures(
        store, parameters: parameters, outcome: outcome, replications: replications,
        cores: cores)
      let memory = summaryFigures(
        MonthlyValuesInMemory(months: parameters.months, replications: replications),
        parameters: parameters, outcome: outcome, replications: replications, cores: cores)
      for (name, figures, fileBytes) in [
        (file == nil ? "memory" : "file", run, file?.fileBytes ?? 0), ("memory", memory, 0),
      ] {
        print(
          String(format: "%12d  ", replications)
            + name.padding(toLength: 7, withPad: " ", startingAt: 0)
            + String(
              format: "  %7.2f  %15.1f  %22.0f  %22.0f  %7.1f", figures.seconds,
              figures.processPeakBytes / (1024 * 1024), figures.keptBytes / Double(replications),
              figures.peakBytes / Double(replications), Double(fileBytes) / 1e6))
      }
    } catch {
      print("cannot keep the monthly values in a temporary file: \(error)")
      exit(1)
    }
  }
}

struct Measurement {
  var seconds: Double
  var residentMonthsPerSecond: Double
  var checksum: Double
}

func measure(
  _ parameters: ScenarioParameters, replications: Int, threads: Int, order: LoopOrder = .fastest
) -> Measurement {
  let start = DispatchTime.now().uptimeNanoseconds
  let runner = ReplicationRunner(
    simulation: Simulation(parameters: parameters), seed: 20_261_123, threads: threads,
    arms: InterventionArm.allCases, order: order)
  let summary = runner.summary(replications: replications)
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  // Check the result and keep it alive, so the optimiser cannot drop the work.
  let checksum = summary.total(.control, .wlz, discounted: false).mean
  precondition(checksum.isFinite && checksum > 0, "benchmark run produced no costs")
  let residentMonths = Double(parameters.residents * parameters.months * 2 * replications)
  return Measurement(
    seconds: seconds, residentMonthsPerSecond: residentMonths / seconds, checksum: checksum)
}

func millions(_ rate: Double) -> String { String(format: "%.1f M", rate / 1e6) }

/// Right-aligns text in a column (String is not a C vararg on Linux, so no %@).
func pad(_ text: String, _ width: Int) -> String {
  String(repeating: " ", count: max(0, width - text.count)) + text
}

print("caresim-bench: \(cores) cores, release build\(quick ? ", quick mode" : "")")

// The control arm's profile, which each trial point of a calibration runs: its throughput. The
// calibration's own target (5 minutes on 2 cores) is timed on the README's command below.
func printControlArmProfileFigures() {
  let parameters = load("neighbourhood").parameters
  let simulation = Simulation(parameters: parameters)
  let replications = quick ? 50 : 200
  print("")
  print(
    "Control-arm profile (a calibration's trial point): neighbourhood, \(replications) "
      + "replications, control arm only")
  print("threads  seconds  resident-months/s")
  _ = simulation.controlArmProfile(seed: 20_261_123, replications: 0..<10, threads: cores)
  for threads in Set([1, cores]).sorted() {
    let start = DispatchTime.now().uptimeNanoseconds
    let profile = simulation.controlArmProfile(
      seed: 20_261_123, replications: 0..<replications, threads: threads)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Check the result and keep it alive.
    let living = profile.total().livingMonths
    precondition(living > 0 && profile.total().costs[.wlz] > 0, "the profile counted nothing")
    let rate = Double(parameters.residents * parameters.months * replications) / seconds
    print(String(format: "%7d  %7.2f  ", threads, seconds) + pad(millions(rate), 17))
  }
}

/// The README's `caresim calibrate` command as its words after `caresim` (a line ending in a
/// backslash continues on the next), so that the figure times what users run.
func readmeCalibrateCommand() -> [String] {
  guard let readme = try? String(contentsOfFile: "README.md", encoding: .utf8) else {
    print("cannot read README.md (run from the repository root)")
    exit(1)
  }
  var words: [String] = []
  for line in readme.split(separator: "\n") {
    let lineWords = line.split(separator: " ").map(String.init)
    if words.isEmpty && !lineWords.starts(with: ["caresim", "calibrate"]) { continue }
    words += lineWords.filter { $0 != "\\" }
    if lineWords.last != "\\" { break }
  }
  guard !words.isEmpty else {
    print("README.md shows no caresim calibrate command")
    exit(1)
  }
  return Array(words.dropFirst())
}

// `caresim calibrate` on the default scenario, as the README runs it, in a folder of its own:
// the target is 5 minutes on 2 cores.
func printCalibrationFigure() {
  printTimedCommand(readmeCalibrateCommand(), target: 300, cores: cores)
}

// A figure asked for alone is printed, and nothing else.
let figuresAlone: [(option: Option<Bool>, print: () -> Void)] = [
  (BenchOptions.profileOnly, printControlArmProfileFigures),
  (BenchOptions.calibrateOnly, printCalibrationFigure),
  (BenchOptions.memoryOnly, { summaryMemory(quick: quick, cores: cores) }),
  (BenchOptions.psaOnly, { printPSAFigure(quick: quick, cores: cores) }),
  (BenchOptions.sweepOnly, { printSweepFigure(quick: quick, cores: cores) }),
  (BenchOptions.ladderOnly, { printLadderAgainstC(quick: quick, cores: cores) }),
  (BenchOptions.instructionsOnly, { printInstructionsPerResidentMonth(quick: quick) }),
  (BenchOptions.scalingOnly, { printThreadScaling(quick: quick, cores: cores) }),
]
if let alone = figuresAlone.first(where: { $0.option.name == options.only?.name }) {
  alone.print()
  exit(0)
}

let tornadoOnly = options.only?.name == BenchOptions.tornadoOnly.name
if !tornadoOnly {
  printPSAFigure(quick: quick, cores: cores)
  printSweepFigure(quick: quick, cores: cores)
  printLadderAgainstC(quick: quick, cores: cores)
  printThreadScaling(quick: quick, cores: cores)
  printControlArmProfileFigures()
  if !quick { printCalibrationFigure() }
  print("")
  print("Throughput (resident-months per second, both arms counted)")
  print(
    "scenario            path            threads  replications  seconds  resident-months/s  target")
  // Both run through the production path; the month-by-month oracle's figure on the default
  // scenario shows what the reached-resident order buys.
  let throughputCases: [(name: String, order: LoopOrder, target: Double?)] = [
    ("reference-ladder", .fastest, 50e6), ("neighbourhood", .fastest, 50e6),
    ("neighbourhood", .monthByMonth, nil),
  ]
  for (name, order, target) in throughputCases {
    let parameters = load(name).parameters
    let replications = quick ? 100 : 1000
    _ = measure(parameters, replications: 20, threads: cores, order: order)  // warm-up
    let path = order == .fastest ? "production" : "month by month"
    for threads in Set([1, cores]).sorted() {
      let result = measure(parameters, replications: replications, threads: threads, order: order)
      var verdict = ""
      if let target, threads == cores {
        verdict = millions(target) + (result.residentMonthsPerSecond >= target ? " met" : " MISSED")
      }
      print(
        name.padding(toLength: 18, withPad: " ", startingAt: 0) + "  "
          + path.padding(toLength: 14, withPad: " ", startingAt: 0)
          + String(format: "  %7d  %12d  %7.2f  ", threads, replications, result.seconds)
          + pad(millions(result.residentMonthsPerSecond), 17) + "  " + verdict)
    }
  }

  print("")
  print("Paths on every shipped scenario (1 thread): what the production order buys")
  print("scenario               month by month  production  saved")
  for name in shippedScenarioNames() {
    let parameters = load(name).parameters
    let replications = max(
      1, (quick ? 2_000_000 : 10_000_000) / (parameters.residents * parameters.months))
    let oracle = measure(parameters, replications: replications, threads: 1, order: .monthByMonth)
    let production = measure(parameters, replications: replications, threads: 1)
    precondition(oracle.checksum == production.checksum, "\(name): the paths disagree")
    print(
      name.padding(toLength: 21, withPad: " ", startingAt: 0)
        + String(
          format: "  %12.2f s  %8.2f s  %4.0f%%", oracle.seconds, production.seconds,
          100 * (1 - production.seconds / oracle.seconds)))
  }

  print("")
  print(
    "Scaling with replications (neighbourhood, \(cores) threads); peak memory grows by the "
      + "monthly values kept for exact percentiles")
  print("replications  seconds  seconds per 1k  peak memory MiB")
  for replications in quick ? [250, 500, 1000] : [1000, 2000, 4000] {
    let result = measure(
      load("neighbourhood").parameters, replications: replications, threads: cores)
    print(
      String(
        format: "%12d  %7.2f  %14.2f  %15.1f", replications, result.seconds,
        result.seconds / Double(replications) * 1000, peakMemoryMiB()))
  }

  print("")
  summaryMemory(quick: quick, cores: cores)

  print("")
  print(
    "Scaling with population (neighbourhood, \(cores) threads, \(quick ? 100 : 500) replications)")
  print("residents  seconds  resident-months/s")
  for residents in [500, 1000, 2000, 4000] {
    var parameters = load("neighbourhood").parameters
    parameters.residents = residents
    let result = measure(parameters, replications: quick ? 100 : 500, threads: cores)
    print(
      String(format: "%9d  %7.2f  ", residents, result.seconds)
        + pad(millions(result.residentMonthsPerSecond), 17))
  }

}
print("")
let tornadoReplications = quick ? 100 : 1000
print(
  "Tornado: 20 parameters x 2 ends, \(tornadoReplications) replications a point, neighbourhood, "
    + "\(cores) threads (target: under 60 s at 1,000)")
let neighbourhood = load("neighbourhood")
let tornadoPaths = neighbourhood.ranges.keys.sorted().prefix(20)
var tornadoSettings: [ScenarioParameters] = []
for path in tornadoPaths {
  guard let range = neighbourhood.ranges[path] else { continue }
  for value in [range.lowerBound, range.upperBound] {
    do {
      tornadoSettings.append(try neighbourhood.setting([(path, value)]).parameters)
    } catch {
      print("cannot set \(path) to \(value): \(error)")
      exit(1)
    }
  }
}
let baseParameters = neighbourhood.parameters
// Settings with the base's branching projection share its control run; of those, the ones whose
// thresholds or uptake differ branch off it.
let sharing = tornadoSettings.filter {
  $0 != baseParameters && $0.branchingProjection == baseParameters.branchingProjection
}
let branching = sharing.count {
  $0.uptakeProjection.countingProjection != baseParameters.uptakeProjection.countingProjection
}
let tornadoStart = DispatchTime.now().uptimeNanoseconds
let evaluator = WhatIfEvaluator(
  base: baseParameters, replications: tornadoReplications, seed: 20_261_123, threads: cores)
let ends = evaluator.estimates(of: tornadoSettings).map { $0.netBenefit(.society).mean }
let swings = stride(from: 0, to: ends.count, by: 2).map { abs(ends[$0 + 1] - ends[$0]) }
let tornadoSeconds = Double(DispatchTime.now().uptimeNanoseconds - tornadoStart) / 1e9
precondition(swings.count == 20 && swings.allSatisfy(\.isFinite), "tornado did not complete")
print(
  String(
    format:
      "%.1f s for 41 points (of 40: %d share the base's control run, %d of them branching off it "
      + "where a threshold or uptake differs);", tornadoSeconds, sharing.count, branching)
    + (tornadoSeconds < 60 ? " met" : " MISSED"))

// The workshop page of the default scenario with its default knobs, as `caresim workshop` builds it.
print("")
let workshopReplications = 100
print(
  "Workshop page: the default scenario's default knobs, 3 levels each, \(workshopReplications) "
    + "replications a cell, \(cores) threads (targets: under 3 minutes, under 5 MB)")
let workshopStart = DispatchTime.now().uptimeNanoseconds
let knobs = WorkshopKnobs.defaults.compactMap { knob -> WorkshopGrid.Knob? in
  guard let range = neighbourhood.ranges[knob.path], let value = neighbourhood.number(at: knob.path)
  else { return nil }
  return WorkshopGrid.Knob(name: knob.path, range: range, value: value, count: 3)
}
let design = WorkshopGrid.design(for: knobs, limit: 256)
var cellSettings: [ScenarioParameters] = []
for cell in WorkshopGrid.combinations(knobs, design: design) {
  do {
    cellSettings.append(
      try neighbourhood.setting(zip(knobs, cell).map { ($0.name, $0.levels[$1]) }).parameters)
  } catch {
    print("cannot set a workshop cell: \(error)")
    exit(1)
  }
}
let grid = WorkshopGrid.evaluate(
  knobs: knobs, design: design, settings: cellSettings,
  with: WhatIfEvaluator(
    base: baseParameters, replications: workshopReplications, seed: 20_261_123, threads: cores))
let page = WorkshopPage.html(
  data: WorkshopData(
    scenario: neighbourhood, grid: grid, seed: 20_261_123, replications: workshopReplications
  ).document(), locale: .en)
let workshopSeconds = Double(DispatchTime.now().uptimeNanoseconds - workshopStart) / 1e9
precondition(grid.cells.count == cellSettings.count, "every cell computed")
print(
  String(
    format: "%d knobs, %d cells (%@): %.1f s, page %.2f MB;", knobs.count, grid.cells.count,
    design.rawValue, workshopSeconds, Double(page.utf8.count) / 1e6)
    + (workshopSeconds < 180 && page.utf8.count < 5_000_000 ? " met" : " MISSED"))

// Last, because reading a file at the size limit raises the process's peak memory, which the
// replication scaling above reports.
if !tornadoOnly {
  printInstructionsPerResidentMonth(quick: quick)
  print("")
  printScenarioParsingFigures(quick: quick)
}
