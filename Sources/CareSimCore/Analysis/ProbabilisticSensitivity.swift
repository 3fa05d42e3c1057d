/// Probabilistic sensitivity analysis: parameter sets drawn from the scenario's distributions,
/// each with its own inner replications.
///
/// Each set runs the same replication indices (so the same residents and random numbers) as every
/// other set. The spread across sets is then parameter uncertainty plus the Monte-Carlo error of a
/// set's mean, whose variance is the within-set variance over the inner replications; the result
/// keeps that error so it can be judged against the spread.
public struct ProbabilisticSensitivity: Sendable {
  /// One parameter set: its values (in the order of `parameterNames`) and its results.
  public struct Sample: Sendable, Equatable {
    public var values: [Double]
    public var estimate: PointEstimate

    public init(values: [Double], estimate: PointEstimate) {
      self.values = values
      self.estimate = estimate
    }
  }

  /// A perspective's net benefit across the sets.
  public struct Spread: Sendable, Equatable {
    public var perspective: Perspective
    public var summary: DistributionSummary
    /// The share of sets in which the perspective gains (net benefit above zero).
    public var probabilityOfGain: Double
  }

  /// Willingness to pay per QALY for the acceptability curve: 0 to €100,000 in €5,000 steps, with
  /// the Dutch reference values (``QALYReferenceValue``) on it.
  public static let willingnessToPay = stride(from: 0.0, through: 100_000, by: 5_000).map { $0 }

  public var parameterNames: [String]
  public var samples: [Sample]
  /// The scenario at its own values, for comparison with the sets' mean.
  public var base: PointEstimate
  /// The parameters whose distribution is not centred on their value: they can move the sets'
  /// mean away from the base.
  public var offCentre: [OffCentreParameter]

  /// The spread of each perspective's net benefit, in ``Perspective`` order.
  public var spreads: [Spread] {
    Perspective.allCases.map { perspective in
      let values = samples.map { $0.estimate.netBenefit(perspective).mean }
      return Spread(
        perspective: perspective, summary: DistributionSummary(values: values),
        probabilityOfGain: Double(values.count { $0 > 0 }) / Double(max(1, values.count)))
    }
  }

  /// Per willingness to pay, the share of sets in which society's net monetary benefit is positive.
  public var acceptability: [(willingnessToPay: Double, probability: Double)] {
    let probabilities = ParameterSample.acceptability(
      netBenefits: samples.map { $0.estimate.netBenefit(.society).mean },
      qalyGains: samples.map { $0.estimate.qalyGain.mean },
      willingnessToPay: Self.willingnessToPay)
    return Array(zip(Self.willingnessToPay, probabilities))
  }

  /// The mean over sets of the Monte-Carlo standard error of a set's society mean.
  public var meanWithinSampleStandardError: Double {
    MeanEstimate(samples.map { $0.estimate.netBenefit(.society).standardError }).mean
  }

  /// The analysis from its sets' values and estimates and the base's: evaluated here, or merged
  /// from shards.
  public init(
    parameterNames: [String], samples: [Sample], base: PointEstimate,
    offCentre: [OffCentreParameter]
  ) {
    self.parameterNames = parameterNames
    self.samples = samples
    self.base = base
    self.offCentre = offCentre
  }

  /// The parameter sets evaluated together: enough for the threads to share each group's
  /// replications and for sets that change only the intervention to share a control run (see
  /// ``WhatIfEvaluator/totals(of:)``), few enough that a group's totals take little memory and
  /// progress is reported often.
  static let setsEvaluatedTogether = 64

  /// Evaluates the parameter sets, a group at a time, then the base.
  ///
  /// - Parameters:
  ///   - names: The parameters drawn, in the order of each set's values.
  ///   - values: The drawn values of each set.
  ///   - settings: The scenario at each set.
  ///   - evaluator: Runs the settings with the inner replications.
  ///   - offCentre: The parameters whose distribution is not centred on their value.
  ///   - progress: Called for each set, in order, once its group is done, with the number of
  ///     sets done.
  /// - Returns: The results, with the settings in the order given.
  public static func evaluate(
    names: [String], values: [[Double]], settings: [ScenarioParameters],
    with evaluator: WhatIfEvaluator, offCentre: [OffCentreParameter],
    progress: (Int) -> Void = { _ in }
  ) -> ProbabilisticSensitivity {
    precondition(values.count == settings.count, "one setting per parameter set")
    var samples: [Sample] = []
    for first in stride(from: 0, to: settings.count, by: setsEvaluatedTogether) {
      let group = first..<min(first + setsEvaluatedTogether, settings.count)
      for (index, estimate) in zip(group, evaluator.estimates(of: Array(settings[group]))) {
        samples.append(Sample(values: values[index], estimate: estimate))
        progress(index + 1)
      }
    }
    return ProbabilisticSensitivity(
      parameterNames: names, samples: samples, base: evaluator.estimate(evaluator.base),
      offCentre: offCentre)
  }
}
