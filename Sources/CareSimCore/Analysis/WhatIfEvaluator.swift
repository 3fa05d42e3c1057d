import Foundation

/// Evaluates what-if settings of a scenario against its base, on common random numbers.
///
/// Every setting runs the same replication indices under the same seed as the base, so residents
/// and random numbers are shared and differences between settings are not noise. A setting that
/// leaves the control arm unchanged (it changes only the intervention) reuses the base's control
/// arm and simulates only the intervention arm; settings evaluated together share more (see
/// ``totals(of:)``).
///
/// The base's replications run on first use, alongside the first settings evaluated together
/// when they can share a run, so that creating an evaluator is cheap and a caller can check all
/// its input before the long work starts.
public struct WhatIfEvaluator: Sendable {
  public let base: ScenarioParameters
  public let replications: Int
  public let seed: UInt64
  public let threads: Int
  /// The base's control arm, which settings that change only the intervention reuse.
  let baseControlArm: ScenarioParameters
  /// The what-if sharing: settings that share the base's control run.
  let shared: SharedControlRun
  private let baseCache = ComputedOnce<BaseRun>()

  /// What the base's replications give: their totals, and what its scope warnings read.
  struct BaseRun: Sendable {
    var totals: [ReplicationTotals]
    var evidence: ScopeEvidence
  }

  public init(base: ScenarioParameters, replications: Int, seed: UInt64, threads: Int) {
    self.base = base
    self.replications = replications
    self.seed = seed
    self.threads = threads
    baseControlArm = base.controlArmProjection
    shared = SharedControlRun(
      base: base, replications: replications, seed: seed, threads: threads)
  }

  /// The base scenario's totals, one per replication.
  public var baseTotals: [ReplicationTotals] { baseRun.totals }

  /// The ways in which the base, as written, leaves its sources' ground (see ``ScopeWarning``):
  /// read from the base's replications as the analysis runs them, so that the warnings cost no
  /// run of their own, and are those `caresim run` gives on the same replications and seed.
  public var scopeWarnings: [ScopeWarning] { baseRun.evidence.warnings(base) }

  /// What the base's scope warnings read, for a shard that runs the base to keep.
  package var scopeEvidence: ScopeEvidence.Means { ScopeEvidence.Means(baseRun.evidence) }

  private var baseRun: BaseRun {
    baseCache.value {
      var evidence = ScopeEvidence(months: base.months)
      let totals = ScenarioEvaluation.totals(
        base, replications: replications, seed: seed, threads: threads, control: nil
      ) { evidence.add(ScopeEvidence.Replication($0)) }
      return BaseRun(totals: totals, evidence: evidence)
    }
  }

  public func totals(_ parameters: ScenarioParameters) -> [ReplicationTotals] {
    parameters == base ? baseTotals : separateTotals(of: [parameters])[0]
  }

  /// The totals of settings run each on its own (no shared control run), all their replications
  /// together on the threads; a setting that leaves the control arm unchanged takes the base's.
  private func separateTotals(of settings: [ScenarioParameters]) -> [[ReplicationTotals]] {
    guard !settings.isEmpty else { return [] }
    let reusable = settings.map { $0.controlArmProjection == baseControlArm }
    let control = reusable.contains(true) ? baseTotals : nil
    return ScenarioEvaluation.totals(
      of: zip(settings, reusable).map { ($0, $1 ? control : nil) }, replications: replications,
      seed: seed, threads: threads)
  }

  /// The totals of several settings, in their order, sharing work between them.
  ///
  /// Settings that can share (two or more of them) share one run of the base's control arm per
  /// replication. Such a setting may change what the intervention does once residents have taken
  /// it up, any price, and the thresholds of the control arm's draws (transitions, the covariates'
  /// ratios but quality of life's, crises, signalling, uptake), the population's shares and each
  /// level's utility and carer strain: the shared run notes when each resident takes up, and
  /// where a setting first moves a resident differently, and only those residents move again.
  /// Each setting then moves the residents its intervention reaches; settings that count the
  /// same share that too and differ only in prices (see `Engine/WhatIf/`). The others run as in
  /// ``totals(_:)``. Every setting's totals have the bits of its plain run.
  public func totals(of settings: [ScenarioParameters]) -> [[ReplicationTotals]] {
    var sharing = settings.indices.filter { settings[$0] != base && shared.canShare(settings[$0]) }
    // The shared control run pays off from two settings on; the base's own totals then come
    // almost free with it.
    if sharing.count < 2 { sharing = [] }
    let computesBase = !sharing.isEmpty && !baseCache.isComputed
    let sharedRun = shared.totals(
      of: sharing.map { settings[$0] } + (computesBase ? [base] : []),
      evidenceOfLast: computesBase)
    if computesBase, let baseTotals = sharedRun.totals.last, let evidence = sharedRun.evidence {
      baseCache.store(BaseRun(totals: baseTotals, evidence: evidence))
    }
    var totals = Dictionary(uniqueKeysWithValues: zip(sharing, sharedRun.totals))
    let separate = settings.indices.filter { totals[$0] == nil && settings[$0] != base }
    for (index, separateTotals) in zip(separate, separateTotals(of: separate.map { settings[$0] }))
    {
      totals[index] = separateTotals
    }
    return settings.indices.map { totals[$0] ?? baseTotals }
  }

  /// The estimates of several settings, in their order (see ``totals(of:)``).
  public func estimates(of settings: [ScenarioParameters]) -> [PointEstimate] {
    zip(settings, totals(of: settings)).map { parameters, totals in
      PointEstimate(
        totals: totals, split: parameters.fundingSplit, valuePerQALY: parameters.valuePerQALY)
    }
  }

  /// The estimates of blocks `blocks` of an analysis whose blocks are its settings, one each,
  /// then the base (see ``totals(of:)``: a setting's estimate has the bits of its plain run
  /// whichever settings are evaluated with it, so a shard's blocks are the one-process ones).
  public func estimates(ofBlocks blocks: Range<Int>, settings: [ScenarioParameters])
    -> [PointEstimate]
  {
    precondition(
      blocks.lowerBound >= 0 && blocks.upperBound <= settings.count + 1,
      "blocks \(blocks) outside the \(settings.count + 1) of the analysis")
    return estimates(of: Array((settings + [base])[blocks]))
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
