/// The arms a summary reports: the two simulated arms and their difference.
public enum SummaryArm: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  case control, intervention
  /// Intervention minus control, replication by replication (common random numbers).
  case difference

  public var description: String {
    switch self {
    case .control: "control"
    case .intervention: "intervention"
    case .difference: "difference"
    }
  }
}

/// Everything a run reports, summarised across replications.
public struct OutcomeSummary: Sendable, Equatable {
  /// The metrics whose totals over the horizon are summarised: costs per funder and QALYs.
  public static let totalMetrics: [OutcomeMetric] =
    Funder.allCases.map(OutcomeMetric.init) + [.qalys]

  public let replications: Int
  public let months: Int
  /// Flattened `[summaryArm][month][metric]`: the spread of each month's population total.
  let trajectories: [DistributionSummary]
  /// Flattened `[summaryArm][totalMetric][discounted]`.
  let totals: [DistributionSummary]
  /// Per ``Perspective``: net benefit after the funding split, discounted.
  public let netBenefit: [DistributionSummary]
  /// Probability (share of replications) that each perspective's discounted balance is negative.
  public let probabilityOfLoss: [Double]
  /// Discounted savings plus monetised QALYs less intervention cost.
  public let netMonetaryBenefit: DistributionSummary
  /// Discounted savings on the payers' budgets (Wmo, Zvw, Wlz) per euro of intervention cost (mean
  /// savings over mean cost); the social ratio adds informal care and QALYs.
  ///
  /// Its spread is that of the per-replication ratio. `nil` when the intervention costs nothing.
  public let financialBenefitCostRatio: Double?
  public let financialBenefitCostRatioSpread: DistributionSummary?
  /// As the financial ratio, with QALYs gained valued at the scenario's value per QALY.
  public let socialBenefitCostRatio: Double?
  public let socialBenefitCostRatioSpread: DistributionSummary?

  public func trajectory(_ arm: SummaryArm, month: Int, _ metric: OutcomeMetric)
    -> DistributionSummary
  {
    trajectories[(arm.rawValue * months + month) * OutcomeMetric.allCases.count + metric.rawValue]
  }

  public func total(_ arm: SummaryArm, _ metric: OutcomeMetric, discounted: Bool)
    -> DistributionSummary
  {
    guard let index = Self.totalMetrics.firstIndex(of: metric) else {
      preconditionFailure("no total is kept for \(metric)")
    }
    return totals[(arm.rawValue * Self.totalMetrics.count + index) * 2 + (discounted ? 1 : 0)]
  }

  public func netBenefit(_ perspective: Perspective) -> DistributionSummary {
    netBenefit[perspective.rawValue]
  }
}

/// Builds an ``OutcomeSummary`` from replication outcomes handed over in replication order.
///
/// Every replication's monthly values are kept, both arms (the difference is taken when the
/// summary is read), so that each month's percentiles are the exact type-7 sample percentiles
/// (``Quantiles``) and the means are the same running means in replication order however the
/// replications were run: in one process, or in blocks on many machines and merged (issue #22).
/// They are kept in a ``MonthlyValueStore``: in memory by default
/// (``MonthlyValuesInMemory``, 32,640 bytes a replication at 120 months), or in a file, which
/// `caresim run` and `caresim merge` use past ``MonthlyValuesInMemory/budgetBytes``. The summary
/// reads them back in chunks of whole months of at most `chunkBytes` (at least one month), and
/// each month's cells read exactly the values in exactly the order they would read from one
/// array, so where the values were kept cannot change a bit. Besides the store, the builder
/// keeps each replication's totals, balance and QALY gain for the total figures: about 300 bytes
/// a replication, as `caresim-bench --memory-only` measures it. Cells are summarised in parallel
/// across workers, each cell reading the outcomes in replication order, so the result does not
/// depend on the thread count.
public struct OutcomeSummaryBuilder<Store: MonthlyValueStore> {
  let parameters: ScenarioParameters
  let months: Int
  let threads: Int
  let costWeights: [Double]
  let effectWeights: [Double]
  /// Every replication's monthly values, in replication order.
  var monthlyValues: Store
  /// The most bytes of monthly values the summary reads at once, unless one month alone is more.
  let chunkBytes: Int
  /// Per replication, flattened `[summaryArm][totalMetric][discounted]`.
  var totalValues: [[Double]]
  var balances: [FunderBalance] = []
  var qalyGains: [Double] = []
  public var replications: Int { monthlyValues.replications }

