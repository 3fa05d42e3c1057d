import Dispatch

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
public struct OutcomeSummary: Sendable {
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
/// Monthly trajectories are streamed (running moments and P² percentiles per cell), so their memory
/// does not grow with the number of replications; only a handful of totals per replication are kept,
/// for exact percentiles. Cells are updated in parallel across workers, each cell seeing the outcomes
/// in replication order, so the result does not depend on the thread count.
public struct OutcomeSummaryBuilder: Sendable {
  let parameters: ScenarioParameters
  let months: Int
  let threads: Int
  let costWeights: [Double]
  let effectWeights: [Double]
  var cells: [TrajectoryCell]
  /// Per replication, flattened `[summaryArm][totalMetric][discounted]`.
  var totalValues: [[Double]]
  var balances: [FunderBalance] = []
  var qalyGains: [Double] = []
  public private(set) var replications = 0

  public init(parameters: ScenarioParameters, threads: Int = 1) {
    self.parameters = parameters
    self.threads = max(1, threads)
    months = parameters.months
    (costWeights, effectWeights) = ReplicationTotals.weights(parameters)
    cells = Array(
      repeating: TrajectoryCell(),
      count: SummaryArm.allCases.count * months * OutcomeMetric.allCases.count)
    totalValues = Array(
      repeating: [], count: SummaryArm.allCases.count * OutcomeSummary.totalMetrics.count * 2)
  }

  /// Adds a batch of outcomes; call with batches in replication order.
  public mutating func add(_ batch: [ReplicationOutcome]) {
    for outcome in batch {
      precondition(
        outcome.months == months, "outcome has \(outcome.months) months, expected \(months)")
      addTotals(outcome)
    }
    replications += batch.count
    let months = months
    let metricCount = OutcomeMetric.allCases.count
    let cellsPerArm = months * metricCount
    let workers = min(threads, months)
    let cellCount = cells.count
    precondition(cellCount == 3 * cellsPerArm)
    cells.withUnsafeMutableBufferPointer { cells in
      let cells = UncheckedBuffer(cells)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for month in stride(from: worker, to: months, by: workers) {
          Self.add(batch, month: month, to: cells.buffer, cellsPerArm: cellsPerArm)
        }
      }
    }
  }

  /// Adds one month of a batch to its cells: control, intervention and their difference.
  private static func add(
    _ batch: [ReplicationOutcome], month: Int, to cells: UnsafeMutableBufferPointer<TrajectoryCell>,
    cellsPerArm: Int
  ) {
    let metricCount = OutcomeMetric.allCases.count
    for outcome in batch {
      for metric in OutcomeMetric.allCases {
        let control = outcome[.control, month, metric]
        let intervention = outcome[.intervention, month, metric]
        let base = month * metricCount + metric.rawValue
        cells[base].add(control)
        cells[cellsPerArm + base].add(intervention)
        cells[2 * cellsPerArm + base].add(intervention - control)
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

  public func summary() -> OutcomeSummary {
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
      trajectories: cells.map(\.summary),
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

/// The streaming statistics of one trajectory cell.
struct TrajectoryCell: Sendable {
  var moments = RunningMoments()
  var p5 = StreamingQuantile(probability: 0.05)
  var p50 = StreamingQuantile(probability: 0.5)
  var p95 = StreamingQuantile(probability: 0.95)

  mutating func add(_ value: Double) {
    moments.add(value)
    p5.add(value)
    p50.add(value)
    p95.add(value)
  }

  var summary: DistributionSummary {
    DistributionSummary(
      mean: moments.mean, standardError: moments.standardError, p5: p5.estimate,
      p50: p50.estimate, p95: p95.estimate)
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
