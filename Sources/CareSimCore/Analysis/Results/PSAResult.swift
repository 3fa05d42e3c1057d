/// What a probabilistic sensitivity analysis (`caresim psa`) found, as its report shows it: every
/// parameter set's QALYs and society's net benefit, each perspective's net benefit across the
/// sets, and the acceptability curve.
///
/// The figures are those of the analysis's files.
public struct PSAResult: Sendable, Equatable {
  /// A parameter set's results.
  public struct Sample: Sendable, Equatable {
    public var qalyGain: Double
    public var societyNetBenefit: Double

    public init(qalyGain: Double, societyNetBenefit: Double) {
      self.qalyGain = qalyGain
      self.societyNetBenefit = societyNetBenefit
    }
  }

  /// A perspective's net benefit across the sets, beside the scenario at its own values.
  public struct Spread: Sendable, Equatable {
    public var perspective: Perspective
    public var mean: Double
    public var p5: Double
    public var p95: Double
    /// The share of sets in which the perspective gains.
    public var probabilityOfGain: Double
    /// The net benefit of the scenario at its own values.
    public var base: Double
    /// Its Monte-Carlo standard error, with the sets' replications; NaN where a folder written
    /// before it was kept has none.
    public var baseStandardError: Double

    public init(
      perspective: Perspective, mean: Double, p5: Double, p95: Double, probabilityOfGain: Double,
      base: Double, baseStandardError: Double
    ) {
      self.perspective = perspective
      self.mean = mean
      self.p5 = p5
      self.p95 = p95
      self.probabilityOfGain = probabilityOfGain
      self.base = base
      self.baseStandardError = baseStandardError
    }
  }

  /// A point of the acceptability curve: the share of sets cost-effective at a price of a QALY.
  public struct AcceptabilityPoint: Sendable, Equatable {
    public var willingnessToPay: Double
    public var probability: Double

    public init(willingnessToPay: Double, probability: Double) {
      self.willingnessToPay = willingnessToPay
      self.probability = probability
    }
  }

  /// A set on the cost-effectiveness plane: the QALYs it gains and what it costs society.
  public struct PlanePoint: Sendable, Equatable {
    public var qalyGain: Double
    public var cost: Double
  }

  public var provenance: ResultProvenance
  public var samples: [Sample]
  /// The spreads, in the files' order.
  public var spreads: [Spread]
  /// The acceptability curve, by rising willingness to pay.
  public var acceptability: [AcceptabilityPoint]
  /// The mean over sets of the Monte-Carlo standard error of a set's society mean.
  public var meanWithinSampleStandardError: Double
  /// The parameters whose distribution is not centred on their value.
  public var offCentre: [OffCentreParameter]

  public init(
    provenance: ResultProvenance, samples: [Sample], spreads: [Spread],
    acceptability: [AcceptabilityPoint], meanWithinSampleStandardError: Double,
    offCentre: [OffCentreParameter]
  ) {
    self.provenance = provenance
    self.samples = samples
    self.spreads = spreads
    self.acceptability = acceptability
    self.meanWithinSampleStandardError = meanWithinSampleStandardError
    self.offCentre = offCentre
  }

  /// Every set on the cost-effectiveness plane.
  ///
  /// Society's incremental cost is the programme's cost less all savings: minus its net benefit.
  public var plane: [PlanePoint] {
    samples.map { PlanePoint(qalyGain: $0.qalyGain, cost: -$0.societyNetBenefit) }
  }

  /// The mean of the sets on the plane (the origin without sets).
  public var planeMean: PlanePoint {
    let points = plane
    let count = Double(max(1, points.count))
    return PlanePoint(
      qalyGain: points.map(\.qalyGain).reduce(0, +) / count,
      cost: points.map(\.cost).reduce(0, +) / count)
  }

  /// The sets below the line of a price of a QALY: those that cost less than their QALYs are
  /// worth at that price.
  public func setsCostEffective(atWillingnessToPay price: Double) -> Int {
    plane.filter { $0.cost < price * $0.qalyGain }.count
  }

  /// The acceptability curve's value at a price of a QALY: its point there, or the line between
  /// the points either side; NaN outside the curve.
  ///
  /// The curve's prices include ``QALYReferenceValue``'s, so at those it is a point of the curve.
  public func probabilityCostEffective(atWillingnessToPay price: Double) -> Double {
    guard let index = acceptability.firstIndex(where: { $0.willingnessToPay >= price }) else {
      return .nan
    }
    let point = acceptability[index]
    guard point.willingnessToPay > price else { return point.probability }
    guard index > 0 else { return .nan }
    let before = acceptability[index - 1]
    let along =
      (price - before.willingnessToPay) / (point.willingnessToPay - before.willingnessToPay)
    return before.probability + (point.probability - before.probability) * along
  }

  /// The acceptability curve's value at a reference value of a QALY.
  public func probabilityCostEffective(at reference: QALYReferenceValue) -> Double {
    probabilityCostEffective(atWillingnessToPay: reference.euros)
  }
}
