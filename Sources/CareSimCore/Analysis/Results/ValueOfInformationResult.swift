/// What a value-of-information analysis (`caresim voi`) found, as its report shows it: the EVPI
/// of every perspective over the value of a QALY, and each parameter's or group's EVPPI.
///
/// The figures are those of the analysis's files.
public struct ValueOfInformationResult: Sendable, Equatable {
  /// A perspective's EVPI at a value of a QALY.
  public struct CurvePoint: Sendable, Equatable {
    public var perspective: Perspective
    public var valuePerQALY: Double
    public var evpi: Double
    /// The EVPI's standard error over the sets; NaN where it is not known.
    public var evpiStandardError: Double
    /// The EVPI from the sets as they are, their Monte-Carlo noise and all.
    public var evpiPerSet: Double

    public init(
      perspective: Perspective, valuePerQALY: Double, evpi: Double,
      evpiStandardError: Double = .nan, evpiPerSet: Double
    ) {
      self.perspective = perspective
      self.valuePerQALY = valuePerQALY
      self.evpi = evpi
      self.evpiStandardError = evpiStandardError
      self.evpiPerSet = evpiPerSet
    }

    /// Whether the sets cannot tell the EVPI from none (see
    /// ``ValueOfInformation/Estimate/isWithinNoiseOfZero``).
    public var isWithinNoiseOfZero: Bool {
      ValueOfInformation.Estimate(value: evpi, standardError: evpiStandardError)
        .isWithinNoiseOfZero
    }
  }

  /// A parameter's or group's EVPPI for a perspective at a value of a QALY.
  public struct Partial: Sendable, Equatable {
    public var perspective: Perspective
    public var valuePerQALY: Double
    public var subject: String
    /// The parameters learned: one path, or a group's.
    public var parameters: [String]
    public var evppi: Double
    public var standardError: Double

    public init(
      perspective: Perspective, valuePerQALY: Double, subject: String, parameters: [String],
      evppi: Double, standardError: Double
    ) {
      self.perspective = perspective
      self.valuePerQALY = valuePerQALY
      self.subject = subject
      self.parameters = parameters
      self.evppi = evppi
      self.standardError = standardError
    }
  }

  public var provenance: ResultProvenance
  /// The perspective and value of a QALY the analysis was asked about.
  public var perspective: Perspective
  public var valuePerQALY: Double
  public var sets: Int
  /// The table the analysis read.
  public var source: String
  /// Whether the EVPI is the regression's, each set's Monte-Carlo noise removed.
  public var noiseRemoved: Bool
  public var curve: [CurvePoint]
  public var partials: [Partial]
  /// The EVPI over every decision of the population, where one was given.
  public var populationEVPI: Double?

  public init(
    provenance: ResultProvenance, perspective: Perspective, valuePerQALY: Double, sets: Int,
    source: String, noiseRemoved: Bool, curve: [CurvePoint], partials: [Partial],
    populationEVPI: Double?
  ) {
    self.provenance = provenance
    self.perspective = perspective
    self.valuePerQALY = valuePerQALY
    self.sets = sets
    self.source = source
    self.noiseRemoved = noiseRemoved
    self.curve = curve
    self.partials = partials
    self.populationEVPI = populationEVPI
  }

  /// The perspectives the analysis has, in ``Perspective`` order.
  public var perspectives: [Perspective] {
    Perspective.allCases.filter { perspective in curve.contains { $0.perspective == perspective } }
  }

  /// A perspective's EVPI at a value of a QALY; nil where the analysis has none.
  public func evpi(_ perspective: Perspective, valuePerQALY: Double) -> CurvePoint? {
    curve.first { $0.perspective == perspective && $0.valuePerQALY == valuePerQALY }
  }

  /// A perspective's EVPPIs at a value of a QALY, largest first (in the files' order at a tie).
  public func partials(_ perspective: Perspective, valuePerQALY: Double) -> [Partial] {
    let matching = partials.enumerated().filter {
      $0.element.perspective == perspective && $0.element.valuePerQALY == valuePerQALY
    }
    return matching.sorted {
      ($0.element.evppi, -$0.offset) > ($1.element.evppi, -$1.offset)
    }.map(\.element)
  }

  /// The uncertainty worth resolving first: the asked perspective's largest EVPPI at the asked
  /// value of a QALY, and the perspective to whom resolving it is worth most; nil when nothing
  /// is worth anything (no set changes the decision).
  public var firstToResolve: (partial: Partial, mostFor: Partial)? {
    guard let first = partials(perspective, valuePerQALY: valuePerQALY).first, first.evppi > 0
    else { return nil }
    let same = partials.filter { $0.subject == first.subject && $0.valuePerQALY == valuePerQALY }
    let most = same.max {
      ($0.evppi, $1.perspective.rawValue) < ($1.evppi, $0.perspective.rawValue)
    }
    return (first, most ?? first)
  }
}
