/// Evaluates what-if settings of a scenario against its base, on common random numbers.
///
/// Every setting runs the same replication indices under the same seed as the base, so residents
/// and random numbers are shared and differences between settings are not noise. A setting that
/// leaves the control arm unchanged (equal ``ScenarioParameters/controlArmProjection``) reuses the
/// base's control arm and simulates only the intervention arm.
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

  public func estimate(_ parameters: ScenarioParameters) -> PointEstimate {
    PointEstimate(
      totals: totals(parameters), split: parameters.fundingSplit,
      valuePerQALY: parameters.valuePerQALY)
  }
}
