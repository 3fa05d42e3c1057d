/// A figure a study publishes, with how CareSim estimates it and how the two must agree.
public struct PublishedFigure: Sendable, Equatable {
  /// How strictly CareSim must reproduce a figure.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// Arithmetic on the study's own inputs: must be reproduced within 2%, or within 4 Monte-Carlo
    /// standard errors when that is larger.
    case derived
    /// A study result that its stated inputs do not fully determine: compared, and a gap explained.
    case result
    /// The study states only a sign.
    case sign
    /// The study states the value at which the programme pays for itself, not the value it
    /// achieves: CareSim's achieved value, its estimate written so that more is better, is
    /// compared with it. A mean at the break-even falls short of it: the balance is not positive.
    case breakEven
  }

  public var name: String
  /// The name in Dutch, where the validation file gives one: a Dutch report shows it, and
  /// ``name`` without it.
  public var nameNL: String?
  /// The published value; for a sign, +1 (positive) or -1 (negative); for a break-even, the value
  /// at which the programme pays for itself.
  public var published: Double
  public var unit: String
  public var source: String
  public var estimate: StudyEstimate
  public var kind: Kind
  /// Why CareSim cannot reproduce a `result` from the study's stated inputs.
  public var gap: String?
  public var note: String?

  public init(
    name: String, nameNL: String? = nil, published: Double, unit: String, source: String,
    estimate: StudyEstimate, kind: Kind, gap: String? = nil, note: String? = nil
  ) {
    self.name = name
    self.nameNL = nameNL
    self.published = published
    self.unit = unit
    self.source = source
    self.estimate = estimate
    self.kind = kind
    self.gap = gap
    self.note = note
  }
}

/// CareSim's estimate of a published figure across replications, and the verdict.
public struct FigureComparison: Sendable, Equatable {
  public enum Status: String, Sendable, Equatable {
    /// A derived figure within tolerance.
    case reproduced
    /// A derived figure outside tolerance: a defect.
    case failed
    /// A result within tolerance or inside CareSim's 95% interval.
    case agrees
    /// A result outside both: the file explains why.
    case gap
    /// A sign the mean shares.
    case holds
    /// A sign the mean does not share.
    case differs
    /// A break-even the mean lies above: the programme achieves what the study says it needs.
    case exceeds
    /// A break-even the mean lies below.
    case fallsShort

    /// Whether CareSim differs from the study here (a result's gap, a sign it does not share, a
    /// break-even it falls short of): what the validation file explains, and the terminal and
    /// the page list as gaps.
    public var differsFromStudy: Bool {
      switch self {
      case .gap, .differs, .fallsShort: true
      case .reproduced, .failed, .agrees, .holds, .exceeds: false
      }
    }

    /// Whether CareSim agrees with the study here: a derived figure reproduced, a result within
    /// tolerance or CareSim's interval, a sign it shares, a break-even it exceeds (the study
    /// gives it as what the programme needs, and finds that it pays).
    public var agreesWithStudy: Bool {
      switch self {
      case .reproduced, .agrees, .holds, .exceeds: true
      case .failed, .gap, .differs, .fallsShort: false
      }
    }
  }

  public var figure: PublishedFigure
  public var mean: Double
  public var standardError: Double
  /// The 2.5th and 97.5th percentiles across replications.
  public var lower: Double
  public var upper: Double
  /// How many runs bear the figure out: the share of replications whose value has the published
  /// sign (for signs), or lies above the published value (for break-evens).
  public var shareOfRuns: Double
  /// Replications in which the estimate is undefined (a ratio over zero).
  public var undefinedReplications: Int
  public var status: Status

  /// Compares per-replication values of the estimate with the published figure.
  public init(figure: PublishedFigure, values allValues: [Double]) {
    self.figure = figure
    // A ratio whose denominator is 0 in a replication has no value there.
    let values = allValues.filter(\.isFinite)
    undefinedReplications = allValues.count - values.count
    var moments = RunningMoments()
    for value in values { moments.add(value) }
    mean = moments.mean
    standardError = moments.standardError
    let interval = values.isEmpty ? [.nan, .nan] : Quantiles.values([0.025, 0.975], of: values)
    lower = interval[0]
    upper = interval[1]
    let bearingOut =
      figure.kind == .breakEven
      ? values.count { $0 > figure.published } : values.count { $0 * figure.published > 0 }
    shareOfRuns = Double(bearingOut) / Double(max(1, values.count))
    let tolerance = max(0.02 * abs(figure.published), 4 * standardError)
    let withinTolerance = abs(mean - figure.published) <= tolerance
    switch figure.kind {
    case .derived:
      status = withinTolerance ? .reproduced : .failed
    case .result:
      status =
        withinTolerance || (lower <= figure.published && figure.published <= upper) ? .agrees : .gap
    case .sign:
      status = mean * figure.published > 0 ? .holds : .differs
    case .breakEven:
      status = mean > figure.published ? .exceeds : .fallsShort
    }
  }

  /// The difference CareSim minus published (for signs, not defined).
  public var difference: Double { figure.kind == .sign ? .nan : mean - figure.published }
}

/// Runs a scenario under a study's accounting and compares each published figure.
public enum StudyComparison {
  /// Runs the replications and compares each figure; `progress` hears of each batch done (its
  /// count of replications).
  public static func run(
    _ parameters: ScenarioParameters, figures: [PublishedFigure], replications: Int, seed: UInt64,
    threads: Int, progress: (Int) -> Void = { _ in }
  ) -> [FigureComparison] {
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: parameters), seed: seed, threads: threads)
    var values = Array(repeating: [Double](), count: figures.count)
    runner.run(replications: replications) { batch in
      for outcome in batch {
        let measures = ReplicationMeasures(outcome: outcome, parameters: parameters)
        for (index, figure) in figures.enumerated() {
          values[index].append(figure.estimate.value(in: measures))
        }
      }
      progress(batch.count)
    }
    return zip(figures, values).map { FigureComparison(figure: $0, values: $1) }
  }
}
