import Foundation

/// Evaluates what-if settings of a scenario against its base, on common random numbers.
///
/// Every setting runs the same replication indices under the same seed as the base, so residents
/// and random numbers are shared and differences between settings are not noise. A setting that
/// leaves the control arm unchanged (equal ``ScenarioParameters/controlArmProjection``) reuses the
/// base's control arm and simulates only the intervention arm; settings evaluated together share
/// more (see ``totals(of:)``).
///
/// The base's replications run on first use, alongside the first settings evaluated together
/// when they can share a run, so that creating an evaluator is cheap and a caller can check all
/// its input before the long work starts.
public struct WhatIfEvaluator: Sendable {
  public let base: ScenarioParameters
  public let replications: Int
  public let seed: UInt64
  public let threads: Int
  let baseProjection: ScenarioParameters
  private let baseCache = ComputedOnce<[ReplicationTotals]>()

  public init(base: ScenarioParameters, replications: Int, seed: UInt64, threads: Int) {
    self.base = base
    self.replications = replications
    self.seed = seed
    self.threads = threads
    baseProjection = base.controlArmProjection
  }

  /// The base scenario's totals, one per replication.
  public var baseTotals: [ReplicationTotals] {
    baseCache.value {
      ScenarioEvaluation.totals(base, replications: replications, seed: seed, threads: threads)
    }
  }

  public func totals(_ parameters: ScenarioParameters) -> [ReplicationTotals] {
    if parameters == base { return baseTotals }
    let reusable = parameters.controlArmProjection == baseProjection
    return ScenarioEvaluation.totals(
      parameters, replications: replications, seed: seed, threads: threads,
      control: reusable ? baseTotals : nil)
  }

  /// The totals of several settings, in their order, sharing work between them.
  ///
  /// Settings with the base's ``ScenarioParameters/branchingProjection`` (two or more of them)
  /// share one run of the base's control arm per replication. Such a setting may change what the
  /// intervention does once residents have taken it up, any price, and the thresholds of the
  /// control arm's draws (binary covariates, signalling, crisis admission): the shared run notes
  /// when each resident takes up, and where a setting's thresholds first move a resident
  /// differently, and only those residents move again. Each setting then moves the residents its
  /// intervention reaches; settings that count the same (equal
  /// ``ScenarioParameters/countingProjection``) share that too and differ only in prices. The
  /// others run as in ``totals(_:)``.
  /// Every setting's totals have the bits of its plain run.
  public func totals(of settings: [ScenarioParameters]) -> [[ReplicationTotals]] {
    let baseBranching = base.branchingProjection
    var sharing = settings.indices.filter {
      settings[$0] != base && settings[$0].branchingProjection == baseBranching
    }
    // The shared control run pays off from two settings on; the base's own totals then come
    // almost free with it.
    if sharing.count < 2 { sharing = [] }
    let computesBase = !sharing.isEmpty && !baseCache.isComputed
    let shared = totalsSharingControlRun(
      sharing.map { settings[$0] } + (computesBase ? [base] : []))
    if computesBase, let baseTotals = shared.last { baseCache.store(baseTotals) }
    let sharedTotals = Dictionary(uniqueKeysWithValues: zip(sharing, shared))
    return settings.indices.map { sharedTotals[$0] ?? totals(settings[$0]) }
  }

  /// The estimates of several settings, in their order (see ``totals(of:)``).
  public func estimates(of settings: [ScenarioParameters]) -> [PointEstimate] {
    zip(settings, totals(of: settings)).map { parameters, totals in
      PointEstimate(
        totals: totals, split: parameters.fundingSplit, valuePerQALY: parameters.valuePerQALY)
    }
  }

