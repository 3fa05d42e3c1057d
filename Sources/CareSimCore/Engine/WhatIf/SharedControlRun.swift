/// What-if settings evaluated together on one run of their base's control arm per replication.
///
/// This is the boundary of the what-if sharing: ``WhatIfEvaluator`` asks which settings can share
/// (``canShare(_:)``) and their totals (``totals(of:)``); the watch, the branches, the projections
/// and the shared run stay behind it. Every setting's totals have the bits of its plain run.
struct SharedControlRun: Sendable {
  let base: ScenarioParameters
  let replications: Int
  let seed: UInt64
  let threads: Int
  let baseBranching: ScenarioParameters

  init(base: ScenarioParameters, replications: Int, seed: UInt64, threads: Int) {
    self.base = base
    self.replications = replications
    self.seed = seed
    self.threads = threads
    baseBranching = base.branchingProjection
  }

  /// Whether `setting` can share the base's control run: it may change what the intervention does
  /// once residents have taken it up, any price, and the thresholds of the control arm's draws.
  func canShare(_ setting: ScenarioParameters) -> Bool {
    setting.branchingProjection == baseBranching
  }

  /// Runs settings that ``canShare(_:)`` replication by replication: the base's control arm once,
  /// branched for each distinct set of thresholds, then the reached residents once per distinct
  /// count, then each setting's prices; with `evidenceOfLast`, also what the last setting's scope
  /// warnings read (see ``ScopeEvidence``).
  func totals(
    of settings: [ScenarioParameters], evidenceOfLast: Bool = false
  ) -> (totals: [[ReplicationTotals]], evidence: ScopeEvidence?) {
    guard let last = settings.last else { return ([], nil) }
    precondition(settings.allSatisfy(canShare), "a setting that cannot share the control run")
    let baseSimulation = Simulation(parameters: base)
    let simulations = settings.map { Simulation(parameters: $0) }
    let weights = settings.map { ReplicationTotals.weights($0) }
    let (runIndex, branches) = Self.controlRuns(of: simulations, base: baseSimulation)
    let (countingIndex, counters) = Self.countings(of: simulations)
    let seed = seed
    let batch = ThresholdWatch.maximumVariants
    // Each replication's totals depend only on (seed, replication, setting): the same bits on any
    // thread count. A watch follows at most 64 branches; more take more runs of the control arm.
    let byReplication = concurrentMap(replications, threads: threads) { replication in
      let runs = stride(from: 0, to: max(branches.count, 1), by: batch).flatMap { first in
        let runs = baseSimulation.runControlArmNotingUptake(
          seed: seed, replication: replication,
          branches: Array(branches[first..<min(first + batch, branches.count)]))
        return first == 0 ? runs : Array(runs.dropFirst())
      }
      var interventionTallies = [ArmTally?](repeating: nil, count: counters.count)
      var evidence: ScopeEvidence.Replication?
      let totals = simulations.indices.map { index in
        let run = runs[runIndex[index]]
        let counter = counters[countingIndex[index]]
        let counted =
          interventionTallies[countingIndex[index]]
          ?? simulations[counter].interventionTally(after: run)
        interventionTallies[countingIndex[index]] = counted
        let efficiencyActs = simulations[index].constants.efficiency.acts
        let tally =
          efficiencyActs == simulations[counter].constants.efficiency.acts
          ? counted : counted.mergingEfficiencyClasses()
        let outcome = simulations[index].outcome(control: run.record.control, intervention: tally)
        if evidenceOfLast && index == simulations.count - 1 {
          evidence = ScopeEvidence.Replication(outcome)
        }
        return ReplicationTotals(
          outcome, costWeights: weights[index].costs, effectWeights: weights[index].effects)
      }
      return (totals: totals, evidence: evidence)
    }
    var evidence = evidenceOfLast ? ScopeEvidence(months: last.months) : nil
    for replication in byReplication {
      if let replicationEvidence = replication.evidence { evidence?.add(replicationEvidence) }
    }
    return (settings.indices.map { index in byReplication.map { $0.totals[index] } }, evidence)
  }

  /// Which control run each setting uses: 0 for the base's, `k` for the `k`-th branch; settings
  /// with the base's thresholds use its run, the others one branch per distinct set.
  static func controlRuns(
    of simulations: [Simulation], base: Simulation
  ) -> (runIndex: [Int], branches: [Simulation]) {
    let baseThresholds = base.controlArmThresholds
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
    return (runIndex, branches)
  }

  /// Which counting each setting shares, and the setting that runs each counting.
  ///
  /// Settings that count the same share their intervention arm's tally. Whether efficiency acts
  /// only splits participants' care classes: a setting in which it does not takes the tally of one
  /// in which it does, with the classes merged.
  static func countings(
    of simulations: [Simulation]
  ) -> (countingIndex: [Int], counters: [Int]) {
    var countings: [ScenarioParameters] = []
    var counters: [Int] = []
    let countingIndex = simulations.indices.map { index -> Int in
      var counting = simulations[index].parameters.countingProjection
      StepConstants.Efficiency.clear(.afterUptake, in: &counting)
      guard let known = countings.firstIndex(of: counting) else {
        countings.append(counting)
        counters.append(index)
        return countings.count - 1
      }
      if simulations[index].constants.efficiency.acts { counters[known] = index }
      return known
    }
    return (countingIndex, counters)
  }
}
