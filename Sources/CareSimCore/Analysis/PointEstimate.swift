/// A mean with its Monte-Carlo standard error.
public struct MeanEstimate: Sendable, Equatable {
  public var mean: Double
  public var standardError: Double

  public init(mean: Double, standardError: Double) {
    self.mean = mean
    self.standardError = standardError
  }

  public init(_ values: [Double]) {
    var moments = RunningMoments()
    for value in values { moments.add(value) }
    self.init(mean: moments.mean, standardError: moments.standardError)
  }
}

/// What a scenario yields at one parameter setting, summarised over its replications.
///
/// This is the unit every what-if analysis compares: a sweep's end points, a grid's cells, a PSA
/// sample's inner replications, a break-even search's probes.
public struct PointEstimate: Sendable, Equatable {
  public var replications: Int
  /// Net benefit after the funding split, per ``Perspective``, discounted.
  public var netBenefit: [MeanEstimate]
  /// Share of replications in which each perspective's balance is positive.
  public var probabilityOfGain: [Double]
  public var qalyGain: MeanEstimate
  public var interventionCost: MeanEstimate
  /// Net benefit to society with QALYs valued at the scenario's value per QALY.
  public var netMonetaryBenefit: MeanEstimate
  /// Savings on the payers' budgets per euro of intervention cost (ratio of means); nil without
  /// cost.
  public var financialBenefitCostRatio: Double?
  /// As the financial ratio, with informal care and QALYs valued.
  public var socialBenefitCostRatio: Double?

  public init(totals: [ReplicationTotals], split: FunderAmounts, valuePerQALY: Double) {
    replications = totals.count
    let balances = totals.map { $0.balance(split: split) }
    netBenefit = Perspective.allCases.map { perspective in
      MeanEstimate(balances.map { $0[perspective] })
    }
    probabilityOfGain = Perspective.allCases.map { perspective in
      Double(balances.count { $0[perspective] > 0 }) / Double(max(1, balances.count))
    }
    qalyGain = MeanEstimate(totals.map(\.qalyGain))
    interventionCost = MeanEstimate(balances.map(\.interventionCost))
    netMonetaryBenefit = MeanEstimate(
      zip(balances, totals).map { $0[.society] + $1.qalyGain * valuePerQALY })
    let savings = MeanEstimate(balances.map(\.savings)).mean
    let payerSavings = MeanEstimate(balances.map(\.payerSavings)).mean
    let cost = interventionCost.mean
    financialBenefitCostRatio = cost > 0 ? payerSavings / cost : nil
    socialBenefitCostRatio = cost > 0 ? (savings + qalyGain.mean * valuePerQALY) / cost : nil
  }

  /// An estimate from its figures (read back from a shard).
  package init(
    replications: Int, netBenefit: [MeanEstimate], probabilityOfGain: [Double],
    qalyGain: MeanEstimate, interventionCost: MeanEstimate, netMonetaryBenefit: MeanEstimate,
    financialBenefitCostRatio: Double?, socialBenefitCostRatio: Double?
  ) {
    precondition(
      netBenefit.count == Perspective.allCases.count
        && probabilityOfGain.count == Perspective.allCases.count,
      "a net benefit and a probability per perspective")
    self.replications = replications
    self.netBenefit = netBenefit
    self.probabilityOfGain = probabilityOfGain
    self.qalyGain = qalyGain
    self.interventionCost = interventionCost
    self.netMonetaryBenefit = netMonetaryBenefit
    self.financialBenefitCostRatio = financialBenefitCostRatio
    self.socialBenefitCostRatio = socialBenefitCostRatio
  }

  public func netBenefit(_ perspective: Perspective) -> MeanEstimate {
    netBenefit[perspective.rawValue]
  }
}