  /// Runs settings with the base's ``ScenarioParameters/branchingProjection`` replication by
  /// replication: the base's control arm once, branched for each distinct set of thresholds, then
  /// the reached residents once per distinct count, then each setting's prices.
  func totalsSharingControlRun(_ settings: [ScenarioParameters]) -> [[ReplicationTotals]] {
    guard !settings.isEmpty else { return [] }
    let baseSimulation = Simulation(parameters: base)
    let simulations = settings.map { Simulation(parameters: $0) }
    let weights = settings.map { ReplicationTotals.weights($0) }
    // Settings with the base's thresholds use its control run; the others one branch each.
    let baseThresholds = baseSimulation.controlArmThresholds
    var branchThresholds: [ControlArmThresholds] = []
    var branches: [Simulation] = []
    let runIndex = simulations.map { simulation -> Int in
      let thresholds = simulation.controlArmThresholds
      if thresholds == baseThresholds { return 0 }
      if let known = branchThresholds.firstIndex(of: thresholds) { return known + 1 }
      branchThresholds.append(thresholds)
      branches.append(simulation)
      return branches.count
    }
    // Settings that count the same share their intervention arm's tally, run by one of them.
    // Whether efficiency acts only splits participants' care classes: a setting in which it does
    // not takes the tally of one in which it does, with the classes merged.
    var countings: [ScenarioParameters] = []
    var countedBy: [Int] = []
    let countingIndex = settings.indices.map { index -> Int in
      var counting = settings[index].countingProjection
      counting.mechanisms.efficiency = Efficiency(costMultiplier: 1, funders: [])
      guard let known = countings.firstIndex(of: counting) else {
        countings.append(counting)
        countedBy.append(index)
        return countings.count - 1
      }
      if simulations[index].constants.hasEfficiency {
        countedBy[known] = index
      }
      return known
    }
    let seed = seed
    let batch = ThresholdWatch.maximumVariants
    let branchSimulations = branches
    let counters = countedBy
    // Each replication's totals depend only on (seed, replication, setting): the same bits on any
    // thread count. A watch follows at most 64 branches; more take more runs of the control arm.
    let byReplication = concurrentMap(replications, threads: threads) { replication in
      let runs = stride(from: 0, to: max(branchSimulations.count, 1), by: batch).flatMap { first in
        let runs = baseSimulation.runControlArmNotingUptake(
          seed: seed, replication: replication,
          branches: Array(branchSimulations[first..<min(first + batch, branchSimulations.count)]))
        return first == 0 ? runs : Array(runs.dropFirst())
      }
      var interventionTallies = [ArmTally?](repeating: nil, count: counters.count)
      return simulations.indices.map { index in
        let run = runs[runIndex[index]]
        let counter = counters[countingIndex[index]]
        let counted =
          interventionTallies[countingIndex[index]]
          ?? simulations[counter].interventionTally(after: run)
        interventionTallies[countingIndex[index]] = counted
        let efficiencyActs = simulations[index].constants.hasEfficiency
        let tally =
          efficiencyActs == simulations[counter].constants.hasEfficiency
          ? counted : counted.mergingEfficiencyClasses()
        return ReplicationTotals(
          simulations[index].outcome(control: run.record.control, intervention: tally),
          costWeights: weights[index].costs, effectWeights: weights[index].effects)
      }
    }
    return settings.indices.map { index in byReplication.map { $0[index] } }
  }

  public func estimate(_ parameters: ScenarioParameters) -> PointEstimate {
    PointEstimate(
      totals: totals(parameters), split: parameters.fundingSplit,
      valuePerQALY: parameters.valuePerQALY)
  }
}

/// A value computed once, by the first caller that needs it; callers on other threads wait.
final class ComputedOnce<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var computed: Value?

  var isComputed: Bool { lock.withLock { computed != nil } }

  func value(_ compute: () -> Value) -> Value {
    lock.withLock {
      if let computed { return computed }
      let value = compute()
      computed = value
      return value
    }
  }

  /// Keeps `value` unless one was computed already (both have the same bits).
  func store(_ value: Value) {
    lock.withLock { if computed == nil { computed = value } }
  }
}
