/// Two results of one command side by side: the inputs that differ and how far each headline
/// figure moved, against the Monte-Carlo error of the difference.
///
/// A difference is "beyond its Monte-Carlo error" when |B − A| > 1.96·√(SE_A² + SE_B²): the 95%
/// test of two independent estimates. Two runs on the same seed share their random numbers, which
/// makes their difference's error smaller than this, so the test is conservative for them.
public struct ResultComparison: Sendable, Equatable {
  /// An input that differs: a scenario field by path, the seed, the replications, the version,
  /// the command line.
  public struct InputChange: Sendable, Equatable {
    public var name: String
    /// The value in A and in B; nil where one result does not have it.
    public var a: String?
    public var b: String?

    public init(name: String, a: String?, b: String?) {
      self.name = name
      self.a = a
      self.b = b
    }
  }

  /// What a figure counts, so that a page writes it as a reader expects: `€ 27.200`, `40,0%`.
  public enum Unit: String, Sendable, Equatable, CaseIterable {
    case euros
    /// A share or a probability, written as a percentage.
    case share
    case number
  }

  /// A headline figure with its Monte-Carlo standard error, where the result gives one.
  public struct Figure: Sendable, Equatable {
    public var value: Double
    public var standardError: Double?
    public var unit: Unit

    public init(value: Double, standardError: Double? = nil, unit: Unit = .number) {
      self.value = value
      self.standardError = standardError
      self.unit = unit
    }
  }

  /// A headline figure in both results.
  public struct FigureChange: Sendable, Equatable {
    public var name: String
    public var a: Double
    public var b: Double
    /// The standard error of B − A, where both results give their figure's.
    public var standardError: Double?
    public var unit: Unit

    public init(name: String, a: Double, b: Double, standardError: Double?, unit: Unit = .number) {
      self.name = name
      self.a = a
      self.b = b
      self.standardError = standardError
      self.unit = unit
    }

    /// B − A.
    public var difference: Double { b - a }

    /// Whether the difference is beyond 1.96 standard errors of the difference; nil without one.
    public var beyondMonteCarloError: Bool? {
      standardError.map { abs(difference) > Self.criticalValue * $0 }
    }

    /// The difference in standard errors of the difference; nil without an error, or where the
    /// error is zero (a figure that no replication varies).
    public var standardisedDifference: Double? {
      standardError.flatMap { $0 > 0 ? difference / $0 : nil }
    }

    /// The two-sided 95% point of the normal distribution: a difference beyond this many
    /// standard errors is beyond its Monte-Carlo error.
    public static let criticalValue = 1.96
  }

  public var inputs: [InputChange]
  public var figures: [FigureChange]

  public init(inputs: [InputChange], figures: [FigureChange]) {
    self.inputs = inputs
    self.figures = figures
  }

  /// The figures beyond their Monte-Carlo error, farthest first (in standard errors of the
  /// difference; one whose error is zero counts as farthest), by name at a tie.
  public var figuresBeyondMonteCarloError: [FigureChange] {
    figures.filter { $0.beyondMonteCarloError == true }.sorted {
      let (a, b) = (
        $0.standardisedDifference.map(abs) ?? .infinity,
        $1.standardisedDifference.map(abs) ?? .infinity
      )
      return a != b ? a > b : $0.name < $1.name
    }
  }

  /// The comparison of two results' inputs and figures.
  ///
  /// - Parameters:
  ///   - inputs: Each result's inputs by name (a scenario field's path, `seed`, ...), as text.
  ///   - figures: Each result's headline figures by name.
  /// - Returns: The inputs that differ, by name; every figure both results have, by name.
  public static func compare(
    inputs: (a: [String: String], b: [String: String]),
    figures: (a: [String: Figure], b: [String: Figure])
  ) -> ResultComparison {
    let names = Set(inputs.a.keys).union(inputs.b.keys).sorted()
    let changes = names.compactMap { name -> InputChange? in
      let (a, b) = (inputs.a[name], inputs.b[name])
      return a == b ? nil : InputChange(name: name, a: a, b: b)
    }
    let common = Set(figures.a.keys).intersection(figures.b.keys).sorted()
    let moved = common.compactMap { name -> FigureChange? in
      guard let a = figures.a[name], let b = figures.b[name] else { return nil }
      let error = a.standardError.flatMap { ea in
        b.standardError.map { eb in (ea * ea + eb * eb).squareRoot() }
      }
      return FigureChange(
        name: name, a: a.value, b: b.value, standardError: error, unit: b.unit)
    }
    return ResultComparison(inputs: changes, figures: moved)
  }
}