/// Runs a scenario's replications and keeps only their totals: what analyses need, without the
/// monthly trajectories.
public enum ScenarioEvaluation {
  /// Runs the replications and returns their totals.
  ///
  /// - Parameters:
  ///   - parameters: The scenario to run.
  ///   - replications: How many replications.
  ///   - seed: The seed; replications are identified by their index under it.
  ///   - threads: Worker threads.
  /// - Returns: One ``ReplicationTotals`` per replication, in replication order.
  public static func totals(
    _ parameters: ScenarioParameters, replications: Int, seed: UInt64, threads: Int
  ) -> [ReplicationTotals] {
    totals(parameters, replications: replications, seed: seed, threads: threads, control: nil)
  }

  /// Runs the replications and returns their totals, taking the control arm's from `control`
  /// when given: the control-arm reuse of the what-if sharing.
  ///
  /// - Parameters:
  ///   - parameters: The scenario to run.
  ///   - replications: How many replications.
  ///   - seed: The seed; replications are identified by their index under it.
  ///   - threads: Worker threads.
  ///   - control: The control arm's totals of the same replications under parameters with the
  ///     same ``ScenarioParameters/controlArmProjection``; when given, only the intervention arm
  ///     is simulated, which halves the work of a point that changes the intervention only.
  ///   - observe: Sees each replication's outcome, in replication order.
  /// - Returns: One ``ReplicationTotals`` per replication, in replication order.
  package static func totals(
    _ parameters: ScenarioParameters, replications: Int, seed: UInt64, threads: Int,
    control: [ReplicationTotals]?, observing observe: (ReplicationOutcome) -> Void = { _ in }
  ) -> [ReplicationTotals] {
    if let control {
      precondition(control.count == replications, "need the control arm of every replication")
    }
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: parameters), seed: seed, threads: threads,
      arms: control == nil ? InterventionArm.allCases : [.intervention])
    let weights = ReplicationTotals.weights(parameters)
    var totals: [ReplicationTotals] = []
    totals.reserveCapacity(replications)
    runner.run(replications: replications) { batch in
      for outcome in batch {
        observe(outcome)
        totals.append(
          ReplicationTotals(outcome, weights: weights, control: control?[totals.count]))
      }
    }
    return totals
  }

  /// Runs several settings' replications together and returns each setting's totals, with the
  /// bits each gets run on its own.
  ///
  /// Every replication of every setting is one task for the threads, so they stay busy from one
  /// setting to the next instead of waiting, setting after setting, for the slowest replication
  /// of each batch (a lived start makes replications' costs uneven).
  ///
  /// - Parameters:
  ///   - settings: The scenarios to run, each with the control arm's totals to take when given,
  ///     as ``totals(_:replications:seed:threads:control:observing:)`` takes them.
  ///   - replications: How many replications of each.
  ///   - seed: The seed; replications are identified by their index under it.
  ///   - threads: Worker threads.
  /// - Returns: Per setting, in their order, one ``ReplicationTotals`` per replication.
  package static func totals(
    of settings: [(parameters: ScenarioParameters, control: [ReplicationTotals]?)],
    replications: Int, seed: UInt64, threads: Int
  ) -> [[ReplicationTotals]] {
    precondition(
      settings.allSatisfy { $0.control.map { $0.count == replications } ?? true },
      "need the control arm of every replication")
    let simulations = settings.map { Simulation(parameters: $0.parameters) }
    let weights = settings.map { ReplicationTotals.weights($0.parameters) }
    let controls = settings.map(\.control)
    let flat = concurrentMap(settings.count * replications, threads: threads) { task in
      let (setting, replication) = task.quotientAndRemainder(dividingBy: replications)
      let control = controls[setting]
      let outcome = simulations[setting].run(
        seed: seed, replication: replication,
        arms: control == nil ? InterventionArm.allCases : [.intervention], order: .fastest)
      return ReplicationTotals(outcome, weights: weights[setting], control: control?[replication])
    }
    return settings.indices.map { Array(flat[($0 * replications)..<(($0 + 1) * replications)]) }
  }

  public static func estimate(
    _ parameters: ScenarioParameters, replications: Int, seed: UInt64, threads: Int
  ) -> PointEstimate {
    PointEstimate(
      totals: totals(parameters, replications: replications, seed: seed, threads: threads),
      split: parameters.fundingSplit, valuePerQALY: parameters.valuePerQALY)
  }
}
