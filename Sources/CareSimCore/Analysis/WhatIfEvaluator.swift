/// Evaluates what-if settings of a scenario against its base, on common random numbers.
///
/// Every setting runs the same replication indices under the same seed as the base, so residents
/// and random numbers are shared and differences between settings are not noise. A setting that
/// leaves the control arm unchanged (equal ``ScenarioParameters/controlArmProjection``) reuses the
/// base's control arm and simulates only the intervention arm; settings evaluated together that
/// also leave uptake unchanged share more (see ``totals(of:)``).
public struct WhatIfEvaluator: Sendable {
  public let base: ScenarioParameters
  public let replications: Int
  public let seed: UInt64
  public let threads: Int
  /// The base scenario's totals, one per replication.
  public let baseTotals: [ReplicationTotals]
  let baseProjection: ScenarioParameters

  public init(base: ScenarioParameters, replications: Int, seed: UInt64, threads: Int) {
    self.base = base
    self.replications = replications
    self.seed = seed
    self.threads = threads
    baseProjection = base.controlArmProjection
    baseTotals = ScenarioEvaluation.totals(
      base, replications: replications, seed: seed, threads: threads)
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
  /// Settings that change only what the intervention does once residents have taken it up (equal
  /// ``ScenarioParameters/uptakeProjection``) need neither a control arm nor the intervention
  /// arm's months before uptake: one run of the base's control arm per replication notes both, and
  /// each such setting moves only the residents it reaches (when two or more settings can). The
  /// others run as in ``totals(_:)``.
  /// Every setting's totals have the bits of its plain run.
  public func totals(of settings: [ScenarioParameters]) -> [[ReplicationTotals]] {
    let baseUptake = base.uptakeProjection
    var afterUptake = settings.indices.filter {
      settings[$0] != base && settings[$0].uptakeProjection == baseUptake
    }
    // The shared control run pays off from two settings on.
    if afterUptake.count < 2 { afterUptake = [] }
    var results = settings.indices.map { afterUptake.contains($0) ? [] : totals(settings[$0]) }
    let shared = totalsAfterUptake(afterUptake.map { settings[$0] })
    for (index, totals) in zip(afterUptake, shared) { results[index] = totals }
    return results
  }

  /// The estimates of several settings, in their order (see ``totals(of:)``).
  public func estimates(of settings: [ScenarioParameters]) -> [PointEstimate] {
    zip(settings, totals(of: settings)).map { parameters, totals in
      PointEstimate(
        totals: totals, split: parameters.fundingSplit, valuePerQALY: parameters.valuePerQALY)
    }
  }

  /// Runs settings with the base's ``ScenarioParameters/uptakeProjection`` replication by
  /// replication: the base's control arm once, then each setting's reached residents.
  func totalsAfterUptake(_ settings: [ScenarioParameters]) -> [[ReplicationTotals]] {
    guard !settings.isEmpty else { return [] }
    let baseSimulation = Simulation(parameters: base)
    let simulations = settings.map { Simulation(parameters: $0) }
    let weights = settings.map { ReplicationTotals.weights($0) }
    let seed = seed
    let baseTotals = baseTotals
    // Each replication's totals depend only on (seed, replication, setting): the same bits on any
    // thread count.
    let byReplication = concurrentMap(replications, threads: threads) { replication in
      let control = baseSimulation.runControlArmNotingUptake(seed: seed, replication: replication)
      return simulations.indices.map { index in
        var totals = ReplicationTotals(
          simulations[index].runIntervention(after: control), costWeights: weights[index].costs,
          effectWeights: weights[index].effects)
        totals.takeControlArm(from: baseTotals[replication])
        return totals
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