  /// The chunk the summary reads at most by default: small beside the values a store keeps in
  /// memory (``MonthlyValuesInMemory/budgetBytes``), yet a few months at a time up to about
  /// 10,000 replications, so that a file is read in few reads (one a block and chunk).
  public static var defaultChunkBytes: Int { 8 << 20 }

  /// A builder for `parameters`' outcomes that keeps their monthly values in `store`.
  ///
  /// - Parameters:
  ///   - parameters: The scenario's parameters.
  ///   - threads: Workers that summarise months in parallel.
  ///   - store: An empty store for `parameters.months` months.
  ///   - chunkBytes: The most bytes of monthly values read at once (at least one month).
  ///   - replications: When known, sizes the kept totals once, so that they take their stated
  ///     bytes rather than up to twice that while they grow.
  public init(
    parameters: ScenarioParameters, threads: Int = 1, store: Store,
    chunkBytes: Int = Self.defaultChunkBytes, replications: Int = 0
  ) {
    precondition(
      store.months == parameters.months && store.replications == 0,
      "the store must be empty and hold \(parameters.months) months")
    precondition(chunkBytes > 0, "chunkBytes must be positive, got \(chunkBytes)")
    self.parameters = parameters
    self.threads = max(1, threads)
    months = parameters.months
    monthlyValues = store
    self.chunkBytes = chunkBytes
    (costWeights, effectWeights) = ReplicationTotals.weights(parameters)
    totalValues = Array(
      repeating: [], count: SummaryArm.allCases.count * OutcomeSummary.totalMetrics.count * 2)
    for index in totalValues.indices { totalValues[index].reserveCapacity(replications) }
    balances.reserveCapacity(replications)
    qalyGains.reserveCapacity(replications)
  }

  /// Adds a batch of outcomes; call with batches in replication order.
  ///
  /// - Throws: What the store throws when it cannot keep the values (a file: a full disk).
  public mutating func add(_ batch: [ReplicationOutcome]) throws(Store.Failure) {
    for outcome in batch {
      precondition(
        outcome.months == months, "outcome has \(outcome.months) months, expected \(months)")
      try monthlyValues.append(outcome)
      addTotals(outcome)
    }
  }

  /// Every trajectory cell, flattened `[summaryArm][month][metric]`: the months read chunk by
  /// chunk, each chunk's months summarised in parallel.
  private func trajectories() throws(Store.Failure) -> [DistributionSummary] {
    let metricCount = OutcomeMetric.allCases.count
    let monthBytes =
      replications * Store.valuesPerReplicationMonth * MemoryLayout<Double>.stride
    let chunkMonths = max(1, chunkBytes / max(1, monthBytes))
    let replications = replications
    var byMonth: [[DistributionSummary]] = []
    byMonth.reserveCapacity(months)
    for first in stride(from: 0, to: months, by: chunkMonths) {
      let chunk = first..<min(months, first + chunkMonths)
      let values = try monthlyValues.values(months: chunk)
      byMonth += concurrentMap(chunk.count, threads: threads) { month in
        OutcomeSummary.monthSummaries(values, month: month, replications: replications)
      }
    }
    return SummaryArm.allCases.flatMap { arm in
      byMonth.flatMap { month in
        month[(arm.rawValue * metricCount)..<((arm.rawValue + 1) * metricCount)]
      }
    }
  }

  /// One arm's total of a metric in a replication: a funder's cost or QALYs, plain or discounted.
  static func total(
    _ metric: OutcomeMetric, of totals: ReplicationTotals, _ arm: InterventionArm,
    discounted: Bool
  ) -> Double {
    if let funder = metric.funder {
      return (discounted ? totals.discountedCosts : totals.costs)[arm.rawValue][funder]
    }
    return (discounted ? totals.discountedQALYs : totals.qalys)[arm.rawValue]
  }

  /// A summary arm's totals of a replication, metric by metric, plain then discounted.
  static func values(_ arm: SummaryArm, of totals: ReplicationTotals) -> [Double] {
    OutcomeSummary.totalMetrics.flatMap { metric -> [Double] in
      [false, true].map { discounted in
        let value = { total(metric, of: totals, $0, discounted: discounted) }
        switch arm {
        case .control: return value(.control)
        case .intervention: return value(.intervention)
        case .difference: return value(.intervention) - value(.control)
        }
      }
    }
  }

  mutating func addTotals(_ outcome: ReplicationOutcome) {
    let totals = ReplicationTotals(outcome, costWeights: costWeights, effectWeights: effectWeights)
    for arm in SummaryArm.allCases {
      for (index, value) in Self.values(arm, of: totals).enumerated() {
        totalValues[arm.rawValue * OutcomeSummary.totalMetrics.count * 2 + index].append(value)
      }
    }
    balances.append(totals.balance(split: parameters.fundingSplit))
    qalyGains.append(totals.qalyGain)
  }

  /// The summary of every replication added.
  ///
  /// - Throws: What the store throws when it cannot read the values back.
  public func summary() throws(Store.Failure) -> OutcomeSummary {
    let netBenefit = Perspective.allCases.map { perspective in
      DistributionSummary(values: balances.map { $0[perspective] })
    }
    let probabilityOfLoss = Perspective.allCases.map { perspective in
      Double(balances.count { $0[perspective] < 0 }) / Double(max(1, balances.count))
    }
    let monetisedQALYs = qalyGains.map { $0 * parameters.valuePerQALY }
    let netMonetary = zip(balances, monetisedQALYs).map { $0[.society] + $1 }
    let meanCost = balances.reduce(0) { $0 + $1.interventionCost } / Double(max(1, balances.count))
    let meanSavings = balances.reduce(0) { $0 + $1.savings } / Double(max(1, balances.count))
    let meanPayerSavings =
      balances.reduce(0) { $0 + $1.payerSavings } / Double(max(1, balances.count))
    let meanQALYValue = monetisedQALYs.reduce(0, +) / Double(max(1, monetisedQALYs.count))
    // The ratio of means needs only a positive mean cost; the per-replication ratios need every
    // replication to cost something.
    let hasCost = meanCost > 0
    let everyReplicationCosts = hasCost && balances.allSatisfy { $0.interventionCost > 0 }
    return OutcomeSummary(
      replications: replications, months: months,
      trajectories: try trajectories(),
      totals: totalValues.map { DistributionSummary(values: $0) },
      netBenefit: netBenefit, probabilityOfLoss: probabilityOfLoss,
      netMonetaryBenefit: DistributionSummary(values: netMonetary),
      financialBenefitCostRatio: hasCost ? meanPayerSavings / meanCost : nil,
      financialBenefitCostRatioSpread: everyReplicationCosts
        ? DistributionSummary(values: balances.map { $0.payerSavings / $0.interventionCost }) : nil,
      socialBenefitCostRatio: hasCost ? (meanSavings + meanQALYValue) / meanCost : nil,
      socialBenefitCostRatioSpread: everyReplicationCosts
        ? DistributionSummary(
          values: zip(balances, monetisedQALYs).map { ($0.savings + $1) / $0.interventionCost })
        : nil)
  }
}

extension OutcomeSummaryBuilder: Sendable where Store: Sendable {}

extension OutcomeSummaryBuilder where Store == MonthlyValuesInMemory {
  /// A builder that keeps the monthly values in memory; `replications`, when known, sizes what
  /// it keeps once, so that it takes its stated bytes rather than up to twice that while it grows.
  public init(parameters: ScenarioParameters, threads: Int = 1, replications expected: Int = 0) {
    self.init(
      parameters: parameters, threads: threads,
      store: MonthlyValuesInMemory(months: parameters.months, replications: expected),
      replications: expected)
  }
}

extension OutcomeSummary {
  /// The summaries of one month's cells, `[summaryArm][metric]`: each metric's values across
  /// replications, in replication order.
  ///
  /// - Parameters:
  ///   - values: Months' values as ``MonthlyValueStore/values(months:)`` hands them back.
  ///   - month: The month's place among them.
  ///   - replications: The number of replications.
  /// - Returns: The month's cells, `[summaryArm][metric]`.
  fileprivate static func monthSummaries(_ values: [Double], month: Int, replications: Int)
    -> [DistributionSummary]
  {
    let metricCount = OutcomeMetric.allCases.count
    let stride = InterventionArm.allCases.count * metricCount
    let monthOffset = month * replications * stride
    var summaries: [DistributionSummary] = []
    summaries.reserveCapacity(SummaryArm.allCases.count * metricCount)
    for arm in SummaryArm.allCases {
      for metric in OutcomeMetric.allCases {
        let offset = monthOffset + metric.rawValue
        let cell = (0..<replications).map { replication in
          let control = values[offset + replication * stride]
          let intervention = values[offset + replication * stride + metricCount]
          switch arm {
          case .control: return control
          case .intervention: return intervention
          case .difference: return intervention - control
          }
        }
        summaries.append(DistributionSummary(values: cell))
      }
    }
    return summaries
  }
}

/// A buffer whose disjoint parts parallel workers update.
///
/// `@unchecked Sendable` is sound where it is used: each worker writes only its own elements, and
/// `concurrentPerform` returns only after every worker has finished, which orders all writes before
/// the caller reads the buffer.
struct UncheckedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
